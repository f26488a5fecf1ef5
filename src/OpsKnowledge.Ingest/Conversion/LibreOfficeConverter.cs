using System.Collections.Concurrent;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Ingest.Conversion;

/// <summary>
/// Converts old and Chinese office formats into their Office Open XML forms with LibreOffice headless: one converter process
/// per slot (a slot per core by default), each with its own profile folder (two instances sharing one block each other),
/// a time limit that kills a hung converter, and the converted file cached by the source's SHA-256.
/// </summary>
public sealed class LibreOfficeConverter
{
    private readonly string _cacheDirectory;
    private readonly string[] _programs;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<int> _freeSlots = [];

    public LibreOfficeConverter(string? cacheDirectory = null, TimeSpan? timeout = null, int? slots = null, params string[] programs)
    {
        _cacheDirectory = cacheDirectory ?? ToolLocator.CacheDirectory("converted");
        _timeout = timeout ?? TimeSpan.FromSeconds(90);
        _programs = programs.Length > 0 ? programs : ["soffice", "libreoffice"];
        var count = Math.Max(1, slots ?? Environment.ProcessorCount);
        _slots = new SemaphoreSlim(count, count);
        for (var i = 0; i < count; i++) _freeSlots.Add(i);
    }

    /// <summary>Debian's package that opens files of this extension.</summary>
    public static string PackageFor(string extension) => extension switch
    {
        "xls" or "et" or "ods" or "ett" => "libreoffice-calc-nogui",
        "ppt" or "dps" or "odp" or "dpt" => "libreoffice-impress-nogui",
        _ => "libreoffice-writer-nogui",
    };

    public ConversionResult Convert(SourceFile file, string targetExtension, CancellationToken cancellationToken = default)
    {
        var cached = Path.Combine(_cacheDirectory, $"{file.ContentHash}.{targetExtension}");
        if (File.Exists(cached))
        {
            try
            {
                return new ConversionResult(File.ReadAllBytes(cached), null, FromCache: true);
            }
            catch (IOException)
            {
                // A cache file another process is replacing: convert again.
            }
        }

        var program = ToolLocator.Find(_programs);
        if (program is null) return ConversionResult.Failed($"install {PackageFor(file.Extension)} to read .{file.Extension} (LibreOffice converts it)");

        _slots.Wait(cancellationToken);
        _freeSlots.TryTake(out var slot);
        var work = Path.Combine(Path.GetTempPath(), $"opsk-convert-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(work);
            var profile = Path.Combine(_cacheDirectory, "profiles", $"{Environment.ProcessId}-{slot}");
            Directory.CreateDirectory(profile);
            var input = Path.Combine(work, $"source.{file.Extension}");
            File.WriteAllBytes(input, file.Bytes);
            var outcome = ExternalProcess.Run(program,
                [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck", "--convert-to", targetExtension, "--outdir", work, input],
                _timeout, cancellationToken, work);
            if (outcome.TimedOut) return ConversionResult.Failed($"LibreOffice did not convert .{file.Extension} within {_timeout.TotalSeconds:0} s (stopped)");
            var output = Path.Combine(work, $"source.{targetExtension}");
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
                return ConversionResult.Failed($"LibreOffice could not open this .{file.Extension} file (damaged, encrypted or not that format)");
            var bytes = File.ReadAllBytes(output);
            ToolCache.Store(cached, bytes);
            return new ConversionResult(bytes, null);
        }
        finally
        {
            _freeSlots.Add(slot);
            _slots.Release();
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
