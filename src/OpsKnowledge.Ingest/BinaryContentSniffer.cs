namespace OpsKnowledge.Ingest;

/// <summary>Tells text bytes from binary ones (images, archives, office files) before any decoding is tried.</summary>
internal static class BinaryContentSniffer
{
    private const int Window = 8192;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> OleCompound => [0xD0, 0xCF, 0x11, 0xE0];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8) || bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith(Png)
            || bytes.StartsWith("GIF8"u8) || bytes.StartsWith(Jpeg) || bytes.StartsWith(OleCompound))
        {
            return true;
        }
        // UTF-16 text is full of zero bytes; a BOM or zeros on one side only says it is text.
        if (bytes.StartsWith(Utf16LittleEndianBom) || bytes.StartsWith(Utf16BigEndianBom)) return false;
        var window = bytes[..Math.Min(bytes.Length, Window)];
        int zerosEven = 0, zerosOdd = 0, controls = 0;
        for (var i = 0; i < window.Length; i++)
        {
            var b = window[i];
            if (b == 0)
            {
                if ((i & 1) == 0) zerosEven++;
                else zerosOdd++;
            }
            else if (b < 0x09 || b is > 0x0D and < 0x20 and not 0x1B)
            {
                controls++;
            }
        }
        var half = window.Length / 2.0;
        if (zerosEven + zerosOdd > 0)
        {
            var utf16 = (zerosOdd > 0.3 * half && zerosEven < 0.02 * half) || (zerosEven > 0.3 * half && zerosOdd < 0.02 * half);
            return !utf16;
        }
        return controls > 0.05 * window.Length;
    }
}
