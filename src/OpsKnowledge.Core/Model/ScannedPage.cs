namespace OpsKnowledge.Core.Model;

/// <summary>A page whose text came from OCR, with the OCR's mean word confidence (0–1): what is read from it is a guess.</summary>
public sealed record ScannedPage(int Page, double Confidence);
