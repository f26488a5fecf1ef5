using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpsKnowledge.Web.Hosting;

/// <summary>Checks a request's query string against the configured limits before any endpoint sees it.</summary>
internal sealed class RequestLimits(WebServerOptions options)
{
    // Repeated keys (doc=A&doc=B…) beyond this many are refused: no endpoint needs more.
    private const int MaxValuesPerKey = 50;

    /// <summary>The reason to refuse the request with 400, or null when it is within limits.</summary>
    public string? Check(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (key.Length > 64) return "查询参数名过长 (query parameter name too long)";
            if (values.Count > MaxValuesPerKey) return $"参数 {key} 重复次数过多，最多 {MaxValuesPerKey} 个";
            if (key == "doc" && values.Count > options.MaxDocsPerRequest)
            {
                return $"一次最多选择 {options.MaxDocsPerRequest} 份文档 (at most {options.MaxDocsPerRequest} documents per request)";
            }
            foreach (var value in values)
            {
                if (value is { } v && v.Length > options.MaxQueryLength)
                {
                    return $"参数 {key} 过长：最多 {options.MaxQueryLength} 个字符 (query too long: at most {options.MaxQueryLength} characters)";
                }
            }
        }
        return null;
    }

    /// <summary>Reads top=: the default when absent, an error when not a number in [1, max page size].</summary>
    public int? Top(IQueryCollection query, int defaultValue, out string? error)
    {
        error = null;
        var text = query["top"].ToString();
        if (string.IsNullOrWhiteSpace(text)) return Math.Min(defaultValue, options.MaxPageSize);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var top) || top < 1 || top > options.MaxPageSize)
        {
            error = $"top 必须是 1 到 {options.MaxPageSize} 之间的整数 (page size limit {options.MaxPageSize})";
            return null;
        }
        return top;
    }

    /// <summary>Reads offset=: 0 when absent, an error when not a whole number ≥ 0.</summary>
    public static int? Offset(IQueryCollection query, out string? error)
    {
        error = null;
        var text = query["offset"].ToString();
        if (string.IsNullOrWhiteSpace(text)) return 0;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) || offset < 0 || offset > 100_000)
        {
            error = "offset 必须是 0 到 100000 之间的整数 (offset must be a whole number from 0 to 100000)";
            return null;
        }
        return offset;
    }

    /// <summary>Reads a non-negative integer parameter (page=, offset=): the default when absent, an error when not a number in [min, max].</summary>
    public static int? Number(IQueryCollection query, string name, int defaultValue, int min, int max, out string? error)
    {
        error = null;
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text)) return defaultValue;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            error = $"{name} 必须是 {min} 到 {max} 之间的整数 ({name} must be an integer from {min} to {max})";
            return null;
        }
        return value;
    }
}
