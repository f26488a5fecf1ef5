using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Web.Knowledge;

/// <summary>One page of a document: a run of its blocks that fits the page limits, so a 100,000-paragraph file is read a page at a time.</summary>
internal sealed record DocumentWindow
{
    /// <summary>1-based page number.</summary>
    public required int Page { get; init; }

    public required int Pages { get; init; }

    /// <summary>The page's blocks, in document order; a paragraph or table too large for one page arrives cut to the page's budget.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Where the page starts and ends in the repaired text (headings and preamble between blocks included).</summary>
    public required int TextStart { get; init; }

    public required int TextEnd { get; init; }

    /// <summary>The index of each page's first block.</summary>
    public required IReadOnlyList<int> PageStarts { get; init; }

    /// <summary>True when a block of this page was cut to fit.</summary>
    public bool Cut { get; init; }

    /// <summary>The page <paramref name="page"/> of <paramref name="document"/>, clamped to the last page.</summary>
    public static DocumentWindow Of(Document document, int page, int blocksPerPage, int charactersPerPage, CancellationToken cancellationToken)
    {
        // First block of each page, found in one pass: a page ends at whichever of the two budgets runs out first.
        var starts = new List<int> { 0 };
        var used = 0;
        var inPage = 0;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var weight = Weight(document.Blocks[i], charactersPerPage);
            if (inPage > 0 && (inPage >= blocksPerPage || used + weight > charactersPerPage))
            {
                starts.Add(i);
                used = 0;
                inPage = 0;
            }
            used += weight;
            inPage++;
        }
        var pages = starts.Count;
        page = Math.Clamp(page, 1, pages);
        var from = starts[page - 1];
        var to = page < pages ? starts[page] : document.Blocks.Count;
        var blocks = new List<Block>(to - from);
        var cut = false;
        for (var i = from; i < to; i++)
        {
            var block = Fit(document.Blocks[i], charactersPerPage, out var wasCut);
            cut |= wasCut;
            blocks.Add(block);
        }
        var textStart = page == 1 || from >= document.Blocks.Count ? 0 : Math.Clamp(document.Blocks[from].Span.Start, 0, document.Text.Length);
        var textEnd = page == pages || to >= document.Blocks.Count ? document.Text.Length : Math.Clamp(document.Blocks[to].Span.Start, textStart, document.Text.Length);
        if (textEnd - textStart > charactersPerPage)
        {
            textEnd = textStart + charactersPerPage;
            cut = true;
        }
        return new DocumentWindow { PageStarts = starts, Page = page, Pages = pages, Blocks = blocks, TextStart = textStart, TextEnd = textEnd, Cut = cut };
    }

    /// <summary>The page each section's heading is on: the page of its first block, else that of the next section that has one.</summary>
    public int[] SectionPages(Document document)
    {
        var pages = new int[document.Sections.Count];
        var page = 1;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            while (page < PageStarts.Count && PageStarts[page] <= i) page++;
            if (document.Blocks[i].SectionIndex is { } s && s >= 0 && s < pages.Length && pages[s] == 0) pages[s] = page;
        }
        var next = Pages;
        for (var s = pages.Length - 1; s >= 0; s--)
        {
            if (pages[s] == 0) pages[s] = next;
            else next = pages[s];
        }
        return pages;
    }

    private static int Weight(Block block, int budget)
    {
        switch (block)
        {
            case Paragraph paragraph:
                return Math.Min(paragraph.Text.Length + 8, budget);
            case Table table:
                long weight = 16;
                foreach (var row in table.Rows)
                {
                    foreach (var cell in row) weight += cell.Text.Length + 32;
                    if (weight >= budget) return budget;
                }
                return (int)weight;
            default:
                return 8;
        }
    }

    /// <summary>The block as it fits on one page: text cut at the budget, a table's rows up to the budget.</summary>
    private static Block Fit(Block block, int budget, out bool cut)
    {
        cut = false;
        switch (block)
        {
            case Paragraph paragraph when paragraph.Text.Length > budget:
                cut = true;
                return paragraph with { Text = paragraph.Text[..budget] + "…" };
            case Table table:
                long weight = 16;
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    foreach (var cell in table.Rows[r]) weight += cell.Text.Length + 32;
                    if (weight > budget && r > 0)
                    {
                        cut = true;
                        return table with { Rows = table.Rows.Take(r).ToList(), Caption = $"{table.Caption}（共 {table.Rows.Count} 行，只显示前 {r} 行）".TrimStart() };
                    }
                }
                return table;
            default:
                return block;
        }
    }
}
