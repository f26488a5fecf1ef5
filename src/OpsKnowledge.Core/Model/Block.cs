using System.Text.Json.Serialization;

namespace OpsKnowledge.Core.Model;

/// <summary>A paragraph or a table, with its place in the repaired text and the section that holds it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(Table), "table")]
public abstract record Block
{
    public required TextSpan Span { get; init; }

    /// <summary>Index into <see cref="Document.Sections"/>, or null before the first heading.</summary>
    public int? SectionIndex { get; init; }

    public int? Page { get; init; }
}

/// <summary>A run of prose; list items are paragraphs too, marked as such.</summary>
public sealed record Paragraph : Block
{
    public required string Text { get; init; }

    public bool IsListItem { get; init; }
}
