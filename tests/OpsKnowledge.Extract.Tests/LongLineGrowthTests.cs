using System.Text;
using OpsKnowledge.Extract.Prose;
using OpsKnowledge.TestKit.Documents;
using Xunit;

namespace OpsKnowledge.Extract.Tests;

/// <summary>Extraction does work in proportion to its input when a page has no full stop at all (a scraped page on one line): counted, not timed.</summary>
public sealed class LongLineGrowthTests
{
    private const string Clause = "本方案第一阶段目标为客户满意度不低于90%，运营效率提升15%，";

    [Fact]
    public void OneLineOfGrowingLength_GivesRecordsAndEvidenceLinearInItsLength()
    {
        var recordsPerChar = new List<double>();
        var evidencePerChar = new List<double>();
        foreach (var repeats in new[] { 250, 500, 1_000, 2_000 })
        {
            var line = new StringBuilder(Clause.Length * repeats);
            for (var i = 0; i < repeats; i++) line.Append(Clause);
            var document = new TestDocumentBuilder("one-line.txt").Paragraph(line.ToString()).Build();

            var records = RecordExtractor.Default.Extract(document);

            Assert.NotEmpty(records);
            Assert.All(records, r => Assert.InRange(r.Evidence.Length, 1, SentenceSplitter.MaxSentenceLength));
            Assert.All(records, r => Assert.Contains(r.Evidence, document.Text, StringComparison.Ordinal));
            recordsPerChar.Add(records.Count / (double)line.Length);
            evidencePerChar.Add(records.Sum(r => (long)r.Evidence.Length) / (double)line.Length);
        }
        // Every record carried the whole line as its evidence: evidence per input character grew with the line (8 times from 250 to 2,000 clauses).
        Assert.InRange(recordsPerChar[^1] / recordsPerChar[0], 0.67, 1.5);
        Assert.InRange(evidencePerChar[^1] / evidencePerChar[0], 0.0, 1.5);
    }

    [Fact]
    public void LongRun_IsCutAtAClauseMark_AndKeepsItsOffsets()
    {
        var line = string.Concat(Enumerable.Repeat(Clause, 40));
        var document = new TestDocumentBuilder("one-line.txt").Paragraph(line).Build();
        var paragraph = document.Paragraphs.Single();

        var sentences = SentenceSplitter.Split(document, paragraph, null, null);

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.InRange(s.Text.Length, 2, SentenceSplitter.MaxSentenceLength));
        Assert.All(sentences.SkipLast(1), s => Assert.EndsWith("，", s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, document.Text.Substring(s.Start, s.Text.Length)));
    }
}
