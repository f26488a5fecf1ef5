using System.Text;
using OpsKnowledge.Core.Model;

namespace OpsKnowledge.Application;

/// <summary>
/// Maps offsets of a document's repair report to offsets of the document's text. The report points into the text the repairer
/// was given (<see cref="Document.OriginalText"/>: the decoded file for .txt/.md, one line per block for markup formats);
/// records point into <see cref="Document.Text"/>, which the structure stage rebuilt from the repaired text.
/// </summary>
/// <remarks>
/// Two steps. First the report's repairs are replayed on the original text, in the order they were made, keeping for every
/// character the original offset it came from, as the repairer does; that yields the repaired text. Then the repaired text is
/// aligned with the document text character by character, skipping whitespace and table rules, which the structure stage
/// rewrites (blank lines dropped, lines trimmed, rows printed as "| a | b |").
/// </remarks>
public sealed class RepairOffsetMap
{
    // How far ahead the alignment looks to get back in step after markup the structure stage dropped (#, **, |---|)...
    private const int ResyncWindow = 16;
    private const int ResyncRun = 4;

    // ...and, failing that, how far it searches for the next few characters on either side (a block one side dropped whole).
    private const int AnchorWindow = 4096;
    private const int AnchorRun = 8;

    // Texts that share little (never the case for one document's repaired and structured text) must not cost quadratic time.
    private const int AnchorSearchesWithoutFind = 256;

    private readonly int[] _origin;
    private readonly int[] _toDocument;

    private RepairOffsetMap(string repairedText, int[] origin, int[] toDocument)
    {
        RepairedText = repairedText;
        _origin = origin;
        _toDocument = toDocument;
    }

    /// <summary>The repairer's output as rebuilt from the report (the text the structure stage was given).</summary>
    public string RepairedText { get; }

    public static RepairOffsetMap For(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (repaired, origin) = Replay(document.OriginalText, document.Repair.Repairs);
        return new RepairOffsetMap(repaired, origin, Align(repaired, document.Text));
    }

    /// <summary>Replays the repairs on <paramref name="original"/>: the repaired text and, per character (plus one past the end), its original offset.</summary>
    public static (string Text, int[] Origin) Replay(string original, IReadOnlyList<TextRepair> repairs)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(repairs);
        var text = original;
        var origin = new int[original.Length + 1];
        for (var i = 0; i < origin.Length; i++) origin[i] = i;
        var batchStart = 0;
        for (var i = 1; i <= repairs.Count; i++)
        {
            // One repairer's changes are sorted and disjoint; a change that overlaps or precedes the last belongs to a later repairer.
            if (i < repairs.Count && repairs[i].Start >= repairs[i - 1].End && repairs[i].Start >= repairs[i - 1].Start) continue;
            (text, origin) = Apply(text, origin, repairs, batchStart, i);
            batchStart = i;
        }
        return (text, origin);
    }

    /// <summary>
    /// The span of the document text that the original span [<paramref name="start"/>, <paramref name="end"/>) became
    /// (<paramref name="inserted"/>: the length of what a repair put there, for insertions); null when nothing of it is in the
    /// document text. Characters the structure stage dropped map to the next one kept, so the span is never empty.
    /// </summary>
    public TextSpan? ToDocument(int start, int end, int inserted = 0)
    {
        var lo = FirstAtOrAfter(start);
        var hi = end > start ? FirstAtOrAfter(end) : lo + inserted;
        hi = Math.Min(Math.Max(hi, lo), RepairedText.Length);
        int? first = null, last = null;
        for (var k = lo; k < hi; k++)
        {
            if (_toDocument[k] < 0) continue;
            first ??= _toDocument[k];
            last = _toDocument[k];
        }
        if (first is { } f && last is { } l) return new TextSpan(f, l + 1);
        for (var k = hi; k < _toDocument.Length; k++)
        {
            if (_toDocument[k] >= 0) return new TextSpan(_toDocument[k], _toDocument[k] + 1);
        }
        return null;
    }

    private int FirstAtOrAfter(int originalOffset)
    {
        // The origin array is non-decreasing: binary search for the first character at or after the offset.
        int lo = 0, hi = _origin.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_origin[mid] < originalOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Applies repairs [from, to) of one repairer, exactly as the repair stage composes its offset maps.</summary>
    private static (string, int[]) Apply(string current, int[] origin, IReadOnlyList<TextRepair> repairs, int from, int to)
    {
        var builder = new StringBuilder(current.Length);
        var newOrigin = new List<int>(current.Length + 1);
        var position = 0;
        for (var r = from; r < to; r++)
        {
            var repair = repairs[r];
            var cs = position;
            while (cs < current.Length && origin[cs] < repair.Start) cs++;
            var ce = cs;
            if (repair.End > repair.Start)
            {
                while (ce < current.Length && origin[ce] < repair.End) ce++;
            }
            for (; position < cs; position++)
            {
                builder.Append(current[position]);
                newOrigin.Add(origin[position]);
            }
            for (var k = 0; k < repair.After.Length; k++)
            {
                builder.Append(repair.After[k]);
                newOrigin.Add(origin[cs + Math.Min(k, ce - cs)]);
            }
            position = ce;
        }
        for (; position < current.Length; position++)
        {
            builder.Append(current[position]);
            newOrigin.Add(origin[position]);
        }
        newOrigin.Add(origin[current.Length]);
        return (builder.ToString(), newOrigin.ToArray());
    }

    /// <summary>For each character of <paramref name="repaired"/>, its offset in <paramref name="documentText"/>, or -1.</summary>
    private static int[] Align(string repaired, string documentText)
    {
        var map = new int[repaired.Length];
        Array.Fill(map, -1);
        var a = Significant(repaired);
        var b = Significant(documentText);
        int i = 0, j = 0;
        var fruitlessSearchesLeft = AnchorSearchesWithoutFind;
        while (i < a.Count && j < b.Count)
        {
            if (repaired[a[i]] == documentText[b[j]])
            {
                map[a[i++]] = b[j++];
                continue;
            }
            var (skipA, skipB) = Resync(repaired, a, i, documentText, b, j, ref fruitlessSearchesLeft);
            i += skipA;
            j += skipB;
        }
        return map;
    }

    /// <summary>The smallest skip on either side after which a few characters agree again; one on each side (a changed character) when none.</summary>
    private static (int, int) Resync(string x, List<int> a, int i, string y, List<int> b, int j, ref int fruitlessSearchesLeft)
    {
        for (var distance = 1; distance <= ResyncWindow; distance++)
        {
            for (var skipA = 0; skipA <= distance; skipA++)
            {
                var skipB = distance - skipA;
                if (Agree(x, a, i + skipA, y, b, j + skipB, ResyncRun)) return (skipA, skipB);
            }
        }
        // A longer stretch only one side has: find where the other side's next characters occur, and skip the shorter way.
        if (fruitlessSearchesLeft <= 0) return (1, 1);
        int? skipInA = null, skipInB = null;
        for (var k = 1; k <= AnchorWindow && i + k < a.Count; k++)
        {
            if (!Agree(x, a, i + k, y, b, j, AnchorRun)) continue;
            skipInA = k;
            break;
        }
        for (var k = 1; k <= AnchorWindow && j + k < b.Count && (skipInA is null || k < skipInA); k++)
        {
            if (!Agree(x, a, i, y, b, j + k, AnchorRun)) continue;
            skipInB = k;
            break;
        }
        if (skipInB is { } onB) return (0, onB);
        if (skipInA is { } onA) return (onA, 0);
        fruitlessSearchesLeft--;
        return (1, 1);
    }

    private static bool Agree(string x, List<int> a, int i, string y, List<int> b, int j, int length)
    {
        if (i >= a.Count || j >= b.Count) return false;
        var run = Math.Min(length, Math.Min(a.Count - i, b.Count - j));
        for (var k = 0; k < run; k++)
        {
            if (x[a[i + k]] != y[b[j + k]]) return false;
        }
        return true;
    }

    private static List<int> Significant(string text)
    {
        var positions = new List<int>(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (!char.IsWhiteSpace(c) && c is not '|' and not '｜') positions.Add(k);
        }
        return positions;
    }
}
