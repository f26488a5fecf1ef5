using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using OpsKnowledge.Application.Indexes;
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
        var command = new Command("serve", """
            Serve the web front end over the index. The index is opened read-only: searches keep working
            while 'opsk ingest' runs in another process, and its commits show up without a restart.

            Examples:
              opsk serve
              opsk serve --urls http://127.0.0.1:8080
              opsk serve --index ./my-index
            """)
        {
            urls,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = IndexLocation.Resolve(parse.GetValue(CliOptions.Index));
            var listen = parse.GetValue(urls) ?? WebServerOptions.DefaultUrls;
            if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "segments*").Any())
            {
                Terminal.Error($"warning: no index at {directory} yet; pages stay empty until 'opsk ingest' commits there");
            }
            foreach (var exposed in BindAddress.NonLoopback(listen))
            {
                Terminal.Error($"warning: {exposed} is not a loopback address: anyone who can reach this machine can read every indexed document (there is no login)");
            }

            await using var app = OpsWebServer.Build(new WebServerOptions { IndexDirectory = directory, Urls = listen });
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                throw new UserError($"cannot listen on {listen}: {ex.Message}");
            }
            Terminal.WriteLine($"opsk serve: index {directory}");
            foreach (var url in app.Urls) Terminal.WriteLine($"opsk serve: open {url} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
