namespace OpsKnowledge.Benchmarks.Macro;

/// <summary>Resident memory of this process from /proc/self/status.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set size (VmHWM) in bytes, or 0 where /proc is missing.</summary>
    public static long PeakResidentBytes() => Field("VmHWM:");

    public static long ResidentBytes() => Field("VmRSS:");

    /// <summary>Resident anonymous memory (RssAnon: heap, stacks, buffers) in bytes: what the process allocated, without the file pages it maps (a memory-mapped index counts in VmRSS but is page cache the kernel can drop).</summary>
    public static long AnonymousResidentBytes() => Field("RssAnon:");

    private static long Field(string name)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return 0;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal)) continue;
            var parts = line[name.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }
}
