using System.Text.Json;
using System.Text.Json.Serialization;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Core.Serialization;

/// <summary>Writes and reads a <see cref="Record"/> as one flat object, its details' fields among the common ones, in the order the wire has always had.</summary>
/// <remarks>The flat shape is what the CLI, the web API and existing indexes hold, so the split into details types must not show on the wire.</remarks>
public sealed class RecordJsonConverter : JsonConverter<Record>
{
    public override void Write(Utf8JsonWriter writer, Record value, JsonSerializerOptions options)
    {
        var measure = value.Measure;
        var risk = value.Risk;
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("kind");
        JsonSerializer.Serialize(writer, value.Kind, options);
        writer.WriteString("doc", value.Doc);
        WriteText(writer, "section", value.Section);
        writer.WriteString("name", value.Name);
        WriteText(writer, "canonicalName", measure?.CanonicalName);
        WriteText(writer, "value", measure?.Value);
        WriteText(writer, "baseline", measure?.Baseline);
        WriteText(writer, "period", value.Period);
        WriteEnum(writer, "op", measure?.Op, options);
        WriteNumber(writer, "number", measure?.Number);
        WriteNumber(writer, "numberTo", measure?.NumberTo);
        WriteText(writer, "unit", measure?.Unit);
        WriteNumber(writer, "baselineNumber", measure?.BaselineNumber);
        WriteEnum(writer, "direction", measure?.Direction, options);
        WriteText(writer, "description", risk?.Description);
        WriteText(writer, "level", risk?.Level);
        WriteText(writer, "likelihood", risk?.Likelihood);
        WriteText(writer, "impact", risk?.Impact);
        WriteText(writer, "mitigation", risk?.Mitigation);
        WriteText(writer, "date", value.Milestone?.Date);
        writer.WritePropertyName("scope");
        JsonSerializer.Serialize(writer, value.Scope, options);
        writer.WriteString("evidence", value.Evidence);
        writer.WritePropertyName("source");
        JsonSerializer.Serialize(writer, value.Source, options);
        writer.WriteNumber("confidence", value.Confidence);
        if (value.Uncertain) writer.WriteBoolean("uncertain", true);
        WriteText(writer, "uncertainBecause", value.UncertainBecause);
        writer.WriteEndObject();
    }

    public override Record Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a record is a JSON object");
        string? id = null, doc = null, name = null, evidence = null;
        RecordKind? kind = null;
        RecordSource? source = null;
        var common = new Record { Id = "", Kind = RecordKind.Kpi, Doc = "", Name = "", Evidence = "", Source = new RecordSource { Start = 0, End = 0 } };
        var measure = MeasureDetails.Empty;
        var risk = RiskDetails.Empty;
        var milestone = MilestoneDetails.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "id": id = reader.GetString(); break;
                case "kind": kind = JsonSerializer.Deserialize<RecordKind>(ref reader, options); break;
                case "doc": doc = reader.GetString(); break;
                case "section": common = common with { Section = reader.GetString() }; break;
                case "name": name = reader.GetString(); break;
                case "canonicalName": measure = measure with { CanonicalName = reader.GetString() }; break;
                case "value": measure = measure with { Value = reader.GetString() }; break;
                case "baseline": measure = measure with { Baseline = reader.GetString() }; break;
                case "period": common = common with { Period = reader.GetString() }; break;
                case "op": measure = measure with { Op = JsonSerializer.Deserialize<RecordOperator?>(ref reader, options) }; break;
                case "number": measure = measure with { Number = ReadNumber(ref reader) }; break;
                case "numberTo": measure = measure with { NumberTo = ReadNumber(ref reader) }; break;
                case "unit": measure = measure with { Unit = reader.GetString() }; break;
                case "baselineNumber": measure = measure with { BaselineNumber = ReadNumber(ref reader) }; break;
                case "direction": measure = measure with { Direction = JsonSerializer.Deserialize<Direction?>(ref reader, options) }; break;
                case "description": risk = risk with { Description = reader.GetString() }; break;
                case "level": risk = risk with { Level = reader.GetString() }; break;
                case "likelihood": risk = risk with { Likelihood = reader.GetString() }; break;
                case "impact": risk = risk with { Impact = reader.GetString() }; break;
                case "mitigation": risk = risk with { Mitigation = reader.GetString() }; break;
                case "date": milestone = milestone with { Date = reader.GetString() }; break;
                case "scope": common = common with { Scope = JsonSerializer.Deserialize<RecordScope>(ref reader, options) }; break;
                case "evidence": evidence = reader.GetString(); break;
                case "source": source = JsonSerializer.Deserialize<RecordSource>(ref reader, options); break;
                case "confidence": common = common with { Confidence = reader.GetDouble() }; break;
                case "uncertain": common = common with { Uncertain = reader.GetBoolean() }; break;
                case "uncertainBecause": common = common with { UncertainBecause = reader.GetString() }; break;
                // Fields this version does not know are skipped, as the serializer did before the converter.
                default: reader.Skip(); break;
            }
        }
        if (id is null || kind is null || doc is null || name is null || evidence is null || source is null)
            throw new JsonException("a record needs id, kind, doc, name, evidence and source");

        var empty = RecordKinds.Of(kind.Value).EmptyDetails;
        // Fields of another kind's details (a risk level on a KPI) have no place to go and are dropped.
        RecordDetails details = empty switch
        {
            MeasureDetails => measure,
            RiskDetails => risk,
            MilestoneDetails => milestone,
            _ => throw new JsonException($"no reader for {empty.GetType().Name}"),
        };
        return common with
        {
            Id = id, Kind = kind.Value, Doc = doc, Name = name, Evidence = evidence, Source = source,
            Details = details,
        };
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? text)
    {
        if (text is not null) writer.WriteString(name, text);
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? number)
    {
        if (number is { } n) writer.WriteNumber(name, n);
    }

    private static void WriteEnum<T>(Utf8JsonWriter writer, string name, T? value, JsonSerializerOptions options) where T : struct, Enum
    {
        if (value is not { } v) return;
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, v, options);
    }

    private static decimal? ReadNumber(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
}
