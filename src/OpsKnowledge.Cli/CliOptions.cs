using System.CommandLine;

namespace OpsKnowledge.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CliOptions
{
    public static Option<string?> Index { get; } = new("--index")
    {
        Description = "Index folder (default: $OPSK_INDEX, else $XDG_DATA_HOME/opsknowledge/index or ~/.local/share/opsknowledge/index)",
        Recursive = true,
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON, one object per line" };
}
