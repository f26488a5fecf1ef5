using System.CommandLine;
using System.Text;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Ingest.Html;
using OpsKnowledge.Repair;

namespace OpsKnowledge.Cli.Commands;

/// <summary>opsk repair FILE: decode and repair a damaged text file; the clean text, or a JSON report of every change.</summary>
public static class RepairCommand
{
    private static readonly HashSet<string> BinaryFormats = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".doc", ".xlsx" };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A text file (.txt .md .html …) in any encoding, possibly damaged" };
        var json = new Option<bool>("--json") { Description = "Print {text, encoding, repairs, unrecovered, boilerplateRemoved, partial} instead of the text" };
        var output = new Option<string?>("--out") { Description = "Write the repaired text (UTF-8) or the JSON to this file instead of stdout" };
        var command = new Command("repair", """
            Decode a file with the encoding that reads best as Chinese and undo mojibake, misaligned double-byte runs,
            pinyin-annotated traditional characters from document sites, and site boilerplate. Prints the repaired text
            (UTF-8), or with --json every change with its offsets, before and after, and confidence.

            Examples:
              opsk repair corpus/gongjiao-xianwang-youhua-jihua.txt
              opsk repair corpus/gongjiao-xianwang-youhua-jihua.txt --out plan-utf8.txt
              opsk repair corpus/shequ-zhangzhe-shitang-fangan.html --json
            """)
        {
            file, json, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new UserError($"{path}: no such file");
            if (BinaryFormats.Contains(Path.GetExtension(path)))
            {
                throw new UserError($"{path}: repair works on text files; for PDF and DOCX use 'opsk extract' or 'opsk show DOC --repairs' after ingest");
            }
            var bytes = File.ReadAllBytes(path);
            var extension = Path.GetExtension(path).ToLowerInvariant();
            var declared = extension is ".html" or ".htm" ? HtmlCharsetSniffer.Sniff(bytes) : null;
            var outcome = new TextRepairer().RepairBytes(bytes, declared);
            var text = parse.GetValue(json) ? OpsJson.Serialize(outcome) + "\n" : outcome.Text;
            if (parse.GetValue(output) is { } target)
            {
                File.WriteAllText(target, text, new UTF8Encoding(false));
                Console.Error.WriteLine($"opsk: wrote {target} ({outcome.Repairs.Count} repairs, {outcome.Unrecovered.Count} unrecovered, encoding {outcome.Encoding})");
            }
            else
            {
                Console.Out.Write(text);
            }
            return 0;
        });
        return command;
    }
}
