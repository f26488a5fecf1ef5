using System.Text;
using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Planning.Comparison;

/// <summary>Writes comparisons as RFC 4180 CSV with Chinese headers; streams get a UTF-8 BOM so Excel reads the Chinese right.</summary>
public sealed class ComparisonCsvWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly string[] KpiHeader =
    [
        "指标", "文档", "章节", "原文名称", "周期", "目标值", "运算", "数值", "数值上限", "单位",
        "换算数值", "换算数值上限", "换算单位", "换算说明", "基准值", "基准数值", "范围", "异常值", "证据", "页", "表", "行", "列", "起", "止", "存疑",
    ];

    private static readonly string[] PlanHeader =
    [
        "指标", "周期", "对比", "A文档", "A目标值", "A换算数值", "B文档", "B目标值", "B换算数值", "单位", "差值(B−A)", "A来源", "B来源", "A存疑", "B存疑",
    ];

    /// <summary>Writes UTF-8 with a BOM, CRLF line ends.</summary>
    public void Write(Stream stream, KpiComparison comparison)
    {
        using var writer = new StreamWriter(stream, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
        Write(writer, comparison);
    }

    /// <summary>Writes UTF-8 with a BOM, CRLF line ends.</summary>
    public void Write(Stream stream, PlanComparison comparison)
    {
        using var writer = new StreamWriter(stream, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
        Write(writer, comparison);
    }

    /// <summary>Writes text only; the writer's encoding decides about a BOM.</summary>
    public void Write(TextWriter writer, KpiComparison comparison)
    {
        WriteLine(writer, KpiHeader);
        foreach (var row in comparison.Rows)
        {
            WriteLine(writer,
            [
                row.Kpi, row.Doc, row.Section, row.Name, row.Period, row.Value, OperatorText(row.Op), Number(row.Number), Number(row.NumberTo), row.Unit,
                Number(row.ConvertedNumber), Number(row.ConvertedNumberTo), row.ConvertedUnit, row.Conversion, row.Baseline, Number(row.BaselineNumber),
                row.Scope == RecordScope.Plan ? "方案" : "参考", row.Outlier ? "是" : "", row.Evidence,
                Int(row.Source.Page), Int(row.Source.Table), Int(row.Source.Row), Int(row.Source.Col), Int(row.Source.Start), Int(row.Source.End), Doubt(row),
            ]);
        }
    }

    /// <summary>Writes text only; the writer's encoding decides about a BOM.</summary>
    public void Write(TextWriter writer, PlanComparison comparison)
    {
        WriteLine(writer, PlanHeader);
        foreach (var pair in comparison.Pairs)
        {
            WriteLine(writer,
            [
                pair.Kpi, pair.Period ?? pair.A?.Period ?? pair.B?.Period,
                pair.Presence switch { KpiPresence.Both => "双方", KpiPresence.OnlyA => "仅A", _ => "仅B" },
                pair.DocA, pair.A?.Value, Number(pair.A?.ConvertedNumber),
                pair.DocB, pair.B?.Value, Number(pair.B?.ConvertedNumber),
                pair.Unit, Number(pair.Difference), SourceText(pair.A), SourceText(pair.B), Doubt(pair.A), Doubt(pair.B),
            ]);
        }
    }

    /// <summary>The CSV as a string (no BOM).</summary>
    public string ToCsv(KpiComparison comparison)
    {
        var writer = new StringWriter { NewLine = "\r\n" };
        Write(writer, comparison);
        return writer.ToString();
    }

    /// <summary>The CSV as a string (no BOM).</summary>
    public string ToCsv(PlanComparison comparison)
    {
        var writer = new StringWriter { NewLine = "\r\n" };
        Write(writer, comparison);
        return writer.ToString();
    }

    /// <summary>Quotes a field when it holds a comma, quote, CR or LF, doubling inner quotes (RFC 4180); a field a spreadsheet would run as a formula is written as text.</summary>
    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        field = SpreadsheetText.Guard(field);
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Escape(fields[i]));
        }
        writer.WriteLine();
    }

    /// <summary>"存疑：reason" for a value resting on a guess, empty otherwise.</summary>
    private static string? Doubt(ComparisonRow? row) => row is { Uncertain: true } ? $"存疑：{row.UncertainBecause ?? "依据的修复为猜测"}" : null;

    private static string? Number(decimal? value) => value is { } v ? UnitConverter.Format(v) : null;

    private static string? Int(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? SourceText(ComparisonRow? row) => row is null ? null : SourceLabel.Of(row.Doc, row.Section);

    private static string? OperatorText(RecordOperator? op) => op switch
    {
        RecordOperator.AtLeast => "≥",
        RecordOperator.AtMost => "≤",
        RecordOperator.Equal => "=",
        RecordOperator.Range => "区间",
        RecordOperator.IncreaseBy => "提升",
        RecordOperator.DecreaseBy => "下降",
        RecordOperator.Approx => "约",
        _ => null,
    };
}
