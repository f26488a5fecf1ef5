using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Search;

namespace OpsKnowledge.Application.Tests.Properties;

/// <summary>
/// Properties that must hold for any input: the pipeline never throws, spans stay inside the text, and records point at real evidence.
/// The test suite runs a modest number of cases; tests/fuzz/run-fuzz.sh runs the same properties for a fixed time.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("OPSK_FUZZ_CASES"), out var n) ? n : 150;

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    public void AnyText_IsReadWithoutException_AndEverySpanIsInsideTheText(string extension)
    {
        Prop.ForAll(Arb.From(MessyTextGenerator.Text), text =>
        {
            foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), GbkOrUtf8(text) })
            {
                var processed = DefaultPipeline.Instance.Process(new SourceFile($"/fuzz/case.{extension}", bytes));
                if (processed.Document is not { } document) return !string.IsNullOrWhiteSpace(processed.Error);
                if (!SpansAreInside(document)) return false;
                foreach (var record in processed.Records)
                {
                    if (record.Source.Start < 0 || record.Source.End > document.Text.Length || record.Source.Start > record.Source.End) return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    [Fact]
    public void AnyQuery_IsAnsweredWithoutException()
    {
        var directory = Path.Combine(Path.GetTempPath(), "opsk-fuzz-query-" + Guid.NewGuid().ToString("N"));
        using var index = KnowledgeIndex.Open(directory);
        var processed = DefaultPipeline.Instance.Process(new SourceFile("/fuzz/plan.md", Encoding.UTF8.GetBytes("# 1. 总体目标\n\n客户满意度由86%提高到92%。\n\n| 指标 | 目标值 |\n|---|---|\n| 运营效率 | ≥95% |\n")));
        index.Upsert(processed.Document!, processed.Records);
        index.Commit();
        try
        {
            Prop.ForAll(Arb.From(MessyTextGenerator.Text), query =>
            {
                var results = index.Search(new SearchRequest { Query = query, Top = 5 });
                return results.Hits.All(h => h.Highlights.All(s => s.Start >= 0 && s.End <= h.Snippet.Length));
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
        }
        finally
        {
            index.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] GbkOrUtf8(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    private static bool SpansAreInside(Document document)
    {
        var length = document.Text.Length;
        bool Inside(TextSpan span) => span.Start >= 0 && span.End <= length && span.Start <= span.End;
        return document.Sections.All(s => Inside(s.Span) && Inside(s.HeadingSpan))
            && document.Blocks.All(b => Inside(b.Span) && (b is not Table t || t.Rows.All(r => r.All(c => Inside(c.Span)))));
    }
}
