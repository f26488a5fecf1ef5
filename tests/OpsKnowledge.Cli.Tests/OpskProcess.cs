using System.Diagnostics;
using System.Text;

namespace OpsKnowledge.Cli.Tests;

/// <summary>Runs the built opsk program as a user would, capturing its output and exit code.</summary>
public static class OpskProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Result Run(params string[] args) => RunMeasuredIn(null, args).Result;

    /// <summary>Runs opsk with <paramref name="workingDirectory"/> as the current folder (null: this process's).</summary>
    public static Result RunIn(string? workingDirectory, params string[] args) => RunMeasuredIn(workingDirectory, args).Result;

    /// <summary>Runs opsk and samples its peak resident memory (Linux VmHWM, a high-water mark) until it exits.</summary>
    public static (Result Result, long PeakBytes) RunMeasured(params string[] args) => RunMeasuredIn(null, args);

    private static (Result Result, long PeakBytes) RunMeasuredIn(string? workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "opsk.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("OPSK_INDEX");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        long peak = 0;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(50)))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"opsk {string.Join(' ', args)} did not finish");
            }
        }
        process.WaitForExit();
        return (new Result(process.ExitCode, stdout.Result, stderr.Result), peak);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }
        return 0;
    }
}
