namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>The file formats a plan skeleton is written in.</summary>
public enum BootstrapFormat
{
    Markdown,
    Docx,
    Xlsx,
}
