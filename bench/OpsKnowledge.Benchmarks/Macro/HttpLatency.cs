using System.Diagnostics;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Search latency over HTTP against a running `opsk serve`, 8 requests in flight, loopback only.</summary>
public static class HttpLatency
{
    /// <summary><paramref name="urlTemplate"/> holds {0} where the escaped query goes, e.g. http://127.0.0.1:5080/api/search?q={0}.</summary>
    public static (Latency? Latency, string? Note) Measure(string urlTemplate, IReadOnlyList<string> queries)
    {
        var uri = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, urlTemplate, "x"));
        if (!uri.IsLoopback) return (null, "refused: HTTP benchmark only targets loopback");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            foreach (var query in queries.Take(8)) client.GetAsync(Url(urlTemplate, query)).GetAwaiter().GetResult().EnsureSuccessStatusCode();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (null, $"server not reachable: {ex.Message}");
        }

        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        var next = -1;
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < queries.Count)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(Url(urlTemplate, queries[i])).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        return (Latency.Of(times), null);
    }

    private static string Url(string template, string query) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(query));
}
