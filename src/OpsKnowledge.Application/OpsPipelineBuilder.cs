using OpsKnowledge.Application.Pipeline;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Extract;
using OpsKnowledge.Repair;
using OpsKnowledge.Structure;

namespace OpsKnowledge.Application;

/// <summary>Collects the stages (format parsers, repairer, structure, extractor, marker) and builds an immutable <see cref="OpsPipeline"/> from them.</summary>
public sealed class OpsPipelineBuilder
{
    private readonly List<IFormatParser> _parsers = [];
    private ITextRepairer? _repairer;
    private PlainTextStructurer? _plainText;
    private DocumentBuilder? _structure;
    private IRecordExtractor? _extractor;
    private UncertainRecordMarker? _marker;
    private IReadObserver? _observer;

    /// <summary>Adds a format parser; when two take one extension, the first added wins.</summary>
    public OpsPipelineBuilder AddParser(IFormatParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parsers.Add(parser);
        return this;
    }

    /// <summary>The decoding and repair stage (default: the full <see cref="TextRepairer"/>).</summary>
    public OpsPipelineBuilder UseRepairer(ITextRepairer repairer)
    {
        _repairer = repairer;
        return this;
    }

    /// <summary>The structure stage: plain lines to blocks, blocks to a document's text and outline (defaults: default options).</summary>
    public OpsPipelineBuilder UseStructure(DocumentBuilder structure, PlainTextStructurer? plainText = null)
    {
        _structure = structure;
        _plainText = plainText ?? _plainText;
        return this;
    }

    /// <summary>The record extractor (default: the shared <see cref="RecordExtractor.Default"/>).</summary>
    public OpsPipelineBuilder UseExtractor(IRecordExtractor extractor)
    {
        _extractor = extractor;
        return this;
    }

    public OpsPipelineBuilder UseMarker(UncertainRecordMarker marker)
    {
        _marker = marker;
        return this;
    }

    /// <summary>Told how long each file took to read; for benchmarks.</summary>
    public OpsPipelineBuilder ObserveReads(IReadObserver observer)
    {
        _observer = observer;
        return this;
    }

    public OpsPipeline Build() => new(
        _parsers.ToArray(),
        _repairer ?? new TextRepairer(),
        _plainText ?? new PlainTextStructurer(),
        _structure ?? new DocumentBuilder(),
        _extractor ?? RecordExtractor.Default,
        _marker ?? UncertainRecordMarker.Default,
        _observer);
}
