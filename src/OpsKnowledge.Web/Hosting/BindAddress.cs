using System.Net;

namespace OpsKnowledge.Web.Hosting;

/// <summary>Tells loopback URLs from those that expose the server to the network.</summary>
public static class BindAddress
{
    /// <summary>The URLs of a ';'-separated list whose host is not a loopback name or address (wildcards "*", "+", "0.0.0.0" and "[::]" count as exposed).</summary>
    public static IReadOnlyList<string> NonLoopback(string urls)
    {
        var exposed = new List<string>();
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url)) exposed.Add(url);
        }
        return exposed;
    }

    public static bool IsLoopback(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd < 0 ? url : url[(schemeEnd + 3)..];
        var slash = rest.IndexOf('/');
        if (slash >= 0) rest = rest[..slash];
        string host;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            host = close < 0 ? rest : rest[1..close];
        }
        else
        {
            var colon = rest.LastIndexOf(':');
            host = colon < 0 ? rest : rest[..colon];
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
