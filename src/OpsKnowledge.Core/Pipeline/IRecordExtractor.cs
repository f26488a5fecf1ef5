using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Core.Pipeline;

/// <summary>Finds targets, KPIs, risks and milestones in a structured document.</summary>
public interface IRecordExtractor
{
    IReadOnlyList<Record> Extract(Document document);
}
