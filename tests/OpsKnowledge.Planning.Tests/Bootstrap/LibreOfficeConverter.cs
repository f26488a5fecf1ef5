using System.Diagnostics;
using System.Text;

namespace OpsKnowledge.Planning.Tests.Bootstrap;

/// <summary>Converts an office file to PDF with headless LibreOffice (fresh profile each time) and reads the PDF text back with pdftotext.</summary>
internal static class LibreOfficeConverter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    // Two conversions at once on one machine fight over LibreOffice's start-up; run them one after the other.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string ToPdfText(string path)
    {
        var libreOffice = Find("libreoffice", "soffice")
            ?? throw new InvalidOperationException("LibreOffice is not installed: install libreoffice-writer-nogui and libreoffice-calc-nogui (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui).");
        var pdftotext = Find("pdftotext")
            ?? throw new InvalidOperationException("pdftotext is not installed: install poppler-utils.");

        var work = Directory.CreateTempSubdirectory("opsk-lo-");
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        OneAtATime.Wait();
        try
        {
            var (code, output) = Run(libreOffice,
                [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName, path]);
            var pdf = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(path) + ".pdf");
            if (code != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
                throw new InvalidOperationException($"LibreOffice did not convert {path} (exit {code}): {output}");
            var text = Path.Combine(work.FullName, "out.txt");
            var (textCode, textOutput) = Run(pdftotext, ["-enc", "UTF-8", pdf, text]);
            if (textCode != 0) throw new InvalidOperationException($"pdftotext failed (exit {textCode}): {textOutput}");
            return File.ReadAllText(text, Encoding.UTF8);
        }
        finally
        {
            OneAtATime.Release();
            TryDelete(profile);
            TryDelete(work.FullName);
        }
    }

    private static (int Code, string Output) Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {Timeout.TotalSeconds} s.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Find(params string[] names)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin");
        foreach (var name in names)
        {
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
