using System.Text;
using OpsKnowledge.Application;

namespace OpsKnowledge.Benchmarks.CorpusGeneration;

/// <summary>Clean generated plans held in memory for micro benchmarks and anchors (small: a few MB at most).</summary>
public static class SampleText
{
    /// <summary>Clean simplified plan text (plain-text rendering) of at least <paramref name="minBytes"/> UTF-8 bytes.</summary>
    public static string Plans(int minBytes, int seed = 11)
    {
        var assembler = new PlanAssembler(CorpusMaterial.Load(CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found")));
        var builder = new StringBuilder();
        var bytes = 0;
        for (var i = 0; bytes < minBytes; i++)
        {
            var text = PlanRenderer.Text(assembler.Assemble(new Random(seed * 1_000_003 + i), 3000), governmentStyle: i % 2 == 0);
            builder.Append(text).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(text) + 1;
        }
        return builder.ToString();
    }

    /// <summary>Whole generated plans as HTML files' bytes, about <paramref name="minBytes"/> in all.</summary>
    public static IReadOnlyList<byte[]> HtmlPlans(int minBytes, int seed = 13)
    {
        var assembler = new PlanAssembler(CorpusMaterial.Load(CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found")));
        var plans = new List<byte[]>();
        var bytes = 0;
        for (var i = 0; bytes < minBytes; i++)
        {
            var html = Encoding.UTF8.GetBytes(PlanRenderer.Html(assembler.Assemble(new Random(seed * 1_000_003 + i), 3000), "utf-8", withFurniture: false));
            plans.Add(html);
            bytes += html.Length;
        }
        return plans;
    }
}
