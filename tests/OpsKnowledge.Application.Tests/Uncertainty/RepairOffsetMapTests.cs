using System.Text;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Application.Tests.Uncertainty;

/// <summary>Replaying a repair report on the text the repairer was given rebuilds the repairer's output exactly.</summary>
public sealed class RepairOffsetMapTests
{
    static RepairOffsetMapTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Damaged => new()
    {
        { "cold-chain-operations-plan.md", "utf8-as-gbk" },
        { "cold-chain-operations-plan.md", "paragraph-as-1252" },
        { "port-container-terminal-execution-plan.txt", "utf8-as-gbk" },
        { "port-container-terminal-execution-plan.txt", "paragraph-as-1252" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void Replay_OfTheReport_RebuildsTheRepairedText(string plan, string damage)
    {
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        var clean = File.ReadAllText(Path.Combine(corpus, plan), Encoding.UTF8);
        var damaged = damage == "utf8-as-gbk"
            ? Encoding.GetEncoding("GBK").GetString(Encoding.UTF8.GetBytes(clean))
            : string.Join('\n', clean.Split('\n').Select((l, i) => i % 7 == 3 ? Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(l)) : l));

        var repaired = TextRepairer.Default.Repair(damaged);
        Assert.NotEmpty(repaired.Report.Repairs);

        var (text, origin) = RepairOffsetMap.Replay(damaged, repaired.Report.Repairs);

        Assert.Equal(repaired.Text, text);
        Assert.Equal(text.Length + 1, origin.Length);
        Assert.Equal(damaged.Length, origin[^1]);
    }

    [Fact]
    public void Replay_WithoutRepairs_IsTheText()
    {
        var (text, origin) = RepairOffsetMap.Replay("客户满意度≥90分", []);
        Assert.Equal("客户满意度≥90分", text);
        Assert.Equal(Enumerable.Range(0, 10), origin);
    }
}
