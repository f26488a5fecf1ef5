using System.Text.RegularExpressions;

namespace OpsKnowledge.Repair.Symbols;

/// <summary>Turns a ? that stands for a lost bullet or separator between a run-in numbered heading and its body into a line break, and breaks the line before the heading.</summary>
public sealed partial class LostSeparatorRepairer : IRepairer
{
    public string Kind => "lost-separator";

    public bool MightApply(string text, RepairState state) => text.Contains('?');

    public void FindRepairs(RepairContext context)
    {
        var text = context.Text;
        foreach (Match match in RunInHeading().Matches(text))
        {
            var chapter = match.Groups["chapter"];
            var number = match.Groups["number"];
            if (chapter.Success)
            {
                BreakBefore(context, chapter.Index);
                BreakBefore(context, number.Index);
            }
            else
            {
                BreakBefore(context, number.Index);
            }
            var mark = match.Index + match.Length - 1;
            context.Repairs.Add(new SpanRepair(mark, mark + 1, "\n", 0.9));
        }
    }

    private static void BreakBefore(RepairContext context, int index)
    {
        if (index == 0 || context.Text[index - 1] == '\n') return;
        context.Repairs.Add(new SpanRepair(index, index, "\n", 0.8));
    }

    // A heading number, a short title that starts with a Han character and holds no sentence punctuation, then the ?.
    [GeneratedRegex(@"(?:(?<chapter>[一二三四五六七八九十]{1,3}、)[^\n。？?！!；;，,、]{1,30}?)?(?<number>(?<![\d.])\d{1,2}(?:\.\d{1,2}){1,3})[ \t]?\p{IsCJKUnifiedIdeographs}[^\n。？?！!；;，,、]{0,30}?\?(?=[\p{IsCJKUnifiedIdeographs}“""（A-Z])")]
    private static partial Regex RunInHeading();
}
