namespace OpsKnowledge.Repair.Mojibake;

/// <summary>What a lossy decoding may have done to a byte stream: which values its unknown bytes can take, how many bytes it may have dropped (and of which values) or added.</summary>
/// <param name="UnknownValues">Values a ? or U+FFFD can stand for; null for any byte.</param>
/// <param name="DroppedValues">Values a dropped byte can have had; null for any byte.</param>
/// <param name="FreePrefix">Bytes at the start of the stream where a drop or an addition is tried even when the pair there reads well (the first misaligned pair may be a common character).</param>
public sealed record GapAllowance(byte[]? UnknownValues = null, int MaxInserted = 0, byte[]? DroppedValues = null, int MaxSkipped = 0, int FreePrefix = 0)
{
    /// <summary>Unknown bytes of any value, nothing dropped or added: a strict decoder that replaced what it could not read.</summary>
    public static GapAllowance Replaced { get; } = new();
}
