using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Structure.Outline;

/// <summary>Makes block text fit on one line of the linearized document.</summary>
internal static class LineText
{
    public static string Flatten(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.IndexOfAny(['\n', '\r']) < 0) return trimmed;
        var builder = new System.Text.StringBuilder(trimmed.Length);
        foreach (var raw in trimmed.Split('\n'))
        {
            var part = raw.Trim();
            if (part.Length == 0) continue;
            // Chinese text breaks lines without spaces; joining CJK to CJK needs none, anything else gets one.
            if (builder.Length > 0 && !(ChineseCharacters.IsCjkSpanOrFullWidth(builder[^1]) && ChineseCharacters.IsCjkSpanOrFullWidth(part[0]))) builder.Append(' ');
            builder.Append(part);
        }
        return builder.ToString();
    }

    public static string Cell(string text) => Flatten(text).Replace('|', '｜');
}
