using OpsKnowledge.Application.Pipeline;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Adds the pipeline's read time of each file (parse + decode + repair + structure; the repair part is also counted apart by TimedRepairer) to a <see cref="StageClock"/>.</summary>
public sealed class TimedReader(StageClock clock) : IReadObserver
{
    public void ReadStarting(SourceFile file) => TimedRepairer.CurrentExtension = file.Extension;

    public void ReadFinished(SourceFile file, TimeSpan elapsed)
    {
        TimedRepairer.CurrentExtension = null;
        clock.Add($"read:{file.Extension}", elapsed.Ticks);
    }
}
