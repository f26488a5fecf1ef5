using System.Diagnostics;

namespace OpsKnowledge.Ingest.Conversion;

/// <summary>Runs a converter or OCR program with a time limit; a program that hangs is killed with its children.</summary>
public static class ExternalProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error, bool TimedOut);

    public static Outcome Run(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // One thread per program is enough: OCR and conversion workers share the machine's cores already.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var finished = false;
        try
        {
            finished = process.WaitForExitAsync(cancellationToken).Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }
        if (!finished)
        {
            Kill(process);
            return new Outcome(-1, "", "", TimedOut: true);
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result, error.Result, TimedOut: false);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }
}
