namespace OpsKnowledge.Application.Indexes;

/// <summary>Why an index cannot be used: each has a one-line message that says what to do.</summary>
public enum IndexFailure
{
    /// <summary>No index in the folder yet.</summary>
    Missing,

    /// <summary>Another process is writing the index.</summary>
    Locked,

    /// <summary>The index files are damaged (checksums, truncation, unknown formats).</summary>
    Corrupt,

    /// <summary>The folder cannot be written.</summary>
    Denied,
}
