using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Application.Pipeline;

/// <summary>Blocks after text repair, plus the text the repairer saw and its report (offsets are into <see cref="OriginalText"/>).</summary>
internal sealed record RepairedBlocks(string OriginalText, RepairReport Report, IReadOnlyList<SourceBlock> Blocks);
