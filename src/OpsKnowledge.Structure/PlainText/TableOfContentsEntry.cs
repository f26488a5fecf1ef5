namespace OpsKnowledge.Structure.PlainText;

/// <summary>One heading listed in a table of contents: its number prefix as written ("1.1", "一、") and its title without spaces.</summary>
internal sealed record TableOfContentsEntry(string Prefix, string Title)
{
    public string Key => Prefix + Title;

    /// <summary>The end of this heading when it is written at <paramref name="position"/> of the line (spaces ignored), or -1.</summary>
    public int MatchAt(string line, int position)
    {
        if (!line.AsSpan(position).StartsWith(Prefix, StringComparison.Ordinal)) return -1;
        if (position > 0 && char.IsAsciiDigit(Prefix[0]) && (char.IsAsciiDigit(line[position - 1]) || line[position - 1] == '.')) return -1;
        var i = position + Prefix.Length;
        if (char.IsAsciiDigit(Prefix[^1]) && i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] == '.' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]))) return -1;
        foreach (var c in Title)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length || line[i] != c) return -1;
            i++;
        }
        return i;
    }
}
