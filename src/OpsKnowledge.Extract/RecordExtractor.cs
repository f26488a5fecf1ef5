using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.Prose;
using OpsKnowledge.Extract.Tables;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Extract;

/// <summary>Finds targets, KPIs, risks and milestones in a document's tables and prose; immutable and safe to share across threads.</summary>
public sealed partial class RecordExtractor : IRecordExtractor
{
    [GeneratedRegex(@"现状|回顾|基本情况|存在的(?:主要)?问题|主要问题|发展基础|运行情况|上年工作", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentState { get; }

    private readonly RecordExtractorOptions options;

    public RecordExtractor() : this(RecordExtractorOptions.Default)
    {
    }

    public RecordExtractor(RecordExtractorOptions options)
    {
        this.options = options;
    }

    public static RecordExtractor Default { get; } = new();

    public IReadOnlyList<Record> Extract(Document document)
    {
        var context = new ExtractionContext(document, options.Catalog, options.Scope);
        var trail = new Periods.PeriodTrail(Periods.DocumentCalendar.Of(document));
        var found = new List<Record>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Table table:
                    found.AddRange(FromTable(table, context));
                    break;
                case Paragraph paragraph:
                    found.AddRange(FromParagraph(paragraph, context, trail));
                    context.PreviousParagraph = paragraph;
                    break;
                default:
                    context.PreviousParagraph = null;
                    break;
            }
        }
        return Number(document.Id, found.Select(WithCatalogueDirection).ToList());
    }

    // Whether up is good belongs to the indicator: a catalogued KPI keeps the catalogue's direction whatever verb the sentence used.
    private Record WithCatalogueDirection(Record record) =>
        record.Measure is { Direction: not null, CanonicalName: not null } measure
            && options.Catalog.FindExact(measure.CanonicalName)?.Direction is { } direction && direction != measure.Direction
            ? record with { Details = measure with { Direction = direction } }
            : record;

    private IEnumerable<Record> FromTable(Table table, ExtractionContext context)
    {
        var layout = TableLayout.Analyze(table);
        ITableInterpreter? best = null;
        var bestScore = 0.0;
        foreach (var interpreter in options.TableInterpreters)
        {
            var score = interpreter.Match(layout);
            if (score > bestScore) (best, bestScore) = (interpreter, score);
        }
        return best is null ? [] : best.Interpret(layout, context);
    }

    private List<Record> FromParagraph(Paragraph paragraph, ExtractionContext context, Periods.PeriodTrail trail)
    {
        var offset = paragraph.Span.Start;
        var section = paragraph.SectionIndex is int index && index < context.Document.Sections.Count
            ? context.Document.Sections[index]
            : context.Document.SectionAt(offset);
        var accepted = new List<Record>();
        // Figures under 现状/回顾 headings describe the present, not commitments; only cited references there are kept.
        var describesPresent = section is not null && CurrentState.IsMatch(ScriptFolding.ForExtraction.ToSimplified(section.PathText));
        trail.Enter(section, paragraph.Text);
        foreach (var sentence in SentenceSplitter.Split(context.Document, paragraph, section?.PathText, section?.Title))
        {
            var matches = new List<ProseMatch>();
            foreach (var pattern in options.ProsePatterns) matches.AddRange(pattern.Find(sentence, context));
            // A quantity with no nameable indicator is no record: the general grammar (lower priority) may name it instead.
            matches.RemoveAll(m => m.Record.Kind is RecordKind.Target or RecordKind.Kpi && Prose.Indicators.IndicatorNames.IsMalformed(m.Record.Name));
            for (var i = 0; i < matches.Count; i++)
            {
                // Every grammar's names are trimmed the same way (今年全省生产总值同比 → 生产总值).
                var record = matches[i].Record;
                if (record.Measure is not { } measure) continue;
                var clean = Prose.Indicators.IndicatorNames.Clean(record.Name, maxLength: 40);
                if (clean is not null && clean != record.Name)
                    matches[i] = matches[i] with { Record = record with { Name = clean, Details = measure with { CanonicalName = context.Catalog.Find(clean)?.CanonicalName ?? measure.CanonicalName } } };
            }
            if (matches.Count == 0) continue;
            // Overlapping readings of one clause: the more specific grammar (higher priority), then the longer span, wins.
            matches.Sort((a, b) => a.Priority != b.Priority
                ? b.Priority.CompareTo(a.Priority)
                : (b.Record.Source.End - b.Record.Source.Start).CompareTo(a.Record.Source.End - a.Record.Source.Start));
            var keptMatches = new List<ProseMatch>();
            foreach (var match in matches)
            {
                var source = match.Record.Source;
                // A deliverable with a figure is both a milestone and a target: only readings of the same family compete.
                var milestone = match.Record.Kind == RecordKind.Milestone;
                if (keptMatches.Any(k => (k.Record.Kind == RecordKind.Milestone) == milestone && k.Record.Source.Start < source.End && source.Start < k.Record.Source.End)) continue;
                keptMatches.Add(match);
            }
            keptMatches.Sort((a, b) => a.Record.Source.Start.CompareTo(b.Record.Source.Start));
            var kept = keptMatches.Select(m => m.Record).ToList();
            // A review section reports results: every figure in it is a reference the consultant reads as a baseline.
            if (describesPresent)
            {
                for (var i = 0; i < kept.Count; i++) kept[i] = AsResult(kept[i]);
            }
            for (var i = 0; i < kept.Count; i++)
            {
                // Relative periods (今年, 上年, 十四五) become years; records that name none take the passage's.
                if (kept[i].Kind is RecordKind.Target or RecordKind.Kpi) kept[i] = kept[i] with { Period = trail.Resolve(kept[i].Period, kept[i].Scope) };
            }
            for (var i = 0; i < kept.Count; i++)
            {
                // Confidence from the evidence: how the name was formed, whether the unit and the name look whole.
                if (kept[i].Kind is RecordKind.Target or RecordKind.Kpi) kept[i] = kept[i] with { Confidence = ProseConfidence.Of(kept[i], keptMatches[i].Origin, context.Catalog) };
            }
            if (!ReferenceEquals(sentence.Text, sentence.OriginalText) && sentence.Text != sentence.OriginalText)
            {
                for (var i = 0; i < kept.Count; i++) kept[i] = OriginalWording(kept[i], sentence);
            }
            accepted.AddRange(kept);
        }
        return accepted;
    }

    /// <summary>A record read as a reported result: reference scope, and a level reached is the level (达到 95% → equal), not a floor.</summary>
    private static Record AsResult(Record record)
    {
        if (record.Scope == RecordScope.Reference) return record;
        if (record.Measure is not { } measure) return record with { Scope = RecordScope.Reference };
        var op = measure.Op;
        var stated = measure.Value ?? "";
        if (op is RecordOperator.AtLeast && !Hedged(stated, "以上", "超", "突破", "逾", "多", "余", "不低于", "不少于")) op = RecordOperator.Equal;
        if (op is RecordOperator.AtMost && !Hedged(stated, "以内", "以下", "不超过", "不高于", "<", "＜", "≤")) op = RecordOperator.Equal;
        return record with { Scope = RecordScope.Reference, Details = measure with { Op = op } };
    }

    private static bool Hedged(string value, params string[] words) => words.Any(w => value.Contains(w, StringComparison.Ordinal));

    /// <summary>Records keep the document's script: each text field read from the folded sentence is taken back from the original at the same offsets.</summary>
    private static Record OriginalWording(Record record, ProseSentence sentence)
    {
        string? Back(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            var at = sentence.Text.IndexOf(text, StringComparison.Ordinal);
            return at < 0 ? text : sentence.OriginalText.Substring(at, text.Length);
        }

        return record with
        {
            Name = Back(record.Name)!,
            Details = record.Details switch
            {
                MeasureDetails measure => measure with { Value = Back(measure.Value), Baseline = Back(measure.Baseline) },
                RiskDetails risk => risk with { Description = Back(risk.Description), Mitigation = Back(risk.Mitigation) },
                var other => other,
            },
            Evidence = sentence.OriginalText,
        };
    }

    /// <summary>Ids "{doc}#{kind}-{n}", numbered per kind in document order.</summary>
    private static List<Record> Number(string doc, List<Record> records)
    {
        var counters = new int[Enum.GetValues<RecordKind>().Length];
        var numbered = new List<Record>(records.Count);
        foreach (var record in records)
        {
            var n = ++counters[(int)record.Kind];
            numbered.Add(record with { Id = $"{doc}#{RecordKinds.Of(record.Kind).IdPrefix}-{n}" });
        }
        return numbered;
    }
}
