namespace OpsKnowledge.Repair;

/// <summary>What earlier repairers learned about the whole document during one repair run (not shared between runs).</summary>
public sealed class RepairState
{
    /// <summary>Pinyin annotations of a document-sharing site were found and removed.</summary>
    public int AnnotationsRemoved { get; set; }

    /// <summary>Double-byte runs were realigned, so the page went through a lossy GBK round trip.</summary>
    public int RunsRealigned { get; set; }

    public int BoilerplateRemoved { get; set; }

    public bool Partial { get; set; }

    public int? PagesShown { get; set; }

    public int? PagesTotal { get; set; }

    /// <summary>True when the text shows the signature of a document-sharing site's rendering.</summary>
    public bool SiteRendered => AnnotationsRemoved >= 3 || RunsRealigned > 0;
}
