using System.Text.Json;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.TestKit.Documents;
using Xunit;

namespace OpsKnowledge.Extract.Tests;

/// <summary>Extraction cases as files under Specs/: a plain-text input and the records it must give, one JSON object per line.</summary>
/// <remarks>
/// An expected line states only the fields the case is about, by their JSON names (kind, name, number, unit, op, period,
/// scope …); other fields are not checked, and a field stated as null must be absent. The pseudo-field "clause" is the
/// document text the record's source span covers. Lines starting with '#' are notes. An expected file with no record
/// lines is a near miss: the input must give no record at all. Records are compared in extraction order and their
/// number must match exactly.
/// </remarks>
public static class ExtractionSpecCases
{
    private const string InputSuffix = ".input.txt";
    private const string ExpectedSuffix = ".expected.jsonl";

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>Every case as "Folder/name", ordered, as theory data.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*" + InputSuffix, SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file[..^InputSuffix.Length]);
        }
        return data;
    }

    /// <summary>Extracts from the case's input and checks the records against its expected file.</summary>
    public static void AssertExtracted(string spec)
    {
        var input = File.ReadAllText(Path.Combine(Root, spec + InputSuffix));
        var expected = File.ReadAllLines(Path.Combine(Root, spec + ExpectedSuffix))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();

        var document = TestDocumentBuilder.FromPlainText(input, "spec.txt");
        var actual = RecordExtractor.Default.Extract(document).Select(record => Observed(record, document)).ToList();

        var shown = string.Join("\n", actual.Select(a => a.GetRawText()));
        Assert.True(expected.Count == actual.Count, $"{spec}: expected {expected.Count} record(s), got {actual.Count}:\n{shown}");
        var failures = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            Compare(expected[i], actual[i], $"record {i + 1}", failures);
        }
        if (failures.Count > 0) Assert.Fail($"{spec}:\n{string.Join("\n", failures)}\ngot:\n{shown}");
    }

    /// <summary>The record as the rest of the product sees it (its JSON), plus the clause its source span covers.</summary>
    private static JsonElement Observed(Core.Records.Record record, Document document)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(OpsJson.Serialize(record))!.AsObject();
        json["clause"] = document.Text[record.Source.Start..record.Source.End];
        return JsonDocument.Parse(json.ToJsonString(OpsJson.Options)).RootElement;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string where, List<string> failures)
    {
        foreach (var property in expected.EnumerateObject())
        {
            var found = actual.TryGetProperty(property.Name, out var value) && value.ValueKind != JsonValueKind.Null;
            var at = $"{where}: {property.Name}";
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    if (found) failures.Add($"{at} expected absent, got {value.GetRawText()}");
                    break;
                case JsonValueKind.Object when found && value.ValueKind == JsonValueKind.Object:
                    Compare(property.Value, value, at, failures);
                    break;
                case JsonValueKind.Number when found && value.ValueKind == JsonValueKind.Number:
                    // 95 and 95.0 are the same figure; the scale a parser keeps is not what a case is about.
                    if (property.Value.GetDecimal() != value.GetDecimal()) failures.Add($"{at} expected {property.Value.GetRawText()}, got {value.GetRawText()}");
                    break;
                default:
                    if (!found || !JsonElement.DeepEquals(property.Value, value))
                        failures.Add($"{at} expected {property.Value.GetRawText()}, got {(found ? value.GetRawText() : "nothing")}");
                    break;
            }
        }
    }
}
