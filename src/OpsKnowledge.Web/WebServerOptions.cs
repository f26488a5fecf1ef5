namespace OpsKnowledge.Web;

/// <summary>Where the web front end listens, which index it reads, and the limits it enforces on requests.</summary>
public sealed record WebServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable that may hold the access token instead of --token.</summary>
    public const string TokenVariable = "OPSK_TOKEN";

    /// <summary>The index folder, opened read-only; a missing folder reads as an empty index until an ingest commits there.</summary>
    public required string IndexDirectory { get; init; }

    /// <summary>Kestrel URLs, separated by ';'. Port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Host names (without port) a request's Host header may carry besides the loopback names; anything else is refused (DNS rebinding).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>When set, every request must present it (Authorization: Bearer, or the cookie a ?token= visit sets). Required beyond loopback.</summary>
    public string? AccessToken { get; init; }

    /// <summary>Longest accepted value of any query-string parameter (q, name, like, doc…).</summary>
    public int MaxQueryLength { get; init; } = 500;

    /// <summary>Largest accepted top= (hits or records per response).</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Most documents one comparison or bootstrap request may name.</summary>
    public int MaxDocsPerRequest { get; init; } = 20;

    /// <summary>Blocks (paragraphs and tables) on one page of a document, in the page and in /api/docs/{id}.</summary>
    public int BlocksPerPage { get; init; } = 500;

    /// <summary>Characters of text on one page of a document: a page ends at whichever limit comes first.</summary>
    public int CharactersPerPage { get; init; } = 200_000;

    /// <summary>Requests served at once; more are answered 503 with Retry-After instead of queueing without end.</summary>
    public int MaxConcurrentRequests { get; init; } = Math.Max(4, 4 * Environment.ProcessorCount);

    /// <summary>Largest response body; a response that would grow past it is cut off (a bug or a missed page limit, never a normal answer).</summary>
    public long MaxResponseBytes { get; init; } = 16L * 1024 * 1024;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
