using System.IO.Compression;
using System.Text;

namespace OpsKnowledge.Ingest.Tests.Pdf;

/// <summary>Small hostile PDFs written at test time: content streams that inflate far past their size.</summary>
/// <remarks>Also compiled into the CLI's bad-input suite, so both suites use the same files.</remarks>
public static class HostilePdfs
{
    /// <summary>A one-page PDF whose content stream is <paramref name="megabytes"/> MB of text operators deflated <paramref name="layers"/> times (<c>/Filter [/FlateDecode …]</c>).</summary>
    public static byte[] InflatingContent(int megabytes, int layers)
    {
        var page = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Deflated) Tj ET\n");
        using var plain = new MemoryStream();
        using (var deflate = new ZLibStream(plain, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(page);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++) deflate.Write(spaces);
        }
        var data = plain.ToArray();
        for (var layer = 1; layer < layers; layer++) data = Deflate(data);
        var filters = string.Join(' ', Enumerable.Repeat("/FlateDecode", layers));
        return Pdf(data, $"/Filter [{filters}]");
    }

    /// <summary>A one-page PDF whose small content stream is plain text: the shape the bombs share, read without trouble.</summary>
    public static byte[] PlainContent() => Pdf(Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Plain) Tj ET\n"), "");

    private static byte[] Deflate(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) deflate.Write(bytes);
        return buffer.ToArray();
    }

    private static byte[] Pdf(byte[] content, string filter)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Text($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Text("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(pdf.Position);
        Text($"4 0 obj\n<< /Length {content.Length} {filter} >>\nstream\n");
        pdf.Write(content);
        Text("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = pdf.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Text($"{offset:D10} 00000 n \n");
        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
