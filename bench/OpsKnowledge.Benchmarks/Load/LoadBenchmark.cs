using System.Diagnostics;
using System.Text.Json;

namespace OpsKnowledge.Benchmarks.Load;

/// <summary>
/// Concurrent clients against a running `opsk serve` on loopback: each client loops over the gold queries for a fixed time.
/// Prints requests/s, error count and latency percentiles per client count as a Markdown table.
/// </summary>
public static class LoadBenchmark
{
    public static int Run(string[] args)
    {
        var url = Argument(args, "--url") ?? "http://127.0.0.1:5080";
        var seconds = int.Parse(Argument(args, "--seconds") ?? "60");
        var clientCounts = (Argument(args, "--clients") ?? "8,32,64").Split(',').Select(int.Parse).ToArray();
        var queriesFile = Argument(args, "--queries") ?? "tests/gold/queries.json";
        if (!new Uri(url).IsLoopback)
        {
            Console.Error.WriteLine("load: only loopback targets are allowed");
            return 2;
        }
        var queries = JsonDocument.Parse(File.ReadAllText(queriesFile)).RootElement.EnumerateArray()
            .Select(q => q.GetProperty("query").GetString()!).ToArray();

        Console.WriteLine($"| clients | seconds | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine($"|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        foreach (var clients in clientCounts)
        {
            var result = RunLevel(url, queries, clients, TimeSpan.FromSeconds(seconds));
            failed |= result.Errors > 0;
            Console.WriteLine($"| {clients} | {seconds} | {result.Latencies.Count} | {result.Errors} | {result.Latencies.Count / (double)seconds:F0} | {P(result.Latencies, 50):F1} | {P(result.Latencies, 95):F1} | {P(result.Latencies, 99):F1} | {(result.Latencies.Count == 0 ? 0 : result.Latencies.Max()):F1} |");
            foreach (var error in result.Samples) Console.Error.WriteLine($"load: {error}");
        }
        return failed ? 1 : 0;
    }

    private sealed record LevelResult(List<double> Latencies, int Errors, List<string> Samples);

    private static LevelResult RunLevel(string url, string[] queries, int clients, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var latencies = new List<double>();
        var samples = new List<string>();
        var errors = 0;
        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async client =>
        {
            var local = new List<double>();
            var i = client;
            while (deadline.Elapsed < duration)
            {
                var query = queries[i++ % queries.Length];
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&top=10");
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) throw new HttpRequestException($"HTTP {(int)response.StatusCode} for {query}");
                    local.Add(clock.Elapsed.TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    lock (samples)
                    {
                        errors++;
                        if (samples.Count < 5) samples.Add(ex.Message);
                    }
                }
            }
            lock (latencies) latencies.AddRange(local);
        }).ToArray();
        Task.WaitAll(workers);
        return new LevelResult(latencies, errors, samples);
    }

    private static double P(List<double> values, double percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
