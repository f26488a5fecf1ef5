using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Builds documents from inline text or blocks for the tests.</summary>
internal static class Build
{
    private static readonly DocumentHeader Header = new() { Id = "t.txt", SourcePath = "t.txt", Format = "txt", OriginalText = "" };

    public static Document FromText(string text) =>
        new DocumentBuilder().Build(Header with { OriginalText = text }, new PlainTextStructurer().Split(text));

    public static Document FromBlocks(params SourceBlock[] blocks) => new DocumentBuilder().Build(Header, blocks);
}
