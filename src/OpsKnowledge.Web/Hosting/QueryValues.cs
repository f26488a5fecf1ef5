using Microsoft.AspNetCore.Http;

namespace OpsKnowledge.Web.Hosting;

/// <summary>Reads query-string parameters as the endpoints want them: trimmed, empty as absent.</summary>
internal static class QueryValues
{
    public static string? One(IQueryCollection query, string name)
    {
        foreach (var value in query[name])
        {
            if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        }
        return null;
    }

    /// <summary>Every non-empty value of a repeated parameter (doc=A&amp;doc=B), in order, without duplicates.</summary>
    public static IReadOnlyList<string> All(IQueryCollection query, string name) =>
        query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
