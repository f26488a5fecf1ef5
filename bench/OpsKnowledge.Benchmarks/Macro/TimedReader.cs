using System.Diagnostics;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Wraps a reader of the real pipeline and adds its time (read + repair + structure; the repair part is also counted apart by TimedRepairer) to a <see cref="StageClock"/>.</summary>
public sealed class TimedReader(IDocumentReader inner, StageClock clock) : IDocumentReader
{
    public string Format => inner.Format;

    public IReadOnlyList<string> Extensions => inner.Extensions;

    public ReadResult Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        TimedRepairer.CurrentExtension = file.Extension;
        try
        {
            return inner.Read(file, cancellationToken);
        }
        finally
        {
            TimedRepairer.CurrentExtension = null;
            clock.Add($"read:{file.Extension}", Stopwatch.GetElapsedTime(start).Ticks);
        }
    }
}
