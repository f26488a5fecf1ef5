using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Folds text for matching — full-width to half-width, traditional to simplified, lower case — one UTF-16 unit for one, so offsets stay those of the original.</summary>
public static class ChineseTextFolder
{
    // Every non-ASCII unit's folding, filled on first sight: char.ToLowerInvariant goes through ICU for CJK punctuation (，。、)
    // on every call, so a per-character table answers at table-lookup speed. 0 means "not looked up yet".
    private static readonly char[] s_folded = new char[0x10000];

    /// <summary>Returns the folded text; always exactly as long as <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        if (text.Length == 0) return text;
        return string.Create(text.Length, text, static (destination, source) => Fold(source, destination));
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>, which must be at least as long.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++) destination[i] = Fold(source[i]);
    }

    /// <summary>Reads all of <paramref name="input"/> into <paramref name="buffer"/> (grown as needed) and folds it in place; returns its length.</summary>
    /// <remarks>What the tokenizers do on Reset: they work on a folded copy, one unit for one, so offsets stay those of the original.</remarks>
    internal static int ReadFolded(TextReader input, ref char[] buffer)
    {
        var length = 0;
        int read;
        while ((read = input.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        Fold(buffer.AsSpan(0, length), buffer);
        return length;
    }

    /// <summary>Folds one UTF-16 unit; surrogates and characters without a single-unit mapping are returned as they are.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        // A char write is atomic; a race only repeats a lookup.
        var known = s_folded[c];
        if (known != '\0') return known;
        var folded = FoldUncached(c);
        s_folded[c] = folded;
        return folded;
    }

    private static char FoldUncached(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') return Fold((char)(c - 0xFEE0));
        if (c == '\u3000') return ' ';
        if (ChineseCharacters.IsHan(c)) return ScriptFolding.Standard.ToSimplified(c);
        return char.ToLowerInvariant(c);
    }
}
