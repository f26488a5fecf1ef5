using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace OpsKnowledge.Cli;

/// <summary>Finds what is wrong with a command line before it runs: an unknown option (with the nearest known one), a bad value, a
/// stray argument. One line each; the caller exits with 2, as for any usage error.</summary>
public static class UsageErrors
{
    public static string? Find(ParseResult parse)
    {
        if (parse.Action is HelpAction) return null;
        var command = parse.CommandResult.Command;
        var where = CommandPath(parse.CommandResult);
        var known = KnownOptions(parse.CommandResult).ToList();

        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break; // after --, everything is an argument
            if (token.Type != TokenType.Argument || !LooksLikeOption(token.Value, command)) continue;
            var name = token.Value.Split('=', 2)[0];
            return $"unknown option {name} for '{where}'" + (Nearest(name, known) is { } near ? $" (did you mean {near}?)" : "") + $"; see '{where} --help'";
        }

        foreach (var error in parse.Errors)
        {
            var message = error.Message.Replace(Environment.NewLine, " ").Trim();
            if (parse.UnmatchedTokens.FirstOrDefault(t => message.Contains($"'{t}'", StringComparison.Ordinal)) is { } stray)
            {
                return $"unexpected argument '{stray}' for '{where}'; see '{where} --help'";
            }
            return $"{message.TrimEnd('.')} ('{where}'; see '{where} --help')";
        }
        return null;
    }

    /// <summary>The closest known option: one the text begins (--js for --json) or two edits away at most.</summary>
    public static string? Nearest(string text, IReadOnlyList<string> known)
    {
        var prefixed = known.Where(k => k.StartsWith(text, StringComparison.Ordinal) && text.Length > 2).ToList();
        if (prefixed.Count == 1) return prefixed[0];
        var best = known
            .Select(k => (Name: k, Distance: Distance(text, k)))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, text.Length / 3) ? best.Name : null;
    }

    private static bool LooksLikeOption(string value, Command command)
    {
        if (value.Length > 2 && value.StartsWith("--", StringComparison.Ordinal)) return true;
        // A single dash starts an exclusion in a search query (-市场, -KPI); elsewhere -x is a mistyped option.
        return command.Name != "search" && value.Length > 1 && value[0] == '-' && char.IsAsciiLetter(value[1]);
    }

    private static IEnumerable<string> KnownOptions(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is not CommandResult commandResult) continue;
            foreach (var option in commandResult.Command.Options)
            {
                if (current != result && !option.Recursive) continue;
                yield return option.Name;
                foreach (var alias in option.Aliases) yield return alias;
            }
        }
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult c) names.Add(c.Parent is null ? "opsk" : c.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    private static int Distance(string a, string b)
    {
        // Optimal string alignment: a swapped pair of letters (--jsno) counts as one edit.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
