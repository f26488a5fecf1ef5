using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Builds documents from inline text or blocks for the tests.</summary>
internal static class Build
{
    /// <summary>A document known by its file and text only, before the builder fills in its structure.</summary>
    public static Document Unstructured(string name, string format, string originalText) => new()
    {
        Id = name,
        SourcePath = name,
        Format = format,
        OriginalText = originalText,
        Text = "",
        Repair = RepairReport.None,
        Sections = [],
        Blocks = [],
    };

    public static Document FromText(string text) =>
        new DocumentBuilder().Build(Unstructured("t.txt", "txt", text), new PlainTextStructurer().Split(text));

    public static Document FromBlocks(params SourceBlock[] blocks) => new DocumentBuilder().Build(Unstructured("t.txt", "txt", ""), blocks);
}
