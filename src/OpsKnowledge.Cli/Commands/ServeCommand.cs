using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Application.Watching;
using OpsKnowledge.Web;
using OpsKnowledge.Web.Hosting;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk serve: the web front end (search, documents, KPI comparison, bootstrap, JSON API) over the index, read-only.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {WebServerOptions.DefaultUrls}: this machine only)",
            DefaultValueFactory = _ => WebServerOptions.DefaultUrls,
        };
        var token = new Option<string?>("--token")
        {
            Description = $"Access token every request must present (or set {WebServerOptions.TokenVariable}); required when listening beyond loopback",
        };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "A host name the server answers besides localhost and IP addresses (repeatable); other Host headers get 421",
            AllowMultipleArgumentsPerToken = false,
        };
        var watch = new Option<string[]>("--watch")
        {
            Description = "Also keep the index in step with this folder, as 'opsk watch' does (repeatable); this process is then the index's writer",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("serve", """
            Serve the web front end over the index. The index is opened read-only: searches keep working
            while 'opsk ingest' runs in another process, and its commits show up without a restart.
            With --watch the server also watches folders and indexes their changes, a line per change.

            Examples:
              opsk serve
              opsk serve --urls http://127.0.0.1:8080
              opsk serve --index ./my-index
              opsk serve --watch ~/plans
              OPSK_TOKEN=s3cret opsk serve --urls http://0.0.0.0:5080 --allowed-host plans.example.lan
            """)
        {
            urls,
            token,
            allowedHosts,
            watch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = IndexLocation.Resolve(parse.GetValue(CliOptions.Index));
            var listen = parse.GetValue(urls) ?? WebServerOptions.DefaultUrls;
            var watched = parse.GetValue(watch) ?? [];
            WatchCommand.RequireFolders(watched);
            // The writer is opened before the web's reader: it creates the index, and a second writer is refused at once.
            using var writer = watched.Length > 0 ? IndexOpener.ForWriting(parse.GetValue(CliOptions.Index)) : null;
            if (writer is null && (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "segments*").Any()))
            {
                Terminal.Error($"warning: no index at {directory} yet; pages stay empty until 'opsk ingest' commits there");
            }
            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(WebServerOptions.TokenVariable);
            if (string.IsNullOrWhiteSpace(secret)) secret = null;
            var exposed = BindAddress.NonLoopback(listen);
            if (exposed.Count > 0 && secret is null)
            {
                throw new UserError($"{exposed[0]} is not a loopback address: give --token (or set {WebServerOptions.TokenVariable}) so that only people with the token can read the index");
            }

            await using var app = OpsWebServer.Build(new WebServerOptions
            {
                IndexDirectory = directory,
                Urls = listen,
                AccessToken = secret,
                AllowedHosts = parse.GetValue(allowedHosts) ?? [],
            });
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                throw new UserError($"cannot listen on {listen}: {ex.Message}");
            }
            Terminal.WriteLine($"opsk serve: index {directory}");
            // The token goes into the printed link once; the browser keeps it as a cookie from then on.
            var suffix = secret is null ? "" : "/?token=" + Uri.EscapeDataString(secret);
            foreach (var url in app.Urls) Terminal.WriteLine($"opsk serve: open {url.TrimEnd('/')}{suffix} (Ctrl+C to stop)");
            using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var watching = writer is null ? Task.CompletedTask : WatchCommand.Run(writer, watched, FolderWatchOptions.Default, stopWatching.Token);
            // A watch that fails (a damaged index, say) is said at once; the pages go on serving what is committed.
            _ = watching.ContinueWith(t => Terminal.Error($"watch stopped: {t.Exception!.GetBaseException().Message}"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            await app.WaitForShutdownAsync(cancellationToken);
            // The watcher stops between files and commits before the writer (and its lock) is released.
            await stopWatching.CancelAsync();
            await watching;
            return 0;
        });
        return command;
    }
}
