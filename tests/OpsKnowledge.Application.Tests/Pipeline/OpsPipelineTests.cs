using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Application.Tests.Pipeline;

public sealed class OpsPipelineTests
{
    private sealed class ThrowingExtractor : IRecordExtractor
    {
        public IReadOnlyList<OpsKnowledge.Core.Records.Record> Extract(Document document) => throw new ArgumentOutOfRangeException("startIndex");
    }

    [Fact]
    public void ExtractorFailure_KeepsTheDocument_WithAWarning()
    {
        var pipeline = DefaultPipeline.CreateBuilder(DefaultPipeline.Instance.Repairer).UseExtractor(new ThrowingExtractor()).Build();

        var processed = pipeline.Process(new SourceFile("/plans/plan.md", Encoding.UTF8.GetBytes("# 1. 总体目标\n\n客户满意度由80%提高到90%。\n")));

        Assert.NotNull(processed.Document);
        Assert.Empty(processed.Records);
        Assert.Contains("record extraction failed", processed.Warning);
    }

    [Fact]
    public void UnsupportedExtension_IsAFailureNamingTheSupportedOnes()
    {
        var processed = DefaultPipeline.Instance.Process(new SourceFile("/plans/plan.xyz", [1, 2, 3]));
        Assert.Null(processed.Document);
        Assert.Contains("unsupported file type '.xyz'", processed.Error);
        Assert.Contains("docx", processed.Error);
    }
}
