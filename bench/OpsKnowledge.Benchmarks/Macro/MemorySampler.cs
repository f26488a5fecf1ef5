namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Samples this process's anonymous resident memory every few hundred milliseconds and keeps the peak (the kernel keeps a peak only for the total, file pages included).</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peakAnonymous;

    public MemorySampler(TimeSpan interval)
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, interval, interval);
    }

    public long PeakAnonymousBytes => Interlocked.Read(ref _peakAnonymous);

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
    }

    private void Sample()
    {
        var now = ProcessMemory.AnonymousResidentBytes();
        long seen;
        while (now > (seen = Interlocked.Read(ref _peakAnonymous)) && Interlocked.CompareExchange(ref _peakAnonymous, now, seen) != seen)
        {
        }
    }
}
