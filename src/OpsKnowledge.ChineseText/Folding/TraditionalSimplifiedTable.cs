namespace OpsKnowledge.ChineseText.Folding;

/// <summary>Reads the one traditional-to-simplified table (trad-simp.txt, generated from ICU) into a lookup over every BMP unit.</summary>
internal static class TraditionalSimplifiedTable
{
    private static readonly Lazy<(string Traditional, string Simplified)> Lines = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A fresh lookup, one slot per BMP unit holding its simplified form or the unit itself; the caller may change it.</summary>
    public static char[] Load()
    {
        var table = new char[0x10000];
        for (var i = 0; i < table.Length; i++) table[i] = (char)i;
        var (traditional, simplified) = Lines.Value;
        for (var i = 0; i < traditional.Length; i++) table[traditional[i]] = simplified[i];
        return table;
    }

    private static (string, string) Read()
    {
        using var stream = typeof(TraditionalSimplifiedTable).Assembly.GetManifestResourceStream("OpsKnowledge.ChineseText.Folding.trad-simp.txt")
            ?? throw new InvalidOperationException("trad-simp.txt is not embedded in OpsKnowledge.ChineseText.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        if (lines.Length != 2 || lines[0].Length != lines[1].Length) throw new InvalidOperationException("trad-simp.txt must hold two lines of equal length.");
        return (lines[0], lines[1]);
    }
}
