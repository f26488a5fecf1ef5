namespace OpsKnowledge.Structure.PlainText;

/// <summary>Bullet markers of plain-text lists: "-", "•", "·", "*" and their look-alikes.</summary>
internal static class ListMarker
{
    /// <summary>Removes a leading bullet; false when the line has none ("-5%" is a number, not a bullet).</summary>
    public static bool TryStrip(string line, out string text)
    {
        text = line;
        if (line.Length < 2) return false;
        var c = line[0];
        var isBullet = c is '•' or '·' or '●' or '○' or '◆' or '◇' or '■' or '□' or '▪' or '►' or '➢' or '√'
            || (c is '-' or '*' or '+' or '－' && !char.IsDigit(line[1]) && line[1] != c);
        if (!isBullet) return false;
        var rest = line[1..].Trim();
        if (rest.Length == 0) return false;
        text = rest;
        return true;
    }
}
