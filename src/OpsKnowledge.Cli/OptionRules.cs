using System.CommandLine;

namespace OpsKnowledge.Cli;

/// <summary>Value checks for options, reported as parse errors (one line, exit 2) before a command runs.</summary>
public static class OptionRules
{
    public static readonly string[] SearchKinds = ["section", "kpi", "target", "risk", "milestone", "record"];

    public static readonly string[] RecordKinds = ["kpi", "target", "risk", "milestone"];

    public static readonly string[] Scopes = ["plan", "reference"];

    public static Option<int> AtLeast(this Option<int> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself.
            if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var value)) return;
            if (value < minimum) result.AddError($"{option.Name} must be at least {minimum}, not {value}");
        });
        return option;
    }

    /// <summary>Accepts one of <paramref name="values"/> (case-insensitive; a plural such as kpis too).</summary>
    public static Option<string?> OneOf(this Option<string?> option, params string[] values)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>()?.Trim().ToLowerInvariant();
            if (value is null) return;
            if (values.Contains(value) || (value.EndsWith('s') && values.Contains(value[..^1]))) return;
            var near = UsageErrors.Nearest(value, values);
            result.AddError($"{option.Name} must be one of {string.Join(", ", values)}, not '{value}'" + (near is null ? "" : $" (did you mean {near}?)"));
        });
        return option;
    }
}
