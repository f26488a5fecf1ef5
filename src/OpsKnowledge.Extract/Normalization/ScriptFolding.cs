namespace OpsKnowledge.Extract.Normalization;

/// <summary>Folds traditional characters to simplified one for one, so the grammar (風險, 達到, 縮短) matches either script while offsets stay valid.</summary>
public static class ScriptFolding
{
    private const int First = 0x4E00;
    private const int Last = 0x9FFF;

    // One slot per CJK unified ideograph; zero where the character is already simplified.
    private static readonly char[] Table = Load();

    public static char ToSimplified(char c) => c is >= (char)First and <= (char)Last && Table[c - First] != '\0' ? Table[c - First] : c;

    /// <summary>The same string when nothing needs folding; otherwise a copy of the same length.</summary>
    public static string ToSimplified(string text)
    {
        var i = 0;
        while (i < text.Length && ToSimplified(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++) span[k] = ToSimplified(source[k]);
        });
    }

    private static char[] Load()
    {
        var table = new char[Last - First + 1];
        using var stream = typeof(ScriptFolding).Assembly.GetManifestResourceStream("OpsKnowledge.Extract.Normalization.trad-simp.txt")
            ?? throw new InvalidOperationException("trad-simp.txt is not embedded in OpsKnowledge.Extract.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        for (var i = 0; i < lines[0].Length && i < lines[1].Length; i++) table[lines[0][i] - First] = lines[1][i];
        return table;
    }
}
