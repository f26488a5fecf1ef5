using System.Security.Cryptography;
using OpsKnowledge.Ingest.Conversion;

namespace OpsKnowledge.Ingest.Ocr;

/// <summary>
/// OCR of scanned PDF pages: pdftoppm renders the page, Tesseract (Chinese and English models) reads it as a process per page,
/// at most one process per core, each with a time limit; the text is cached by the page image's SHA-256 so re-ingest never re-OCRs.
/// </summary>
public sealed class TesseractOcr
{
    public const string MissingTesseract = "scanned PDF: install tesseract-ocr-chi-sim to read it";
    public const string MissingPoppler = "scanned PDF: install poppler-utils (pdftoppm) to read it";

    private readonly string _cacheDirectory;
    private readonly TimeSpan _pageTimeout;
    private readonly SemaphoreSlim _slots;
    private readonly string _tesseract;
    private readonly string _pdftoppm;

    public TesseractOcr(string? cacheDirectory = null, int dpi = 300, TimeSpan? pageTimeout = null, int? slots = null, string tesseract = "tesseract", string pdftoppm = "pdftoppm", string languages = "chi_sim+eng")
    {
        _cacheDirectory = cacheDirectory ?? ToolLocator.CacheDirectory("ocr");
        Dpi = dpi;
        _pageTimeout = pageTimeout ?? TimeSpan.FromSeconds(60);
        var count = Math.Max(1, slots ?? Environment.ProcessorCount);
        _slots = new SemaphoreSlim(count, count);
        _tesseract = tesseract;
        _pdftoppm = pdftoppm;
        Languages = languages;
    }

    public int Dpi { get; }

    public string Languages { get; }

    /// <summary>Null when the tools and the Chinese model are there; else the one-line reason scanned pages cannot be read.</summary>
    public string? Unavailable()
    {
        if (ToolLocator.Find(_pdftoppm) is null) return MissingPoppler;
        var tesseract = ToolLocator.Find(_tesseract);
        if (tesseract is null) return MissingTesseract;
        var langs = ExternalProcess.Run(tesseract, ["--list-langs"], TimeSpan.FromSeconds(20), CancellationToken.None);
        var available = (langs.Output + "\n" + langs.Error).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Languages.Split('+').All(available.Contains) ? null : MissingTesseract;
    }

    /// <summary>Reads the given pages of a PDF, several at a time; pages come back in the order asked.</summary>
    public IReadOnlyList<OcrPage> Read(byte[] pdf, IReadOnlyList<int> pages, CancellationToken cancellationToken = default)
    {
        var work = Path.Combine(Path.GetTempPath(), $"opsk-ocr-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "source.pdf");
            File.WriteAllBytes(input, pdf);
            var results = new OcrPage[pages.Count];
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                i => results[i] = ReadPage(input, work, pages[i], cancellationToken));
            return results;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private OcrPage ReadPage(string pdf, string work, int page, CancellationToken cancellationToken)
    {
        _slots.Wait(cancellationToken);
        try
        {
            var prefix = Path.Combine(work, $"page-{page}");
            var render = ExternalProcess.Run(ToolLocator.Find(_pdftoppm) ?? _pdftoppm,
                ["-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", pdf, prefix],
                _pageTimeout, cancellationToken);
            var image = prefix + ".png";
            if (render.TimedOut || !File.Exists(image)) return new OcrPage(page, [], 0, $"page {page} could not be rendered for OCR");

            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(image)));
            var cached = Path.Combine(_cacheDirectory, $"{hash}.{Languages}.tsv");
            string? tsv = null;
            var fromCache = false;
            if (File.Exists(cached))
            {
                try
                {
                    tsv = File.ReadAllText(cached);
                    fromCache = true;
                }
                catch (IOException)
                {
                }
            }
            if (tsv is null)
            {
                var ocr = ExternalProcess.Run(ToolLocator.Find(_tesseract) ?? _tesseract, [image, "stdout", "-l", Languages, "tsv"], _pageTimeout, cancellationToken);
                if (ocr.TimedOut) return new OcrPage(page, [], 0, $"OCR of page {page} took over {_pageTimeout.TotalSeconds:0} s (stopped)");
                if (ocr.ExitCode != 0) return new OcrPage(page, [], 0, $"OCR of page {page} failed: {FirstLine(ocr.Error)}");
                tsv = ocr.Output;
                ToolCache.Store(cached, System.Text.Encoding.UTF8.GetBytes(tsv));
            }
            var lines = OcrTsvParser.Lines(tsv);
            var confidence = lines.Count == 0 ? 0 : lines.Sum(l => l.Confidence * l.Text.Length) / lines.Sum(l => l.Text.Length) / 100;
            return new OcrPage(page, OcrBlockAssembler.Blocks(lines, page), Math.Round(confidence, 3), FromCache: fromCache);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
