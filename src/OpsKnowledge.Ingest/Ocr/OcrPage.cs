using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Ocr;

/// <summary>One scanned page read by OCR: its blocks, Tesseract's mean word confidence (0–1), or the reason it could not be read.</summary>
public sealed record OcrPage(int Page, IReadOnlyList<SourceBlock> Blocks, double Confidence, string? Failure = null, bool FromCache = false);
