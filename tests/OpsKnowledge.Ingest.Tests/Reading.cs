using OpsKnowledge.TestKit.Repairing;
using OpsKnowledge.Application;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Ingest.Tests.Html;

namespace OpsKnowledge.Ingest.Tests;

/// <summary>A pipeline of one parser, so a test reads a file into a Document the way ingestion does.</summary>
internal static class Reading
{
    public static OpsPipeline With(IFormatParser parser, ITextRepairer? repairer = null) =>
        new OpsPipelineBuilder().UseRepairer(repairer ?? new PassThroughRepairer()).AddParser(parser).Build();
}
