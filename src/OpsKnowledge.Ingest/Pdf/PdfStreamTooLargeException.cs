namespace OpsKnowledge.Ingest.Pdf;

/// <summary>Thrown by a bounded filter when a PDF stream decodes past its limit; its message is the file's one-line failure reason.</summary>
public sealed class PdfStreamTooLargeException(string message) : Exception(message);
