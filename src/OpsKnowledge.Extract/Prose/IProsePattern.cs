namespace OpsKnowledge.Extract.Prose;

/// <summary>One piece of prose grammar (从A提升至B, 达到B, 风险…应对, 6个月内完成…) that yields records from a sentence.</summary>
public interface IProsePattern
{
    IEnumerable<ProseMatch> Find(ProseSentence sentence, ExtractionContext context);
}
