using Microsoft.AspNetCore.Http;
using OpsKnowledge.Planning.Bootstrap;
using OpsKnowledge.Web.Hosting;

namespace OpsKnowledge.Web.Knowledge;

/// <summary>A bootstrap request as the page and the API take it: doc=… (repeatable) or like=QUERY, and format=md|docx|xlsx.</summary>
internal sealed record BootstrapRequest
{
    // "Plans like this" takes this many of the best-matching documents.
    public const int LikeDocs = 5;

    public required IReadOnlyList<string> Docs { get; init; }

    public string? Like { get; init; }

    public required string FormatName { get; init; }

    public BootstrapFormat? Format { get; init; }

    public static BootstrapRequest From(IQueryCollection query)
    {
        var formatName = (QueryValues.One(query, "format") ?? "md").ToLowerInvariant();
        return new BootstrapRequest
        {
            Docs = QueryValues.All(query, "doc"),
            Like = QueryValues.One(query, "like"),
            FormatName = formatName,
            Format = formatName switch
            {
                "md" or "markdown" => BootstrapFormat.Markdown,
                "docx" => BootstrapFormat.Docx,
                "xlsx" => BootstrapFormat.Xlsx,
                _ => null,
            },
        };
    }

    public bool IsEmpty => Docs.Count == 0 && Like is null;

    /// <summary>The skeleton of the ticked plans and those like the query; null with the reason when none can be used.</summary>
    public PlanSkeleton? Build(KnowledgeSource source, out IReadOnlyList<string> chosen, out string? error) =>
        source.Skeleton(Docs, Like, LikeDocs, out chosen, out error);

    /// <summary>An ASCII file name with the date, safe in any Content-Disposition header and file system.</summary>
    public static string FileName(ISkeletonWriter writer, DateTimeOffset now) =>
        $"plan-skeleton-{now.UtcDateTime:yyyyMMdd-HHmm}{writer.Extension}";
}
