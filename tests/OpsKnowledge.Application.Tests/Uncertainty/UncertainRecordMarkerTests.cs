using System.Text;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Tests.Uncertainty;

/// <summary>Records whose value or operator rests on a guessed repair are marked uncertain, on every format path.</summary>
public sealed class UncertainRecordMarkerTests
{
    private static readonly OpsPipeline Guessing = DefaultPipeline.Create(new GuessingRepairer());

    // A lost byte before 2% (the guess fills ≥), furniture deleted before it so repair offsets and text offsets differ,
    // a table whose 2026 cell lost its operator too; the satisfaction target and the 2027 cell are clean.
    private const string PlainText = """
        城市公交运营方案【删】【删】

        一、服务质量目标【删】

        到2027年底，乘客投诉率�2%，乘客满意度不低于90分。【删】

        二、年度指标

        | 指标 | 2026年 | 2027年 |
        |---|---|---|
        | 车辆准点率【删】 | �95% | 96% |
        """;

    private const string Markdown = """
        # 城市公交运营方案【删】【删】

        ## 一、服务质量目标【删】

        到2027年底，乘客投诉率�2%，乘客满意度不低于**90分**。【删】

        ## 二、年度指标

        | 指标 | 2026年 | 2027年 |
        |---|---|---|
        | 车辆准点率【删】 | �95% | 96% |
        """;

    private const string Html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>城市公交运营方案</title></head><body>
        <h1>城市公交运营方案【删】【删】</h1>
        <h2>一、服务质量目标【删】</h2>
        <p>到2027年底，乘客投诉率�2%，乘客满意度不低于90分。【删】</p>
        <h2>二、年度指标</h2>
        <table><tr><th>指标</th><th>2026年</th><th>2027年</th></tr>
        <tr><td>车辆准点率【删】</td><td>�95%</td><td>96%</td></tr></table>
        </body></html>
        """;

    public static TheoryData<string, string> Plans => new()
    {
        { "bus-plan.txt", PlainText },
        { "bus-plan.md", Markdown },
        { "bus-plan.html", Html },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void GuessedRepair_IsPlacedOnTheCharacterItFilled_InTheDocumentText(string file, string content)
    {
        var processed = Guessing.Process(new SourceFile("/plans/" + file, Encoding.UTF8.GetBytes(content)));
        var document = processed.Document ?? throw new InvalidOperationException(processed.Error);

        var doubtful = UncertainRecordMarker.Default.DoubtfulSpans(document);

        Assert.Equal(2, doubtful.Count);
        Assert.All(doubtful, d => Assert.Equal("≥", document.Text[d.Span.Start..d.Span.End]));
        Assert.Contains("乘客投诉率≥2%", document.Text[(doubtful[0].Span.Start - 5)..(doubtful[0].Span.End + 2)]);
        Assert.Equal("≥95%", document.Text[doubtful[1].Span.Start..(doubtful[1].Span.End + 3)]);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void RecordsOnAGuessedOperator_AreUncertain_TheOthersAreNot(string file, string content)
    {
        var processed = Guessing.Process(new SourceFile("/plans/" + file, Encoding.UTF8.GetBytes(content)));
        Assert.Null(processed.Error);

        var complaints = Assert.Single(processed.Records, r => r.Name.Contains("投诉率", StringComparison.Ordinal));
        Assert.True(complaints.Uncertain);
        Assert.Equal("repair guessed '≥' (alternatives: ≤)", complaints.UncertainBecause);
        Assert.True(complaints.Confidence < 0.6);

        var onTime = processed.Records.Where(r => r.Name.Contains("准点率", StringComparison.Ordinal)).ToList();
        Assert.True(onTime.Single(r => r.Measure?.Number == 95).Uncertain);
        Assert.False(onTime.Single(r => r.Measure?.Number == 96).Uncertain);

        var satisfaction = Assert.Single(processed.Records, r => r.Name.Contains("满意度", StringComparison.Ordinal));
        Assert.False(satisfaction.Uncertain);
        Assert.Null(satisfaction.UncertainBecause);
    }

    [Fact]
    public void GbkStream_ThatLostAByteInsideTheCeiling_GivesAnUncertainRecord()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string plan = "二、服务质量目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤3% | ≤2% |\n| 客户满意度 | ≥88分 | ≥90分 |\n";
        var bytes = Encoding.GetEncoding("GBK").GetBytes(plan).ToList();
        var ceiling = Encoding.GetEncoding("GBK").GetBytes("≤");
        var last = Enumerable.Range(0, bytes.Count - 1).Last(i => bytes[i] == ceiling[0] && bytes[i + 1] == ceiling[1]);
        bytes.RemoveAt(last + 1);

        var processed = DefaultPipeline.Instance.Process(new SourceFile("/plans/complaints.txt", bytes.ToArray()));

        var complaints = processed.Records.Where(r => r.Name == "客户投诉率").ToList();
        Assert.Equal(2, complaints.Count);
        var lost = Assert.Single(complaints, r => r.Period == "2027年");
        Assert.True(lost.Uncertain);
        Assert.Equal("unrecovered bytes in the evidence", lost.UncertainBecause);
        Assert.True(lost.Confidence < 0.6);
        Assert.False(complaints.Single(r => r.Period == "2026年").Uncertain);
        Assert.DoesNotContain(processed.Records, r => r.Name == "客户满意度" && r.Uncertain);
    }

    [Fact]
    public void CleanDocument_YieldsNoUncertainRecord()
    {
        var clean = PlainText.Replace(GuessingRepairer.Deleted, "", StringComparison.Ordinal).Replace('\uFFFD', '≤');
        var processed = DefaultPipeline.Instance.Process(new SourceFile("/plans/bus-plan.txt", Encoding.UTF8.GetBytes(clean)));

        Assert.True(processed.Records.Count >= 3);
        Assert.DoesNotContain(processed.Records, r => r.Uncertain || r.UncertainBecause is not null);
        Assert.DoesNotContain("uncertain", string.Join('\n', processed.Records.Select(r => Core.Serialization.OpsJson.Serialize(r))), StringComparison.Ordinal);
    }

    [Fact]
    public void UncertainRecord_WritesItsFlagInJson_AndKeepsItThroughTheIndex()
    {
        var processed = Guessing.Process(new SourceFile("/plans/bus-plan.txt", Encoding.UTF8.GetBytes(PlainText)));
        var json = Core.Serialization.OpsJson.Serialize(processed.Records.First(r => r.Uncertain));
        Assert.Contains("\"uncertain\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"uncertainBecause\":\"repair guessed '≥' (alternatives: ≤)\"", json, StringComparison.Ordinal);

        var directory = Path.Combine(Path.GetTempPath(), "opsk-uncertain-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = KnowledgeIndex.Open(directory))
            {
                index.Upsert(processed.Document!, processed.Records);
                index.Commit();
            }
            using var reopened = KnowledgeIndex.Open(directory, readOnly: true);
            var stored = reopened.Records(new RecordFilter { Doc = "bus-plan.txt" });
            Assert.Equal(processed.Records.Count(r => r.Uncertain), stored.Count(r => r.Uncertain));
            Assert.Contains(stored, r => r.Uncertain && r.UncertainBecause == "repair guessed '≥' (alternatives: ≤)" && r.Confidence < 0.6);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void LowConfidenceOcrPage_MakesItsRecordsUncertain()
    {
        var processed = DefaultPipeline.Instance.Process(new SourceFile("/plans/bus-plan.txt", Encoding.UTF8.GetBytes("一、服务质量目标\n\n到2027年底，乘客满意度不低于90分。\n")));
        var document = processed.Document! with { ScannedPages = [new Core.Model.ScannedPage(1, 0.62)] };
        var onPage = processed.Records.Select(r => r with { Source = r.Source with { Page = 1 } }).ToList();

        Assert.NotEmpty(onPage);
        var marked = UncertainRecordMarker.Default.Mark(document, onPage);

        Assert.All(marked, r => Assert.Equal("OCR confidence 0.62", r.UncertainBecause));
        Assert.All(marked, r => Assert.True(r.Uncertain));
    }

    [Fact]
    public void RecordTheExtractorRatesBelowTheGuessThreshold_IsUncertain_TheOthersAreNot()
    {
        var processed = DefaultPipeline.Instance.Process(new SourceFile("/plans/bus-plan.txt", Encoding.UTF8.GetBytes("一、服务质量目标\n\n到2027年底，乘客满意度不低于90分，车辆准点率达到96%。\n")));
        Assert.True(processed.Records.Count >= 2);
        Assert.All(processed.Records, r => Assert.True(r.Confidence >= UncertainRecordMarker.ExtractionConfidenceBelow));
        var guessed = processed.Records[0] with { Confidence = 0.55 };
        var records = processed.Records.Skip(1).Prepend(guessed).ToList();

        var marked = UncertainRecordMarker.Default.Mark(processed.Document!, records);

        Assert.True(marked[0].Uncertain);
        Assert.Equal("extraction confidence 0.55: the name or value is a guess", marked[0].UncertainBecause);
        Assert.True(marked[0].Confidence <= UncertainRecordMarker.UncertainConfidence);
        Assert.All(marked.Skip(1), r => Assert.False(r.Uncertain));
    }
}
