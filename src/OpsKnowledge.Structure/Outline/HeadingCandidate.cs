using OpsKnowledge.Structure.Numbering;
using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Structure.Outline;

/// <summary>Judges whether a numbered paragraph reads like a heading on its own: short, no sentence punctuation.</summary>
internal static class HeadingCandidate
{
    public static bool LooksLikeHeading(HeadingText heading, StructureOptions options)
    {
        if (heading.Number is not { } number || heading.Title.Length == 0) return false;
        var title = heading.Title;
        var listLike = number.Style.IsListLike || number.IsBare;
        var max = listLike ? options.MaxListStyleHeadingLength : options.MaxHeadingLength;
        if (heading.Line.Length > max) return false;
        if (title[^1] is '。' or '；' or '，' or ';' or ',' or '、') return false;
        if (title.Contains('。')) return false;
        if (listLike && title.AsSpan().IndexOfAny("，,；;：:。") >= 0) return false;
        // A bare number ("1 概述") is a heading only when a Chinese title follows it.
        if (number.IsBare && !ChineseCharacters.IsCjkSpanOrFullWidth(title[0])) return false;
        return true;
    }
}
