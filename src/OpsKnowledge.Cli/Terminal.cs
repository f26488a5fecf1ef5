using Spectre.Console;

namespace OpsKnowledge.Cli;

/// <summary>Console output: colour and progress on a terminal, plain text when redirected.</summary>
public static class Terminal
{
    public static bool IsInteractive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi;

    /// <summary>Renders text with the given spans marked: highlighted on a terminal, «» around them when redirected.</summary>
    public static string Marked(string text, IEnumerable<(int Start, int End)> spans, bool forMarkup)
    {
        var builder = new System.Text.StringBuilder();
        var position = 0;
        foreach (var (start, end) in spans.Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End).OrderBy(s => s.Start))
        {
            if (start < position) continue;
            builder.Append(Escape(text[position..start], forMarkup));
            builder.Append(forMarkup ? "[bold yellow]" : "«");
            builder.Append(Escape(text[start..end], forMarkup));
            builder.Append(forMarkup ? "[/]" : "»");
            position = end;
        }
        builder.Append(Escape(text[position..], forMarkup));
        return builder.ToString();
    }

    public static void WriteLine(string plain) => Console.Out.WriteLine(plain);

    public static void Error(string message) => Console.Error.WriteLine($"opsk: {message}");

    /// <summary>Text for Spectre markup: control characters made visible, then markup brackets escaped.</summary>
    public static string Escape(string? text) => Markup.Escape(ControlCharacterEscapingWriter.Escape(text));

    /// <summary>Plain text with control characters made visible (Spectre writes straight to the terminal).</summary>
    public static string Safe(string? text) => ControlCharacterEscapingWriter.Escape(text);

    /// <summary>Routes Console.Out and Console.Error through the escaping writer; Spectre keeps the raw stream for its own colours.</summary>
    public static void GuardOutput()
    {
        _ = AnsiConsole.Console;
        Console.SetOut(new ControlCharacterEscapingWriter(Console.Out) { NewLine = Console.Out.NewLine });
        Console.SetError(new ControlCharacterEscapingWriter(Console.Error) { NewLine = Console.Error.NewLine });
    }

    private static string Escape(string text, bool forMarkup) => forMarkup ? Escape(text) : Safe(text);
}
