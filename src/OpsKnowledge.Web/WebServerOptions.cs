namespace OpsKnowledge.Web;

/// <summary>Where the web front end listens, which index it reads, and the limits it enforces on requests.</summary>
public sealed record WebServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The index folder, opened read-only; a missing folder reads as an empty index until an ingest commits there.</summary>
    public required string IndexDirectory { get; init; }

    /// <summary>Kestrel URLs, separated by ';'. Port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Longest accepted value of any query-string parameter (q, name, like, doc…).</summary>
    public int MaxQueryLength { get; init; } = 500;

    /// <summary>Largest accepted top= (hits or records per response).</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Most documents one comparison or bootstrap request may name.</summary>
    public int MaxDocsPerRequest { get; init; } = 20;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
