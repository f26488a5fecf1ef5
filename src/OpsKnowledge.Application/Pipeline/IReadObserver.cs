using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Application.Pipeline;

/// <summary>Told when the pipeline starts and ends reading a file (parse, decode, repair, structure): benchmarks time the stages through it.</summary>
public interface IReadObserver
{
    void ReadStarting(SourceFile file);

    void ReadFinished(SourceFile file, TimeSpan elapsed);
}
