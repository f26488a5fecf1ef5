namespace OpsKnowledge.Ingest.Ooxml;

/// <summary>What a failure says about one Office Open XML format: its name, the legacy format sharing the OLE container, the program that writes it.</summary>
public sealed record OoxmlFormat
{
    public static readonly OoxmlFormat Docx = new() { Name = "DOCX", LegacyExtension = ".doc", Writer = "Word" };
    public static readonly OoxmlFormat Xlsx = new() { Name = "XLSX", LegacyExtension = ".xls", Writer = "Excel" };
    public static readonly OoxmlFormat Pptx = new() { Name = "PPTX", LegacyExtension = ".ppt", Writer = "PowerPoint" };

    /// <summary>"DOCX", "XLSX", "PPTX".</summary>
    public required string Name { get; init; }

    /// <summary>The old binary format that is also an OLE compound file (".doc").</summary>
    public required string LegacyExtension { get; init; }

    /// <summary>The program that writes the format ("Word").</summary>
    public required string Writer { get; init; }

    /// <summary>The reason for bytes that are not a zip package.</summary>
    public string NotAZip => $"not a valid {Name} (zip) file";
}
