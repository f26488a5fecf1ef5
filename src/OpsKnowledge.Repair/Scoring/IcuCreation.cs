namespace OpsKnowledge.Repair.Scoring;

/// <summary>Serialises the creation of ICU objects: ICU4N's transliterator registry and break-engine list are not documented as thread-safe on first use.</summary>
internal static class IcuCreation
{
    /// <summary>Held while a BreakIterator is cloned or a Transliterator is created; each happens once per thread, so the lock costs nothing later.</summary>
    public static readonly Lock Gate = new();
}
