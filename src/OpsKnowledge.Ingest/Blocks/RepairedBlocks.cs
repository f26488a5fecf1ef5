using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Blocks;

/// <summary>Blocks after text repair, plus the text the repairer saw and its report (offsets are into <see cref="OriginalText"/>).</summary>
public sealed record RepairedBlocks(string OriginalText, RepairReport Report, IReadOnlyList<SourceBlock> Blocks);
