using System.Text;
using Microsoft.AspNetCore.Builder;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Search;
using OpsKnowledge.Web.Tests.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Browser;

/// <summary>A server over an index of three small plans of our own: one saved as GBK that lost the trail byte of its 2027 ceiling (≤2% reads "�2%"), two clean.</summary>
public sealed class UncertainPlansFixture : IAsyncLifetime
{
    public const string Damaged = "complaints-plan.txt";
    public const string Clean = "hotline-plan.txt";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-web-uncertain-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var plans = Path.Combine(_root, "plans");
        Directory.CreateDirectory(plans);
        const string damaged = "二、服务质量目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤3% | ≤2% |\n| 客户满意度 | ≥88分 | ≥90分 |\n";
        var bytes = Encoding.GetEncoding("GBK").GetBytes(damaged).ToList();
        var ceiling = Encoding.GetEncoding("GBK").GetBytes("≤");
        var last = Enumerable.Range(0, bytes.Count - 1).Last(i => bytes[i] == ceiling[0] && bytes[i + 1] == ceiling[1]);
        bytes.RemoveAt(last + 1);
        await File.WriteAllBytesAsync(Path.Combine(plans, Damaged), bytes.ToArray());
        await File.WriteAllTextAsync(Path.Combine(plans, Clean), "一、服务目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤2% | ≤1.5% |\n| 客户满意度 | ≥90分 | ≥92分 |\n");
        await File.WriteAllTextAsync(Path.Combine(plans, "counter-plan.txt"), "一、服务目标\n\n| 指标 | 2026年 | 2027年 |\n|---|---|---|\n| 客户投诉率 | ≤2.8% | ≤2.5% |\n| 客户满意度 | ≥89分 | ≥91分 |\n");
        var index = Path.Combine(_root, "index");
        using (var knowledge = KnowledgeIndex.Open(index))
        {
            await new IngestService(DefaultPipeline.Instance, knowledge).IngestAsync([plans]);
        }
        (_app, BaseAddress) = await WebServerFixture.StartAsync(index);
    }

    public Task DisposeAsync() => WebServerFixture.StopAsync(_app, _root);
}
