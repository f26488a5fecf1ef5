namespace OpsKnowledge.Application.Indexes;

/// <summary>Where the index lives: --index, else $OPSK_INDEX, else the user data dir ($XDG_DATA_HOME/opsknowledge/index or ~/.local/share/opsknowledge/index).</summary>
public static class IndexLocation
{
    public const string EnvironmentVariable = "OPSK_INDEX";

    public static string Resolve(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return Path.GetFullPath(explicitDirectory);

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dataHome = Path.Combine(home, ".local", "share");
        }
        return Path.Combine(dataHome, "opsknowledge", "index");
    }
}
