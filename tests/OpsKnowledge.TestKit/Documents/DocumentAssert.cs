using OpsKnowledge.Core.Model;
using Xunit;

namespace OpsKnowledge.TestKit.Documents;

/// <summary>Checks that every offset of a built document points at the text it claims.</summary>
public static class DocumentAssert
{
    public static void SpansSliceExactly(Document document)
    {
        foreach (var section in document.Sections)
        {
            var heading = document.Slice(section.HeadingSpan);
            Assert.EndsWith(section.Title, heading);
            if (section.Number is { } number) Assert.Contains(number, heading);
            Assert.True(section.Span.Start == section.HeadingSpan.Start && section.Span.End >= section.HeadingSpan.End, $"section span {section.Span} of {section.Heading}");
            if (section.ParentIndex is { } parent)
            {
                var outer = document.Sections[parent].Span;
                Assert.True(outer.Start <= section.Span.Start && section.Span.End <= outer.End, $"{section.Heading} lies inside its parent");
                Assert.Equal(document.Sections[parent].Level + 1, section.Level);
            }
        }
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    Assert.Equal(paragraph.Text, document.Slice(paragraph.Span));
                    break;
                case Table table:
                    foreach (var cell in table.Rows.SelectMany(row => row))
                    {
                        Assert.True(table.Span.Start <= cell.Span.Start && cell.Span.End <= table.Span.End);
                        Assert.Equal(cell.IsMergedContinuation ? "" : cell.Text, document.Slice(cell.Span));
                    }
                    break;
            }
            if (block.SectionIndex is { } index)
                Assert.True(document.Sections[index].Span.Contains(block.Span.Start), "a block lies in its section");
        }
    }

    /// <summary>The outline as indented "number title" lines, two spaces per level.</summary>
    public static string Outline(Document document) =>
        string.Join("\n", document.Sections.Select(s => new string(' ', 2 * (s.Level - 1)) + s.Heading));
}
