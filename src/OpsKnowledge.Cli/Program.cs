using System.CommandLine;
using System.Text;
using OpsKnowledge.Application.Indexes;
using OpsKnowledge.Cli;
using OpsKnowledge.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
// Piped output has no terminal width: keep table rows on one line rather than wrapping at 80 columns.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 400;
Terminal.GuardOutput();

var root = new RootCommand("""
    opsk — search, compare and reuse what past Chinese plan documents say.

    Start with 'opsk demo', or 'opsk ingest FOLDER' then 'opsk search QUERY'.
    """)
{
    CliOptions.Index,
    IngestCommand.Create(),
    WatchCommand.Create(),
    SearchCommand.Create(),
    DocsCommand.Create(),
    ShowCommand.Create(),
    RecordsCommand.Create(),
    ExtractCommand.Create(),
    RepairCommand.Create(),
    CompareCommand.Create(),
    BootstrapCommand.Create(),
    DemoCommand.Create(),
    ServeCommand.Create(),
};

try
{
    var parse = root.Parse(args);
    // Usage errors are one line and exit code 2, never the whole help; a misspelt option is not searched as a word.
    if (UsageErrors.Find(parse) is { } usage)
    {
        Terminal.Error(usage);
        return 2;
    }
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UserError error)
{
    Terminal.Error(error.Message);
    return error.ExitCode;
}
catch (OperationCanceledException)
{
    Terminal.Error("cancelled");
    return 130;
}
catch (Exception ex) when (KnowledgeIndexes.AsFailure(ex, IndexOpener.LastDirectory) is { } failure)
{
    Terminal.Error(failure.Message);
    return 1;
}
catch (Exception ex)
{
    // A bug, not bad input: one line with enough to report it.
    Terminal.Error($"internal error: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
