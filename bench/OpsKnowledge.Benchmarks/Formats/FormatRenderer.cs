using System.Security.Cryptography;
using OpsKnowledge.Ingest.Conversion;

namespace OpsKnowledge.Benchmarks.Formats;

/// <summary>
/// Renders corpus files into other formats with the tools a consultant's archive came from: LibreOffice headless for old,
/// open and Chinese office formats, pdftoppm + img2pdf for image-only "scanned" PDFs. Each rendering is kept under the work
/// folder keyed by the source's SHA-256, so a re-run renders nothing.
/// </summary>
public sealed class FormatRenderer(string workDirectory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

    /// <summary>The rendered formats: name, the source extension it is made from, and how.</summary>
    public static readonly IReadOnlyList<(string Format, string From, string Kind)> Formats =
    [
        ("doc", "docx", "office"), ("odt", "docx", "office"), ("rtf", "docx", "office"), ("wps", "docx", "office"),
        ("xls", "xlsx", "office"), ("ods", "xlsx", "office"), ("et", "xlsx", "office"),
        ("ppt", "pptx", "office"), ("odp", "pptx", "office"), ("dps", "pptx", "office"),
        ("scan200", "pdf", "scan"), ("scan300", "pdf", "scan"),
    ];

    /// <summary>Null when the tools for this kind of rendering are installed; else the one line saying what is missing.</summary>
    public static string? Missing(string kind) => kind switch
    {
        "office" => ToolLocator.Find("soffice", "libreoffice") is null ? "LibreOffice (soffice) not installed" : null,
        _ => ToolLocator.Find("pdftoppm") is null ? "pdftoppm (poppler-utils) not installed"
            : ToolLocator.Find("img2pdf") is null ? "img2pdf not installed" : null,
    };

    public FormatRendering Render(string format, string kind, string source)
    {
        var hash = System.Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)))[..16];
        var folder = Path.Combine(workDirectory, "rendered", hash);
        var extension = kind == "scan" ? "pdf" : format;
        var target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source)}.{(kind == "scan" ? format + ".pdf" : extension)}");
        if (File.Exists(target) && new FileInfo(target).Length > 0) return new FormatRendering(format, source, target, null);
        Directory.CreateDirectory(folder);
        var failure = kind == "scan" ? Scan(source, target, int.Parse(format["scan".Length..], System.Globalization.CultureInfo.InvariantCulture)) : Convert(source, format, target);
        return failure is null ? new FormatRendering(format, source, target, null) : new FormatRendering(format, source, null, failure);
    }

    private string? Convert(string source, string extension, string target)
    {
        // Every converter run has a profile of its own: two soffice processes sharing one block each other.
        var scratch = Path.Combine(workDirectory, "scratch", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            var outcome = ExternalProcess.Run(ToolLocator.Find("soffice", "libreoffice")!,
                [$"-env:UserInstallation=file://{Path.Combine(scratch, "profile")}", "--headless", "--norestore", "--nolockcheck", "--convert-to", extension, "--outdir", scratch, source],
                Timeout, CancellationToken.None, scratch);
            var output = Path.Combine(scratch, $"{Path.GetFileNameWithoutExtension(source)}.{extension}");
            if (outcome.TimedOut) return $"soffice did not finish within {Timeout.TotalSeconds:0} s";
            if (!File.Exists(output)) return $"soffice made no .{extension}: {LastLine(outcome.Error + "\n" + outcome.Output)}";
            File.Move(output, target, overwrite: true);
            return null;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private string? Scan(string source, string target, int dpi)
    {
        var scratch = Path.Combine(workDirectory, "scratch", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            var render = ExternalProcess.Run(ToolLocator.Find("pdftoppm")!, ["-r", $"{dpi}", "-png", source, Path.Combine(scratch, "page")], Timeout, CancellationToken.None);
            var pages = Directory.GetFiles(scratch, "page*.png").Order(StringComparer.Ordinal).ToArray();
            if (render.TimedOut || pages.Length == 0) return $"pdftoppm rendered no page: {LastLine(render.Error)}";
            var output = Path.Combine(scratch, "scan.pdf");
            var pack = ExternalProcess.Run(ToolLocator.Find("img2pdf")!, [.. pages, "-o", output], Timeout, CancellationToken.None);
            if (pack.TimedOut || !File.Exists(output)) return $"img2pdf made no PDF: {LastLine(pack.Error)}";
            File.Move(output, target, overwrite: true);
            return null;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "no message";
}
