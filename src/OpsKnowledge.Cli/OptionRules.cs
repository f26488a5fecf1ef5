using System.CommandLine;
using OpsKnowledge.Core.Search;

namespace OpsKnowledge.Cli;

/// <summary>Value checks for options, reported as parse errors (one line, exit 2) before a command runs.</summary>
public static class OptionRules
{
    /// <summary>What --kind of a search accepts: sections, each kind of the catalogue, or any record.</summary>
    public static readonly string[] SearchKinds =
        [EntryKindFilter.SectionWireName, .. Core.Records.RecordKinds.WireNames, EntryKindFilter.AnyRecordWireName];

    /// <summary>What --kind of a record listing accepts: the catalogue's kinds.</summary>
    public static readonly string[] RecordKinds = [.. Core.Records.RecordKinds.WireNames];

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
