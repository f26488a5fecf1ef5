using System.Collections.Concurrent;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Thread-time spent per stage and format, added up across the ingest's parallel workers.</summary>
public sealed class StageClock
{
    private readonly ConcurrentDictionary<string, long[]> _ticks = new(StringComparer.Ordinal);

    public void Add(string stage, long ticks)
    {
        var cell = _ticks.GetOrAdd(stage, _ => new long[2]);
        Interlocked.Add(ref cell[0], ticks);
        Interlocked.Increment(ref cell[1]);
    }

    public double Seconds(string stage) => _ticks.TryGetValue(stage, out var cell) ? TimeSpan.FromTicks(Interlocked.Read(ref cell[0])).TotalSeconds : 0;

    public Dictionary<string, double> AllSeconds() => _ticks.Keys.Order(StringComparer.Ordinal).ToDictionary(k => k, Seconds);

    public void Clear() => _ticks.Clear();
}
