using System.Text;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.TestKit.Documents;

/// <summary>Builds a document from its headings, each followed by one line of body text, with sections as the structure stage would give them.</summary>
public static class OutlineDocument
{
    public static Document Plan(string id, params (int Level, string? Number, string Title)[] headings)
    {
        var text = new StringBuilder();
        var starts = new List<(int HeadingStart, int HeadingEnd)>();
        foreach (var (_, number, title) in headings)
        {
            var start = text.Length;
            text.Append(number is null ? title : $"{number} {title}");
            starts.Add((start, text.Length));
            text.Append('\n').Append("本节内容待补充。").Append('\n');
        }

        var sections = new List<Section>();
        var path = new List<(int Level, int Index, string Heading)>();
        for (var i = 0; i < headings.Length; i++)
        {
            var (level, number, title) = headings[i];
            var end = text.Length;
            for (var j = i + 1; j < headings.Length; j++)
            {
                if (headings[j].Level <= level) { end = starts[j].HeadingStart; break; }
            }
            path.RemoveAll(p => p.Level >= level);
            var heading = number is null ? title : $"{number} {title}";
            sections.Add(new Section
            {
                Index = i,
                ParentIndex = path.Count == 0 ? null : path[^1].Index,
                Level = level,
                Number = number,
                Title = title,
                Path = [.. path.Select(p => p.Heading), heading],
                HeadingSpan = new TextSpan(starts[i].HeadingStart, starts[i].HeadingEnd),
                Span = new TextSpan(starts[i].HeadingStart, end),
            });
            path.Add((level, i, heading));
        }

        return new Document
        {
            Id = id,
            SourcePath = "/plans/" + id,
            Format = Path.GetExtension(id).TrimStart('.'),
            OriginalText = text.ToString(),
            Text = text.ToString(),
            Repair = RepairReport.None,
            Sections = sections,
            Blocks = [],
        };
    }
}
