using OpsKnowledge.Core.Records;
using OpsKnowledge.TestKit.Documents;
using Xunit;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Extract.Tests;

/// <summary>The grammar of real plans and work reports (lists, names, units, operators, scope, periods, near misses), as fixture files in our own words.</summary>
public sealed class RealShapeFixtureTests
{
    private const string Folder = "Fixtures/real-shapes";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var block in File.ReadAllText(file).Split("=== ", StringSplitOptions.RemoveEmptyEntries))
            {
                var title = block[..block.IndexOf('\n')].Trim();
                data.Add(Path.GetFileNameWithoutExtension(file), title);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GivesTheExpectedRecords(string file, string title)
    {
        var block = File.ReadAllText(Path.Combine(Folder, file + ".txt")).Split("=== ", StringSplitOptions.RemoveEmptyEntries).Single(b => b.StartsWith(title, StringComparison.Ordinal));
        var body = block[(block.IndexOf('\n') + 1)..];
        var parts = body.Split("\n---\n");
        var document = TestDocumentBuilder.FromPlainText(parts[0], "shapes.txt");
        var records = RecordExtractor.Default.Extract(document).Where(r => r.Kind is RecordKind.Target or RecordKind.Kpi).ToList();
        var expected = parts[1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(expected);
        foreach (var line in expected)
        {
            var f = line.Split('|').Select(s => s.Trim()).ToArray();
            if (f[0] == "none")
            {
                var number = decimal.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
                Assert.DoesNotContain(records, r => r.Measure?.Number == number);
                continue;
            }
            var found = records.Where(r => r.Name == f[1] && r.Measure?.Number == decimal.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(found.Count > 0, $"no record {f[1]} = {f[2]} in: {Describe(records)}");
            var record = found[0];
            Check(f[0], record.Kind.ToString().ToLowerInvariant(), "kind", record);
            Check(f[3], record.Measure!.Unit, "unit", record);
            Check(f[4], record.Measure!.Op is null ? "equal" : char.ToLowerInvariant(record.Measure!.Op.Value.ToString()[0]) + record.Measure!.Op.Value.ToString()[1..], "op", record);
            Check(f[5], record.Scope == RecordScope.Plan ? "plan" : "reference", "scope", record);
            Check(f[6], record.Period, "period", record);
        }
    }

    private static void Check(string expected, string? actual, string field, Record record)
    {
        if (expected == "-") return;
        Assert.True(expected == "∅" ? actual is null : expected == actual, $"{record.Name}: {field} is {actual ?? "∅"}, expected {expected}");
    }

    private static string Describe(IEnumerable<Record> records) =>
        string.Join("; ", records.Select(r => $"{r.Kind} {r.Name}={r.Measure?.Number}{r.Measure?.Unit} {r.Measure?.Op} {r.Scope} {r.Period}"));
}
