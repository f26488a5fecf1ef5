using OpsKnowledge.Structure.Numbering;

namespace OpsKnowledge.Structure.Outline;

/// <summary>A heading split into its number and title, with the line it is written as in the document text.</summary>
internal sealed record HeadingText(HeadingNumber? Number, string Title, string Line)
{
    public NumberingStyle Style => Number?.Style ?? NumberingStyle.Unnumbered;

    public static HeadingText From(string text)
    {
        var number = HeadingNumberParser.Parse(text);
        if (number is null || number.TitleStart >= text.Length) return new HeadingText(null, text, text);
        var title = text[number.TitleStart..].Trim();
        // "1.1行业发展" reads better as "1.1 行业发展"; any separator that was written ("一、", "3.2 ") is kept.
        var line = number.TitleStart == number.NumberEnd && HeadingNumberParser.IsAsciiDigit(text[number.NumberEnd - 1])
            ? text[..number.NumberEnd] + " " + title
            : text;
        return new HeadingText(number, title, line);
    }
}
