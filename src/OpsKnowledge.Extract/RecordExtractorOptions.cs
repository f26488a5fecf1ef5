using OpsKnowledge.Extract.KpiNames;
using OpsKnowledge.Extract.Prose;
using OpsKnowledge.Extract.Tables;

namespace OpsKnowledge.Extract;

/// <summary>Which table interpreters and prose patterns an extractor uses, and which KPI catalog and scope rules.</summary>
public sealed record RecordExtractorOptions
{
    public required IReadOnlyList<ITableInterpreter> TableInterpreters { get; init; }

    public required IReadOnlyList<IProsePattern> ProsePatterns { get; init; }

    public KpiNameCatalog Catalog { get; init; } = KpiNameCatalog.Default;

    public ScopeClassifier Scope { get; init; } = ScopeClassifier.Default;

    /// <summary>Every interpreter and pattern this project has.</summary>
    public static RecordExtractorOptions Default { get; } = new()
    {
        TableInterpreters = [new RiskTableInterpreter(), new KpiTableInterpreter(), new PeriodTableInterpreter(), new StructureTableInterpreter()],
        ProsePatterns =
        [
            new ProseRiskPattern(), new ChangeFromToPattern(), new ZeroPattern(), new ReachValuePattern(), new ChangeByPattern(),
            new CoveragePattern(), new WithinTimePattern(), new MilestonePattern(), new AmountPattern(), new HorizonGoalPattern(), new Prose.Indicators.IndicatorClausePattern(),
        ],
    };
}
