namespace OpsKnowledge.Search.Indexing;

/// <summary>Field names of index entries. Word fields (_w) use the dictionary analyzer, bigram fields (_bi) the bigram analyzer.</summary>
internal static class IndexFields
{
    // Indexed on document entries only ("doc:{id}"); section and record entries store theirs.
    public const string Id = "id";
    public const string Doc = "doc";
    public const string Kind = "kind";
    public const string Scope = "scope";
    public const string Period = "period";
    public const string PeriodBigrams = "period_bi";

    public const string HeadingWords = "heading_w";
    public const string HeadingBigrams = "heading_bi";
    public const string BodyWords = "body_w";
    public const string BodyBigrams = "body_bi";

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

    public static bool IsBigramField(string field) => field.EndsWith("_bi", StringComparison.Ordinal);
}
