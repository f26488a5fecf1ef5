using System.Text;

namespace OpsKnowledge.Repair.Decoding;

/// <summary>A Western, Central European, Cyrillic, Turkish, DOS or Mac code page as a wrong reading: which character each high byte became, and which bytes it cannot show.</summary>
public sealed class SingleByteCodePage
{
    private readonly Dictionary<char, byte> reverse = [];

    private SingleByteCodePage(string name, Encoding encoding, byte[] undefinedBytes)
    {
        Name = name;
        for (var b = 0x80; b <= 0xFF; b++)
        {
            string decoded;
            try
            {
                decoded = encoding.GetString([(byte)b]);
            }
            catch (DecoderFallbackException)
            {
                decoded = "";
            }
            // .NET shows the undefined bytes as C1 controls (as Windows does); other decoders replace or drop them.
            if (decoded.Length != 1 || decoded[0] is '\uFFFD' or '?' || decoded[0] < 0x80 || undefinedBytes.Contains((byte)b)) continue;
            reverse.TryAdd(decoded[0], (byte)b);
        }
        // Windows shows an undefined byte as the C1 control of the same value; ISO-8859-1 shows every byte 80-9F so.
        for (var b = 0x80; b <= 0x9F; b++) reverse.TryAdd((char)b, (byte)b);
        // A decoder that replaced or dropped bytes lost only those it could not show; a copy through a browser drops the C1 controls too.
        LostBytes = name == "latin-1" ? [.. Enumerable.Range(0x80, 0x20).Select(b => (byte)b)] : undefinedBytes;
    }

    /// <summary>The pages tried, in the order ties are broken (the most frequent wrong readings first).</summary>
    public static IReadOnlyList<SingleByteCodePage> All { get; } = Build();

    private static readonly bool[] AnyPage = BuildAnyPage();

    public string Name { get; }

    /// <summary>Bytes this reading cannot have shown as themselves: the candidates of a ?, a U+FFFD or a dropped byte.</summary>
    public byte[] LostBytes { get; }

    /// <summary>True when <paramref name="c"/> is what some page of <see cref="All"/> shows for a high byte.</summary>
    public static bool IsHighByteCharacter(char c) => AnyPage[c];

    /// <summary>The byte this page shows as <paramref name="c"/> (ASCII as itself), or -1.</summary>
    public int ByteOf(char c)
    {
        if (c < 0x80) return c;
        return reverse.TryGetValue(c, out var b) ? b : -1;
    }

    private static IReadOnlyList<SingleByteCodePage> Build()
    {
        _ = CodePages.Gb18030; // registers the code pages provider
        return
        [
            // The bytes each Windows page leaves undefined (the WHATWG and Unicode mapping tables).
            new("windows-1252", Strict(1252), [0x81, 0x8D, 0x8F, 0x90, 0x9D]),
            new("latin-1", Encoding.Latin1, []),
            new("windows-1250", Strict(1250), [0x81, 0x83, 0x88, 0x90, 0x98]),
            new("windows-1251", Strict(1251), [0x98]),
            new("windows-1254", Strict(1254), [0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E]),
            new("ibm437", Strict(437), []),
            new("macintosh", Strict(10000), []),
        ];
    }

    private static Encoding Strict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static bool[] BuildAnyPage()
    {
        var table = new bool[65536];
        foreach (var page in All)
        {
            foreach (var c in page.reverse.Keys) table[c] = true;
        }
        return table;
    }
}
