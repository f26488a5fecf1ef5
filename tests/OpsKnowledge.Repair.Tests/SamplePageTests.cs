using System.Text.RegularExpressions;

namespace OpsKnowledge.Repair.Tests;

public sealed partial class SamplePageTests
{
    [Fact]
    public void ScrapedPreviewPage_ComesOutAsCleanSimplifiedText()
    {
        var (input, expected) = FixtureCases.Read("SamplePage", "page");
        var repaired = TextRepairer.Default.Repair(input);

        Assert.DoesNotMatch(PinyinAnnotation(), repaired.Text);
        Assert.DoesNotContain("_第", repaired.Text);
        Assert.DoesNotContain("下载", repaired.Text);
        Assert.DoesNotContain("温馨提示", repaired.Text);
        Assert.Contains("\n1.1服务供给现状\n本区现有", repaired.Text);
        Assert.Contains("需求明显增加", repaired.Text);
        Assert.True(repaired.Report.Partial);
        Assert.Equal(3, repaired.Report.PagesShown);
        Assert.Equal(12, repaired.Report.PagesTotal);
        Assert.True(CharacterErrors(repaired.Text, expected) <= expected.Length / 100, $"too many differences:\n{repaired.Text}");
    }

    [GeneratedRegex(@"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")]
    private static partial Regex PinyinAnnotation();

    private static int CharacterErrors(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
