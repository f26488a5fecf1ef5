using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Serialization;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Stores a <see cref="Document"/> as OpsJson bytes, gzip-compressed when large; the first byte says which.</summary>
internal static class StoredDocumentCodec
{
    private const byte Plain = 0;
    private const byte Gzip = 1;
    private const int CompressAbove = 2048;

    // OpsJson, minus computed get-only properties (Document.Tables/Paragraphs, Section.PathText, TextSpan.Length ...):
    // they repeat data already stored and would roughly double a document's size.
    private static readonly JsonSerializerOptions s_options = CreateOptions();

    public static byte[] Encode(Document document)
    {
        // Small documents are stored plain; larger ones are serialized straight into the compressor, never as one JSON buffer:
        // a table of 2.3 million cells is about 200 MB of JSON, which the buffer's doublings made 600 MB at the peak.
        if (document.Text.Length <= CompressAbove / 4 && document.Blocks.Count <= 16)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(document, s_options);
            if (json.Length <= CompressAbove) return [Plain, .. json];
        }

        using var buffer = new MemoryStream();
        buffer.WriteByte(Gzip);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) JsonSerializer.Serialize(gzip, document, s_options);
        return buffer.ToArray();
    }

    public static Document? Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return null;
        if (data[0] == Plain) return JsonSerializer.Deserialize<Document>(data[1..], s_options);

        using var input = new MemoryStream(data[1..].ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<Document>(gzip, s_options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OpsJson.Options)
        {
            TypeInfoResolver = (OpsJson.Options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(static info =>
            {
                if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("OpsKnowledge.Core", StringComparison.Ordinal) != true) return;
                for (var i = info.Properties.Count - 1; i >= 0; i--)
                {
                    if (info.Properties[i].Set is null) info.Properties.RemoveAt(i);
                }
            }),
        };
        options.MakeReadOnly();
        return options;
    }
}
