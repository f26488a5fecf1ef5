using System.CommandLine;
using OpsKnowledge.Application;
using OpsKnowledge.Application.Ingestion;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Core.Search;
using Spectre.Console;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk ingest PATH...: read, repair, structure, extract and index files and folders.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders (folders are read recursively, by extension)", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Re-read files even when unchanged since the last ingest" };
        var maxFileMb = new Option<int>("--max-file-mb") { Description = "Skip files larger than this", DefaultValueFactory = _ => 100 };
        var timeout = new Option<int>("--timeout") { Description = "Per-file time limit in seconds", DefaultValueFactory = _ => 120 };
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many changed documents (an interrupted ingest keeps what was committed)", DefaultValueFactory = _ => IngestOptions.Default.CommitEvery };
        var json = CliOptions.Json("one result per file");
        var command = new Command("ingest", """
            Ingest plan documents (.txt .md .html .htm .pdf .docx .xlsx .pptx; .doc .wps .rtf .odt .xls .et .ods .ppt .dps .odp via LibreOffice; scanned PDFs via Tesseract) into the index.
            A changed file replaces its entries; an unchanged file (same content hash) is skipped.
            Exit code: 0 all files read, 2 some files failed (the others are indexed), 1 fatal error.

            Examples:
              opsk ingest corpus
              opsk ingest corpus/cold-chain-operations-plan.md corpus/gongjiao-xianwang-youhua-jihua.txt --index /tmp/idx
            """)
        {
            paths, force, maxFileMb, timeout, commitEvery, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new IngestOptions
            {
                Force = parse.GetValue(force),
                MaxFileBytes = Math.Max(1, parse.GetValue(maxFileMb)) * 1024L * 1024,
                FileTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                CommitEvery = Math.Max(1, parse.GetValue(commitEvery)),
            };
            using var index = IndexOpener.ForWriting(parse.GetValue(CliOptions.Index));
            var summary = await Run(index, parse.GetValue(paths)!, options, parse.GetValue(json), cancellationToken);
            return summary.Failed > 0 ? 2 : 0;
        });
        return command;
    }

    /// <summary>Runs an ingest with a progress bar on a terminal and prints the summary; shared with the demo.</summary>
    public static async Task<IngestSummary> Run(IKnowledgeIndex index, IReadOnlyList<string> paths, IngestOptions options, bool json, CancellationToken cancellationToken)
    {
        // A damaged index was mended on open: say what was removed before the files that bring it back.
        if (index.Mended is { } mended) Terminal.Error($"warning: {mended}");
        var service = new IngestService(DefaultPipeline.Instance, index, options);
        IngestSummary summary;
        if (Terminal.IsInteractive && !json)
        {
            summary = null!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("ingesting", maxValue: 1);
                    var progress = new Progress<IngestProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = Terminal.Escape(Path.GetFileName(p.Last.Path));
                    });
                    summary = await service.IngestAsync(paths, progress, cancellationToken);
                    task.Value = task.MaxValue;
                });
        }
        else if (json)
        {
            // One line per file as it finishes, so a long batch shows its progress and a killed one has said what it did.
            var printed = new HashSet<IngestFileResult>(ReferenceEqualityComparer.Instance);
            var lines = new JsonLineProgress(printed);
            summary = await service.IngestAsync(paths, lines, cancellationToken);
            // Paths that were never files (missing, symbolic link loops, pipes) are known before the batch and reported after it.
            lock (printed)
            {
                foreach (var file in summary.Files.Where(f => !printed.Contains(f))) Terminal.WriteLine(OpsJson.Serialize(file));
            }
            return summary;
        }
        else
        {
            summary = await service.IngestAsync(paths, null, cancellationToken);
        }

        var table = new Spectre.Console.Table().AddColumns("ingest", "count");
        table.AddRow("documents ingested", summary.Ingested.ToString());
        table.AddRow("unchanged (skipped)", summary.Unchanged.ToString());
        table.AddRow("failed", summary.Failed.ToString());
        table.AddRow("sections", summary.Sections.ToString());
        table.AddRow("tables", summary.Tables.ToString());
        table.AddRow("records", summary.Records.ToString());
        table.AddRow("repairs", summary.Repairs.ToString());
        table.AddRow("MB read", (summary.Bytes / (1024.0 * 1024)).ToString("F1"));
        table.AddRow("seconds", summary.Elapsed.TotalSeconds.ToString("F1"));
        AnsiConsole.Write(table);
        foreach (var file in summary.Files.Where(f => f.Status == IngestStatus.Failed))
        {
            Terminal.Error($"{file.Path}: {file.Reason}");
        }
        foreach (var file in summary.Files.Where(f => f.Warning is not null))
        {
            Terminal.Error($"warning: {file.Path}: {file.Warning}");
        }
        foreach (var file in summary.Files.Where(f => f.Partial))
        {
            Terminal.WriteLine($"note: {file.Path} is only a preview of a longer document (partial)");
        }
        AnsiConsole.WriteLine(Terminal.Safe($"index: {index.Directory}"));
        return summary;
    }

    /// <summary>Prints each finished file at once, from whichever worker finished it.</summary>
    private sealed class JsonLineProgress(HashSet<IngestFileResult> printed) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            lock (printed)
            {
                printed.Add(value.Last);
                Terminal.WriteLine(OpsJson.Serialize(value.Last));
                Console.Out.Flush();
            }
        }
    }
}
