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

    public static Result Run(params string[] args) => RunIn(null, args);

    /// <summary>Runs opsk with <paramref name="workingDirectory"/> as the current folder (null: this process's).</summary>
    public static Result RunIn(string? workingDirectory, params string[] args)
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
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"opsk {string.Join(' ', args)} did not finish");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
