namespace OpsKnowledge.Search.Indexing;

/// <summary>Field names of index entries. Text fields hold character bigrams (<see cref="Analysis.ChineseBigramAnalyzer"/>); queries are structured by dictionary words.</summary>
internal static class IndexFields
{
    // Indexed on document entries only ("doc:{id}"); section and record entries store theirs.
    public const string Id = "id";
    public const string Doc = "doc";
    public const string Kind = "kind";

    /// <summary>On document entries: the <see cref="KnowledgeIndex.Layout"/> the document's entries were written with.</summary>
    public const string Layout = "layout";
    public const string Scope = "scope";

    /// <summary>On section entries: plan or reference, whichever scope most records stated in the section's own text have (absent when
    /// none or as many of each): a review chapter leans to reference, the year's targets to plan.</summary>
    public const string SectionScope = "section_scope";
    public const string Period = "period";
    public const string PeriodBigrams = "period_bi";

    /// <summary>A record's canonical KPI name (folded), when the catalog knows its indicator.</summary>
    public const string Canonical = "canonical";

    /// <summary>A section's own heading, a record's name: what the entry is about.</summary>
    public const string Heading = "heading";

    /// <summary>A section's own text; a record's own fields (value, baseline, period, description, mitigation, date).</summary>
    public const string Text = "text";

    // Stored only, for display.
    public const string Section = "section";
    public const string Body = "body";
    public const string Start = "start";
    public const string End = "end";
    public const string Page = "page";
    public const string RecordJson = "record";
    public const string SummaryJson = "summary";
    public const string DocumentData = "document";
    public const string ContentHash = "hash";
}
