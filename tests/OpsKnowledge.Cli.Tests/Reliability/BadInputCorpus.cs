using System.Text;
using OpsKnowledge.Ingest.Tests.Ooxml;
using OpsKnowledge.Ingest.Tests.Pdf;

namespace OpsKnowledge.Cli.Tests.Reliability;

/// <summary>
/// Writes the bad-input corpus: every kind of file a consultant's folder may hold that a reader must survive.
/// Generated at test time, so no large binaries are committed.
/// </summary>
public static class BadInputCorpus
{
    /// <summary>The files written, by name, with what the ingest must do with each: true = indexed, false = a failure with a reason, null = either, as long as the run survives.</summary>
    public static IReadOnlyDictionary<string, bool?> Write(string folder, string corpus, long hugeFileBytes)
    {
        Directory.CreateDirectory(folder);
        var expected = new Dictionary<string, bool?>();
        var random = new Random(20261123);

        void Bytes(string name, byte[] bytes, bool? indexed)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            expected[name] = indexed;
        }

        // Good documents sit among the bad ones: they must be indexed.
        foreach (var good in new[] { "cold-chain-operations-plan.md", "hospital-outpatient-service-plan.txt" })
        {
            Bytes("good-" + good, File.ReadAllBytes(Path.Combine(corpus, good)), indexed: true);
        }
        Bytes("english-only.txt", Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat("Quarterly review of the warehouse service levels and staffing.", 40))), indexed: true);
        var invalidUtf8 = Encoding.UTF8.GetBytes("一、工作目标\n全年客户满意度不低于90%。\n").Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x82 }).Concat(Encoding.UTF8.GetBytes("\n二、保障措施\n建立月度复盘机制。\n")).ToArray();
        Bytes("invalid-utf8.txt", invalidUtf8, indexed: true);

        Bytes("empty.txt", [], indexed: false);
        Bytes("random.pdf", RandomBytes(random, 64 * 1024), indexed: false);
        Bytes("random.docx", RandomBytes(random, 64 * 1024), indexed: false);
        Bytes("random.html", RandomBytes(random, 64 * 1024), indexed: false);
        Bytes("nul-bytes.txt", Enumerable.Range(0, 32 * 1024).Select(i => i % 3 == 0 ? (byte)0 : (byte)'a').ToArray(), indexed: false);
        Bytes("not-a-zip.docx", Encoding.UTF8.GetBytes("这不是一个 Word 文件，只是改了扩展名的文本。"), indexed: false);
        Bytes("zip-bomb.docx", HostilePackages.InflatingDocx(300), indexed: false);
        Bytes("encrypted.pdf", MinimalPdf(encrypted: true), indexed: false);
        Bytes("image-only.pdf", MinimalPdf(encrypted: false), indexed: false);

        var samplePdf = Directory.EnumerateFiles(corpus, "*.pdf").OrderBy(p => p, StringComparer.Ordinal).First();
        var pdf = File.ReadAllBytes(samplePdf);
        Bytes("truncated.pdf", pdf[..(pdf.Length / 3)], indexed: false);
        var corrupted = (byte[])pdf.Clone();
        for (var i = pdf.Length / 4; i < pdf.Length; i += 7) corrupted[i] = (byte)random.Next(256);
        Bytes("corrupted.pdf", corrupted, indexed: false);

        var deep = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) deep.Append("<div>");
        deep.Append("深层嵌套的页面内容");
        deep.Append("</body></html>");
        // Either outcome is fine for a page nested 100 000 deep; what matters is that the reader neither overflows its stack nor hangs.
        Bytes("deeply-nested.html", Encoding.UTF8.GetBytes(deep.ToString()), indexed: null);

        using (var huge = File.Create(Path.Combine(folder, "huge.txt")))
        {
            var line = Encoding.UTF8.GetBytes("第一章 总则\n本方案用于测试超大文件的处理，内容重复。\n");
            for (long written = 0; written < hugeFileBytes; written += line.Length) huge.Write(line);
        }
        expected["huge.txt"] = false;

        // One 50 MB line: read within the per-file time limit or given up on with that reason; either way the batch goes on.
        using (var line = File.Create(Path.Combine(folder, "one-line.txt")))
        {
            var sentence = Encoding.UTF8.GetBytes("本方案第一阶段目标为客户满意度不低于90%，运营效率提升15%，");
            for (long written = 0; written < 50L * 1024 * 1024; written += sentence.Length) line.Write(sentence);
        }
        expected["one-line.txt"] = null;

        // Issue 19: files that once hung, killed or exhausted the ingest.
        Bytes("nested-tables.docx", NestedDocx(10_000, "<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"), indexed: false);
        Bytes("nested-content-controls.docx", NestedDocx(12_000, "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), indexed: false);
        Bytes("nested.xlsx", HostilePackages.NestedXlsx(10_000), indexed: false);
        Bytes("nested.pptx", HostilePackages.NestedPptx(10_000), indexed: false);
        Bytes("pdf-bomb.pdf", PdfBomb(), indexed: false);
        Bytes("..html", Encoding.UTF8.GetBytes("<html><body><h1>点开头的页面</h1><p>全年客户满意度不低于90%。</p></body></html>"), indexed: true);
        Bytes("name-\u001b]0;pwned\u0007-\u202e.txt", Encoding.UTF8.GetBytes("一、工作目标\n终端\u001b[2J清屏字样，客户满意度不低于88%。\n"), indexed: true);
        MakeFifo(Path.Combine(folder, "pipe.txt"));
        expected["pipe.txt"] = false;

        var loop = Path.Combine(folder, "loop");
        Directory.CreateDirectory(loop);
        File.CreateSymbolicLink(Path.Combine(loop, "back-to-parent"), folder);
        return expected;
    }

    /// <summary>A named pipe with no writer: opening it would block for ever.</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException("mkfifo failed");
    }

    /// <summary>A small DOCX whose body nests <paramref name="open"/> … <paramref name="close"/> <paramref name="depth"/> times (it compresses to a few KB).</summary>
    public static byte[] NestedDocx(int depth, string open, string close) => HostilePackages.NestedDocx(depth, open, close);

    /// <summary>A PDF of a few KB whose content stream, deflated twice, inflates to 512 MB.</summary>
    public static byte[] PdfBomb() => HostilePdfs.InflatingContent(megabytes: 512, layers: 2);

    /// <summary>Pipe-table rows of width 1, 2, 3 … until about <paramref name="bytes"/> (4.5 MB is 2,171 rows, 2.4 million cells).</summary>
    public static string PipeRowsOfGrowingWidth(int bytes)
    {
        var text = new StringBuilder(bytes + 8192);
        for (var width = 1; text.Length < bytes; width++)
        {
            for (var i = 0; i < width; i++) text.Append("|x");
            text.Append("|\n");
        }
        return text.ToString();
    }

    /// <summary>About <paramref name="bytes"/> of UTF-8 on one line with no full stop: two figures every 33 characters.</summary>
    public static string OneLine(int bytes)
    {
        const string clause = "本方案第一阶段目标为客户满意度不低于90%，运营效率提升15%，";
        var repeats = bytes / Encoding.UTF8.GetByteCount(clause);
        var text = new StringBuilder(repeats * clause.Length);
        for (var i = 0; i < repeats; i++) text.Append(clause);
        return text.ToString();
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A one-page PDF with no text: either encrypted with an unknown password, or holding only a drawn shape (like a scan).</summary>
    private static byte[] MinimalPdf(bool encrypted)
    {
        var content = "0.2 0.4 0.8 rg 20 20 160 160 re f";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        if (encrypted)
        {
            objects.Add("<< /Filter /Standard /V 1 /R 2 /O <" + new string('7', 64) + "> /U <" + new string('3', 64) + "> /P -44 >>");
        }
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n \n");
        var trailerExtra = encrypted ? " /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]" : "";
        text.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
