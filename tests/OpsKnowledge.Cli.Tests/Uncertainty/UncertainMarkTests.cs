using System.Text;

namespace OpsKnowledge.Cli.Tests.Uncertainty;

/// <summary>A value whose operator was lost with a byte is marked wherever the CLI shows it, and stays out of the spread.</summary>
public sealed class UncertainMarkTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opsk-uncertain-cli-" + Guid.NewGuid().ToString("N"));

    public UncertainMarkTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(Path.Combine(_folder, "plans"));
        // Saved as GBK; the trail byte of the 2027 ceiling (≤2%) was lost, so the cell reads "�2%".
        const string damaged = "二、服务质量目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤3% | ≤2% |\n| 客户满意度 | ≥88分 | ≥90分 |\n";
        var bytes = Encoding.GetEncoding("GBK").GetBytes(damaged).ToList();
        var ceiling = Encoding.GetEncoding("GBK").GetBytes("≤");
        var last = Enumerable.Range(0, bytes.Count - 1).Last(i => bytes[i] == ceiling[0] && bytes[i + 1] == ceiling[1]);
        bytes.RemoveAt(last + 1);
        File.WriteAllBytes(DamagedPlan, bytes.ToArray());
        File.WriteAllText(Path.Combine(_folder, "plans", "hotline-plan.txt"), "一、服务目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤2% | ≤1.5% |\n| 客户满意度 | ≥90分 | ≥92分 |\n");
        File.WriteAllText(Path.Combine(_folder, "plans", "counter-plan.txt"), "一、服务目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤2.8% | ≤2.5% |\n| 客户满意度 | ≥89分 | ≥91分 |\n");
    }

    private string DamagedPlan => Path.Combine(_folder, "plans", "complaints-plan.txt");

    private string Index => Path.Combine(_folder, "index");

    [Fact]
    public void Extract_MarksTheRecordOnTheLostByte_InJsonAndInTheTable()
    {
        var json = OpskProcess.Run("extract", DamagedPlan, "--json");
        Assert.Equal(0, json.ExitCode);
        var lost = Assert.Single(json.Lines, l => l.Contains("\"uncertain\":true", StringComparison.Ordinal));
        Assert.Contains("\"period\":\"2027年\"", lost, StringComparison.Ordinal);
        Assert.Contains("\"uncertainBecause\":\"unrecovered bytes in the evidence\"", lost, StringComparison.Ordinal);

        var table = OpskProcess.Run("extract", DamagedPlan);
        Assert.Contains("�2% (?)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("(?) uncertain: complaints-plan.txt#target-2 客户投诉率: unrecovered bytes in the evidence", table.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("≤3% (?)", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanPlan_HasNoMark()
    {
        var json = OpskProcess.Run("extract", Path.Combine(_folder, "plans", "hotline-plan.txt"), "--json");
        Assert.Equal(0, json.ExitCode);
        Assert.NotEmpty(json.Lines);
        Assert.DoesNotContain("uncertain", json.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(?)", OpskProcess.Run("extract", Path.Combine(_folder, "plans", "hotline-plan.txt")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexedRecords_Compare_AndRepairs_CarryTheMark()
    {
        Assert.Equal(0, OpskProcess.Run("ingest", Path.Combine(_folder, "plans"), "--index", Index).ExitCode);

        var records = OpskProcess.Run("records", "--name", "客户投诉率", "--json", "--index", Index);
        Assert.Single(records.Lines, l => l.Contains("\"uncertain\":true", StringComparison.Ordinal));
        Assert.Contains("�2% (?)", OpskProcess.Run("records", "--name", "客户投诉率", "--index", Index).Stdout, StringComparison.Ordinal);

        var compare = OpskProcess.Run("compare", "客户投诉率", "--index", Index);
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("(?)", compare.Stdout, StringComparison.Ordinal);
        Assert.Contains("(?) uncertain, not in the spread: complaints-plan.txt 2027年 �2%: unrecovered bytes in the evidence", compare.Stdout, StringComparison.Ordinal);
        // 3, 2, 1.5, 2.8 and 2.5 are compared; the 2 whose ceiling was lost is not.
        Assert.Contains("spread (5 comparable values", compare.Stdout, StringComparison.Ordinal);

        var csv = OpskProcess.Run("compare", "客户投诉率", "--csv", "--index", Index);
        var header = csv.Lines[0].TrimStart('\uFEFF').Split(',');
        var doubt = Array.IndexOf(header, "存疑");
        Assert.True(doubt > 0);
        var rows = csv.Lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal("存疑：unrecovered bytes in the evidence", Assert.Single(rows, r => r[doubt].Length > 0)[doubt]);

        var json = OpskProcess.Run("compare", "客户投诉率", "--json", "--index", Index);
        var uncertainRow = Assert.Single(json.Lines, l => l.Contains("\"uncertain\":true", StringComparison.Ordinal));
        Assert.DoesNotContain("\"comparable\":true", uncertainRow, StringComparison.Ordinal);

        var repairs = OpskProcess.Run("show", "complaints-plan.txt", "--repairs", "--index", Index);
        Assert.Contains("records resting on it: complaints-plan.txt#target-2", repairs.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
