using System.Text;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Application.Tests.EndToEnd;

/// <summary>A damaged copy of a plan, once repaired, gives the same records as the clean plan.</summary>
public sealed class DamagedCopyRecordsTests
{
    static DamagedCopyRecordsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Plans => ["cold-chain-operations-plan.md", "port-container-terminal-execution-plan.txt"];

    [Theory]
    [MemberData(nameof(Plans))]
    public void SavedAsGbk_WithSiteFurniture_AndAMojibakeParagraph_GivesTheCleanRecords(string plan)
    {
        var corpus = CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found");
        var clean = File.ReadAllText(Path.Combine(corpus, plan), Encoding.UTF8);
        var lines = clean.Split('\n').ToList();

        // One prose paragraph was decoded from UTF-8 as Windows-1252 before the file was saved.
        var prose = lines.FindIndex(l => !l.StartsWith('|') && !l.StartsWith('#') && (l.Contains("提高到") || l.Contains("缩短至")));
        Assert.True(prose >= 0, "the plan needs a prose paragraph with targets");
        var cleanRecords = DefaultPipeline.Instance.Process(new SourceFile("/clean/" + plan, Encoding.UTF8.GetBytes(clean))).Records;
        Assert.Contains(cleanRecords, r => lines[prose].Contains(r.Evidence.Trim(), StringComparison.Ordinal) || r.Evidence.Contains(lines[prose].Trim()[..10], StringComparison.Ordinal));
        lines[prose] = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(lines[prose]));
        // A document site's page titles and preview notice around the text.
        var title = Path.GetFileNameWithoutExtension(plan);
        lines.InsertRange(0, [$"{title}_第1页", $"{title}_第2页", $"{title}_第3页", "已阅读3页,还剩9页未读, 继续免费阅读", ""]);
        var damaged = Encoding.GetEncoding("GB18030").GetBytes(string.Join('\n', lines));

        var expected = cleanRecords.Select(Key).ToHashSet();
        var repaired = DefaultPipeline.Instance.Process(new SourceFile("/damaged/" + plan, damaged));

        Assert.NotNull(repaired.Document);
        Assert.True(repaired.Document!.Repair.Repairs.Count > 0, "the repair stage should have changed something");
        var actual = repaired.Records.Select(Key).ToHashSet();
        Assert.Equal(expected.Except(actual).ToList(), []);
        Assert.Equal(actual.Except(expected).ToList(), []);
    }

    private static string Key(OpsKnowledge.Core.Records.Record r) => $"{r.Kind}|{r.Name}|{r.Measure?.Number}|{r.Measure?.Unit}|{r.Period}|{r.Scope}";
}
