namespace OpsKnowledge.Planning.Bootstrap;

/// <summary>Writes a plan skeleton as a file of one format.</summary>
public interface ISkeletonWriter
{
    BootstrapFormat Format { get; }

    /// <summary>The file extension with its dot (".docx").</summary>
    string Extension { get; }

    /// <summary>The MIME type for downloads.</summary>
    string ContentType { get; }

    void Write(Stream output, PlanSkeleton skeleton);
}
