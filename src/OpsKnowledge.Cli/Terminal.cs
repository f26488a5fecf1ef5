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

    private static string Escape(string text, bool forMarkup) => forMarkup ? Markup.Escape(text) : text;
}
