using System.Text;
using System.Text.RegularExpressions;

namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Folds a heading to the key headings of different plans are aligned by: numbering of any style removed, width folded, spaces and punctuation dropped.</summary>
internal static partial class HeadingTitleKey
{
    public static string Of(string title) => Fold(StripNumber(title));

    /// <summary>The title without a leading number ("第二章 销售目标", "（一）销售目标", "1.1 销售目标" → "销售目标").</summary>
    public static string StripNumber(string title)
    {
        var text = title.Trim();
        // Numbering can stack ("一、（一）"), so strip until nothing more comes off.
        for (var i = 0; i < 3; i++)
        {
            var stripped = LeadingNumber().Replace(text, "", 1).TrimStart();
            if (stripped.Length == 0 || stripped == text) break;
            text = stripped;
        }
        return text.TrimEnd('：', ':', ' ', '　');
    }

    private static string Fold(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^(第[一二三四五六七八九十百零〇两\d]+[章节部分篇条项]|[（(【\[][一二三四五六七八九十\d]+[)）】\]]|[一二三四五六七八九十]+[、.．]|\d+(?:[.．]\d+)*[、.．)）]?|[A-Za-z][、.．)）]|[①-⑳])")]
    private static partial Regex LeadingNumber();
}
