namespace OpsKnowledge.Repair.Tests;

/// <summary>Input/expected pairs from one fixture folder, as theory data.</summary>
public static class FixtureCases
{
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.input.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".input.txt".Length]);
        }
        return data;
    }

    public static (string Input, string Expected) Read(string folder, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder);
        return (File.ReadAllText(Path.Combine(directory, name + ".input.txt")), File.ReadAllText(Path.Combine(directory, name + ".expected.txt")));
    }

    public static void AssertRepaired(string folder, string name)
    {
        var (input, expected) = Read(folder, name);
        var repaired = TextRepairer.Default.Repair(input);
        Assert.Equal(expected, repaired.Text);
        if (input != expected) Assert.NotEmpty(repaired.Report.Repairs);
    }
}
