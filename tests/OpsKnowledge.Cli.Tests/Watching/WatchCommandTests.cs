using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpsKnowledge.Cli.Tests.Watching;

/// <summary>opsk watch and opsk serve --watch as a user runs them: a line per change, and Ctrl+C leaves a committed, unlocked index.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "opsk-watch-cli-" + Guid.NewGuid().ToString("N"));
    private readonly string _folder;
    private readonly string _index;

    public WatchCommandTests()
    {
        _folder = Path.Combine(_root, "plans");
        _index = Path.Combine(_root, "index");
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task Watch_SaysWhatChanged_AndCtrlC_LeavesTheIndexCommittedAndFree()
    {
        using var watch = Background.Start("watch", _folder, "--index", _index, "--quiet-ms", "200");
        await watch.WaitForLine(l => l.StartsWith("opsk watch: watching", StringComparison.Ordinal));

        var file = Path.Combine(_folder, "plan.txt");
        await File.WriteAllTextAsync(file, "一、工作目标\n客户投诉率下降20%。\n");
        await watch.WaitForLine(l => l.StartsWith($"added {file} (", StringComparison.Ordinal));
        var bad = Path.Combine(_folder, "broken.pdf");
        await File.WriteAllBytesAsync(bad, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF]);
        await watch.WaitForLine(l => l.StartsWith($"opsk: {bad}: ", StringComparison.Ordinal));
        File.Delete(file);
        await watch.WaitForLine(l => l == $"removed {file}");

        Assert.Equal(0, await watch.InterruptAsync());
        Assert.Contains("opsk watch: stopped, index committed", watch.Lines);
        // The lock is released: an ingest can write the index at once.
        await File.WriteAllTextAsync(Path.Combine(_folder, "next.txt"), "一、工作目标\n设备完好率98%。\n");
        var ingest = OpskProcess.Run("ingest", _folder, "--index", _index);
        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains("next.txt", OpskProcess.Run("docs", "--index", _index).Stdout);
    }

    [Fact]
    public void Watch_OfAMissingFolder_IsOneLine_AndExitCode2()
    {
        var result = OpskProcess.Run("watch", Path.Combine(_root, "nowhere"), "--index", _index);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"opsk: {Path.Combine(_root, "nowhere")}: no such folder", result.Stderr.Trim());
    }

    [Fact]
    public async Task ServeWatch_ShowsANewFileInTheWebFrontEnd()
    {
        var port = FreePort();
        using var serve = Background.Start("serve", "--urls", $"http://127.0.0.1:{port}", "--watch", _folder, "--index", _index);
        await serve.WaitForLine(l => l.StartsWith("opsk watch: watching", StringComparison.Ordinal));

        await File.WriteAllTextAsync(Path.Combine(_folder, "served.txt"), "一、工作目标\n车辆准点率达到95%。\n");
        await serve.WaitForLine(l => l.Contains("served.txt", StringComparison.Ordinal));

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow + Patience;
        while (!(await http.GetStringAsync("/api/docs")).Contains("served.txt", StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the web front end never listed the watched file");
            await Task.Delay(100);
        }
        Assert.Equal(0, await serve.InterruptAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A long-running opsk whose output lines are collected as they come.</summary>
    private sealed class Background : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private Background(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public IReadOnlyList<string> Lines => [.. _lines];

        public static Background Start(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "opsk.dll"));
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment.Remove("OPSK_INDEX");
            start.Environment.Remove("OPSK_TOKEN");
            return new Background(Process.Start(start)!);
        }

        public async Task WaitForLine(Func<string, bool> match)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!_lines.Any(match))
            {
                if (_process.HasExited || DateTime.UtcNow > deadline) Assert.Fail($"no such line; got:\n{string.Join('\n', _lines)}");
                await Task.Delay(50);
            }
        }

        /// <summary>Sends Ctrl+C (SIGINT) and returns the exit code.</summary>
        public async Task<int> InterruptAsync()
        {
            using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            await _process.WaitForExitAsync().WaitAsync(Patience);
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}
