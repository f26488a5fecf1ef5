using System.Diagnostics;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Wraps the real extractor and adds its time to a <see cref="StageClock"/>.</summary>
public sealed class TimedExtractor(IRecordExtractor inner, StageClock clock) : IRecordExtractor
{
    public IReadOnlyList<Record> Extract(Document document)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return inner.Extract(document);
        }
        finally
        {
            clock.Add("extract", Stopwatch.GetElapsedTime(start).Ticks);
        }
    }
}
