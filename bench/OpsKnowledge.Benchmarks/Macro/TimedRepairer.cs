using System.Diagnostics;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Wraps the real repair stage that every reader calls and adds its time (decoding and repair) to a <see cref="StageClock"/> under the format being read.</summary>
public sealed class TimedRepairer(ITextRepairer inner, StageClock clock) : ITextRepairer
{
    /// <summary>The extension of the file the current thread is reading, set by <see cref="TimedReader"/>: readers call the repairer on their own thread.</summary>
    [ThreadStatic]
    internal static string? CurrentExtension;

    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return inner.Decode(bytes, declaredCharset);
        }
        finally
        {
            clock.Add($"repair:{CurrentExtension}", Stopwatch.GetElapsedTime(start).Ticks);
        }
    }

    public RepairedText Repair(string text)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return inner.Repair(text);
        }
        finally
        {
            clock.Add($"repair:{CurrentExtension}", Stopwatch.GetElapsedTime(start).Ticks);
        }
    }
}
