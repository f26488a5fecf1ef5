using System.Reflection;
using System.Security.Cryptography;

namespace OpsKnowledge.Web.Hosting;

/// <summary>The stylesheet and script, read once from the assembly's resources and served by exact name only.</summary>
/// <remarks>A lookup in a fixed table cannot be talked into reading a file: "../" and its encodings simply find nothing.</remarks>
internal sealed class EmbeddedAssets
{
    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        foreach (var (name, contentType) in new[] { ("site.css", "text/css; charset=utf-8"), ("site.js", "text/javascript; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("assets/" + name)
                ?? throw new InvalidOperationException($"embedded asset {name} is missing from {assembly.GetName().Name}");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            _assets[name] = new Asset(bytes, contentType, "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");
        }
    }

    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    internal sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
