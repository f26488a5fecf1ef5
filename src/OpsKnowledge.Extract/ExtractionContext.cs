using System.Text.RegularExpressions;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Extract.KpiNames;
using OpsKnowledge.Extract.Normalization;
using OpsKnowledge.Extract.Prose;

namespace OpsKnowledge.Extract;

/// <summary>What table interpreters and prose patterns share while reading one document: the document, the KPI catalog, the scope rules.</summary>
/// <remarks>One per document and thread: it remembers the last sentence's periods and scope.</remarks>
public sealed class ExtractionContext
{
    public ExtractionContext(Document document, KpiNameCatalog catalog, ScopeClassifier scope)
    {
        Document = document;
        Catalog = catalog;
        Scope = scope;
    }

    public Document Document { get; }

    public KpiNameCatalog Catalog { get; }

    public ScopeClassifier Scope { get; }

    // Several patterns build records from the same sentence, one after another: what depends on the sentence alone is worked out once.
    private ProseSentence? periodsSentence;
    private Match[] periods = [];
    private ProseSentence? scopeSentence;
    private RecordScope scope;
    private string? titleSeen;
    private Match? titlePeriod;
    private IReadOnlyList<TableCell>? rowSeen;
    private string rowText = "";

    /// <summary>Every period written in the sentence, left to right.</summary>
    internal Match[] PeriodsIn(ProseSentence sentence)
    {
        if (!ReferenceEquals(sentence, periodsSentence))
        {
            periods = PeriodParser.FindAll(sentence.Text).ToArray();
            periodsSentence = sentence;
        }
        return periods;
    }

    /// <summary>The first period of a section title, or null.</summary>
    internal Match? PeriodInTitle(string title)
    {
        if (!ReferenceEquals(title, titleSeen))
        {
            titlePeriod = PeriodParser.Find(title);
            titleSeen = title;
        }
        return titlePeriod;
    }

    /// <summary>Plan or reference, for records read from the sentence.</summary>
    internal RecordScope ScopeOf(ProseSentence sentence)
    {
        if (!ReferenceEquals(sentence, scopeSentence))
        {
            scope = Scope.Classify(sentence.Text, sentence.SectionPath);
            scopeSentence = sentence;
        }
        return scope;
    }

    /// <summary>A table row's evidence text, shared by the records of its cells.</summary>
    internal string RowTextOf(IReadOnlyList<TableCell> row)
    {
        if (!ReferenceEquals(row, rowSeen))
        {
            rowText = Tables.TableRecords.RowText(row);
            rowSeen = row;
        }
        return rowText;
    }

    /// <summary>The paragraph read just before the current one, for values written on a line of their own under their label (a table flattened to one cell per line).</summary>
    public Paragraph? PreviousParagraph { get; internal set; }

    /// <summary>The heading path of the innermost section holding the offset.</summary>
    public string? SectionPathAt(int offset) => Document.SectionAt(offset)?.PathText;

    /// <summary>A record with the document and section filled in, and for a target or KPI its canonical name and direction; the id is assigned later by the extractor.</summary>
    public Record Create(RecordKind kind, string name, string evidence, RecordSource source, Direction? direction = null, string? verb = null)
    {
        var kpi = Catalog.Find(name);
        return new Record
        {
            Id = "",
            Kind = kind,
            Doc = Document.Id,
            Section = SectionPathAt(source.Start),
            Name = name,
            Details = RecordKinds.Of(kind).EmptyDetails is MeasureDetails measure
                ? measure with
                {
                    CanonicalName = kpi?.CanonicalName,
                    // Whether up is good belongs to the indicator: the catalogue's word beats a verb or operator of the sentence
                    // (库存准确率 stays up in a sentence about shortening times).
                    Direction = kpi?.Direction ?? direction ?? DirectionFrom(name, verb),
                }
                : RecordKinds.Of(kind).EmptyDetails,
            Evidence = evidence,
            Source = source,
        };
    }

    private static Direction? DirectionFrom(string name, string? verb) =>
        verb is not null ? DirectionInference.Infer(name, verb) : DirectionInference.FromName(name);
}
