using OpsKnowledge.Core.Model;
using OpsKnowledge.Web.Knowledge;

namespace OpsKnowledge.Web.Api;

/// <summary>What /api/docs/{id} returns: one page of a stored document, without where it lies on the server's disk.</summary>
internal sealed record DocumentView
{
    // A repair list without bounds is as large as the document; the first ones say what kind of damage it had.
    public const int MaxRepairs = 1_000;
    public const int MaxSections = 5_000;

    public required string Id { get; init; }

    public required string Format { get; init; }

    public string? Title { get; init; }

    public string? Encoding { get; init; }

    public int? PageCount { get; init; }

    public required string ContentHash { get; init; }

    /// <summary>1-based page of blocks, and how many there are (?page=N).</summary>
    public required int Page { get; init; }

    public required int Pages { get; init; }

    public required int BlocksTotal { get; init; }

    /// <summary>The repaired text of this page, from <see cref="TextStart"/> (an offset into the whole text, where spans point).</summary>
    public required string Text { get; init; }

    public required int TextStart { get; init; }

    public required int TextLength { get; init; }

    /// <summary>The text before repair, only when the whole of it fits one page.</summary>
    public string? OriginalText { get; init; }

    public required RepairReport Repair { get; init; }

    public required int RepairsTotal { get; init; }

    public required IReadOnlyList<Section> Sections { get; init; }

    public required int SectionsTotal { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>True when a block of this page was cut to fit the page limit.</summary>
    public bool Cut { get; init; }

    public static DocumentView Of(Document document, DocumentWindow window, int charactersPerPage) => new()
    {
        Id = document.Id,
        Format = document.Format,
        Title = document.Title,
        Encoding = document.Encoding,
        PageCount = document.PageCount,
        ContentHash = document.ContentHash,
        Page = window.Page,
        Pages = window.Pages,
        BlocksTotal = document.Blocks.Count,
        Text = document.Text[window.TextStart..window.TextEnd],
        TextStart = window.TextStart,
        TextLength = document.Text.Length,
        OriginalText = document.OriginalText.Length <= charactersPerPage ? document.OriginalText : null,
        Repair = document.Repair.Repairs.Count <= MaxRepairs && document.Repair.Unrecovered.Count <= MaxRepairs
            ? document.Repair
            : document.Repair with { Repairs = document.Repair.Repairs.Take(MaxRepairs).ToList(), Unrecovered = document.Repair.Unrecovered.Take(MaxRepairs).ToList() },
        RepairsTotal = document.Repair.Repairs.Count,
        Sections = document.Sections.Count <= MaxSections ? document.Sections : document.Sections.Take(MaxSections).ToList(),
        SectionsTotal = document.Sections.Count,
        Blocks = window.Blocks,
        Cut = window.Cut,
    };
}
