using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Extract.Tables;

/// <summary>Turns one kind of table (yearly targets, indicators, risks, structure) into records.</summary>
public interface ITableInterpreter
{
    /// <summary>How well the table fits this interpreter: 0 when it does not; the highest score wins.</summary>
    double Match(TableLayout layout);

    IEnumerable<Record> Interpret(TableLayout layout, ExtractionContext context);
}
