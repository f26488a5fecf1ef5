namespace OpsKnowledge.Ingest.Tests.Html;

/// <summary>Paths of fixture files copied beside the test assembly.</summary>
public static class Fixture
{
    public static string Path(string folder, string name) => System.IO.Path.Combine(AppContext.BaseDirectory, folder, "Fixtures", name);

    public static byte[] Bytes(string folder, string name) => File.ReadAllBytes(Path(folder, name));
}
