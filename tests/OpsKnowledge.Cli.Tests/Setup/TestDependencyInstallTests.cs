using System.Diagnostics;
using OpsKnowledge.Application;

namespace OpsKnowledge.Cli.Tests.Setup;

/// <summary>tools/install-test-deps.sh, run against stand-in dpkg-query, apt-get and id commands: what a fresh machine gets.</summary>
public sealed class TestDependencyInstallTests : IDisposable
{
    private readonly string _fakes = Path.Combine(Path.GetTempPath(), "opsk-deps-" + Guid.NewGuid().ToString("N"));

    private static string Root => Path.GetDirectoryName(CorpusLocator.Find() ?? throw new InvalidOperationException("corpus/ not found"))!;

    private string AptLog => Path.Combine(_fakes, "apt.log");

    public TestDependencyInstallTests() => Directory.CreateDirectory(_fakes);

    [Fact]
    public void FreshMachine_AsRoot_UpdatesThenInstallsOnlyTheMissingPackages_WithoutRecommends()
    {
        // Everything is present but Chromium and the LibreOffice Writer.
        Fake("dpkg-query", """case "$3" in chromium|libreoffice-writer-nogui) exit 1;; *) echo 'install ok installed';; esac""");
        Fake("apt-get", $"echo \"$*\" >> '{AptLog}'");
        Fake("id", "echo 0");

        var (code, output) = RunScript();

        Assert.Equal(0, code);
        var calls = File.ReadAllLines(AptLog);
        Assert.Equal(2, calls.Length);
        Assert.Contains("update", calls[0]);
        Assert.Contains("install", calls[1]);
        Assert.Contains("--no-install-recommends", calls[1]);
        Assert.EndsWith("chromium libreoffice-writer-nogui", calls[1]);
        Assert.Contains("installing chromium libreoffice-writer-nogui", output);
    }

    [Fact]
    public void EverythingPresent_RunsNoPackageManager_AndPrintsNothing()
    {
        Fake("dpkg-query", "echo 'install ok installed'");
        Fake("apt-get", $"echo \"$*\" >> '{AptLog}'");

        var (code, output) = RunScript();

        Assert.Equal(0, code);
        Assert.False(File.Exists(AptLog));
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public void NotRootAndNoSudo_SaysInOneLineWhatToInstall_AndDoesNotFailTheTestRun()
    {
        Fake("dpkg-query", """[ "$3" = tesseract-ocr-chi-tra ] && exit 1; echo 'install ok installed'""");
        Fake("apt-get", $"echo \"$*\" >> '{AptLog}'");
        Fake("id", "echo 1000");
        Fake("sudo", "exit 1");

        var (code, output) = RunScript();

        Assert.Equal(0, code);
        Assert.False(File.Exists(AptLog));
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cannot install tesseract-ocr-chi-tra", line);
        Assert.Contains("apt-get install --no-install-recommends tesseract-ocr-chi-tra", line);
    }

    [Fact]
    public void TestSh_RunsTheInstallStep_AndCiLeavesItToTestSh()
    {
        Assert.Contains("tools/install-test-deps.sh", File.ReadAllText(Path.Combine(Root, "test.sh")));
        var ci = File.ReadAllText(Path.Combine(Root, ".ci", "run"));
        Assert.Contains("./test.sh", ci);
        Assert.DoesNotContain("apt-get", ci);
    }

    private void Fake(string command, string body)
    {
        var path = Path.Combine(_fakes, command);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private (int Code, string Output) RunScript()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Root, "tools", "install-test-deps.sh"));
        start.Environment["PATH"] = _fakes + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => Directory.Delete(_fakes, recursive: true);
}
