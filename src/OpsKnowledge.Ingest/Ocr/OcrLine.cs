namespace OpsKnowledge.Ingest.Ocr;

/// <summary>A text line Tesseract found, with its box in image pixels and its words' mean confidence (0–100).</summary>
public sealed record OcrLine(string Text, int Left, int Top, int Right, int Bottom, double Confidence, int Block)
{
    public int Height => Bottom - Top;
}
