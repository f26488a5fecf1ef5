using System.Net;

namespace OpsKnowledge.Web.Hosting;

/// <summary>Which Host headers the server answers: loopback names, IP literals, and the names the user configured.</summary>
/// <remarks>DNS rebinding points an attacker's name at 127.0.0.1, so the browser sends that name as Host; refusing unknown
/// names keeps such a page from reading the API. An IP literal cannot be rebound: a page at that address is our own origin.</remarks>
public sealed class HostAllowList
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };

    public HostAllowList(IEnumerable<string> configured)
    {
        foreach (var name in configured)
        {
            var trimmed = name.Trim().TrimEnd('.');
            if (trimmed.Length > 0) _names.Add(trimmed);
        }
    }

    /// <summary>True when <paramref name="host"/> (the Host header's name, without port) may be answered.</summary>
    public bool Allows(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        var name = host.TrimEnd('.');
        if (name.StartsWith('[') && name.EndsWith(']')) name = name[1..^1];
        if (IPAddress.TryParse(name, out _)) return true;
        return _names.Contains(name);
    }
}
