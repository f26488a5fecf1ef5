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
    public void ABlockTheDocumentTextLacks_IsSkipped_AndTheGuessStillLandsOnItsCharacter()
    {
        // The first paragraph (longer than the short resync window) never reached the document text.
        var dropped = string.Concat(Enumerable.Repeat("这一段是网站的导航说明，没有进入正文。", 12));
        var original = dropped + "\n一、服务目标\n到2027年，客户投诉率\uFFFD2%，客户满意度不低于90分。";
        var at = original.IndexOf('\uFFFD');
        var document = new Core.Model.Document
        {
            Id = "plan.txt",
            SourcePath = "/plans/plan.txt",
            Format = "txt",
            OriginalText = original,
            Text = "一、服务目标\n到2027年，客户投诉率≥2%，客户满意度不低于90分。\n",
            Repair = new Core.Model.RepairReport { Repairs = [new Core.Model.TextRepair("lost-byte", at, at + 1, "\uFFFD", "≥", 0.45) { Alternatives = ["≤"] }] },
            Sections = [],
            Blocks = [],
        };

        var span = RepairOffsetMap.For(document).ToDocument(at, at + 1, 1);

        Assert.NotNull(span);
        Assert.Equal("≥", document.Text[span.Value.Start..span.Value.End]);
    }

    [Fact]
    public void Replay_WithoutRepairs_IsTheText()
    {
        var (text, origin) = RepairOffsetMap.Replay("客户满意度≥90分", []);
        Assert.Equal("客户满意度≥90分", text);
        Assert.Equal(Enumerable.Range(0, 10), origin);
    }
}
