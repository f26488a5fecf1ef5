using Xunit;

namespace OpsKnowledge.Structure.Tests;

/// <summary>Each Fixtures/Outlines/*.txt plan, structured, gives the outline written beside it in *.outline.</summary>
public class OutlineFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Outlines");

    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order()) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void PlainTextPlan_HasExpectedOutline(string name)
    {
        var document = Build(name);
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".outline")).Replace("\r\n", "\n").TrimEnd();
        Assert.Equal(expected, DocumentAssert.Outline(document));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void PlainTextPlan_SpansSliceExactly(string name) => DocumentAssert.SpansSliceExactly(Build(name));

    internal static Core.Model.Document Build(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        var blocks = new PlainTextStructurer().Split(text);
        return new DocumentBuilder().Build(Tests.Build.Unstructured(name + ".txt", "txt", text), blocks);
    }
}
