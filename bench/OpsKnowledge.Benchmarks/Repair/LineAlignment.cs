namespace OpsKnowledge.Benchmarks.Repair;

/// <summary>Character alignment of one line against its clean original: which characters of each side match (Levenshtein backtrace).</summary>
public sealed class LineAlignment
{
    // Lines longer than this are compared by common prefix and suffix only (a whole page on one line would cost seconds).
    private const long MaxCells = 4_000_000;

    private LineAlignment(bool[] textMatched, bool[] cleanMatched, int distance)
    {
        TextMatched = textMatched;
        CleanMatched = cleanMatched;
        Distance = distance;
    }

    /// <summary>Per character of the compared text: true when it is aligned to an equal clean character.</summary>
    public bool[] TextMatched { get; }

    /// <summary>Per character of the clean line: true when an equal character of the compared text is aligned to it.</summary>
    public bool[] CleanMatched { get; }

    public int Distance { get; }

    public static LineAlignment Align(string text, string clean)
    {
        var textMatched = new bool[text.Length];
        var cleanMatched = new bool[clean.Length];
        var prefix = 0;
        while (prefix < text.Length && prefix < clean.Length && text[prefix] == clean[prefix]) prefix++;
        var suffix = 0;
        while (suffix < text.Length - prefix && suffix < clean.Length - prefix && text[^(suffix + 1)] == clean[^(suffix + 1)]) suffix++;
        for (var k = 0; k < prefix; k++) textMatched[k] = cleanMatched[k] = true;
        for (var k = 1; k <= suffix; k++)
        {
            textMatched[^k] = true;
            cleanMatched[^k] = true;
        }
        int n = text.Length - prefix - suffix, m = clean.Length - prefix - suffix;
        if (n == 0 || m == 0) return new LineAlignment(textMatched, cleanMatched, Math.Max(n, m));
        if ((long)n * m > MaxCells) return new LineAlignment(textMatched, cleanMatched, Math.Max(n, m));
        var cost = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++) cost[i, 0] = i;
        for (var j = 0; j <= m; j++) cost[0, j] = j;
        for (var i = 1; i <= n; i++)
        {
            var a = text[prefix + i - 1];
            for (var j = 1; j <= m; j++)
            {
                var substitute = cost[i - 1, j - 1] + (a == clean[prefix + j - 1] ? 0 : 1);
                cost[i, j] = Math.Min(substitute, Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }
        int x = n, y = m;
        while (x > 0 && y > 0)
        {
            var same = text[prefix + x - 1] == clean[prefix + y - 1];
            if (cost[x, y] == cost[x - 1, y - 1] + (same ? 0 : 1))
            {
                if (same) textMatched[prefix + x - 1] = cleanMatched[prefix + y - 1] = true;
                x--;
                y--;
            }
            else if (cost[x, y] == cost[x - 1, y] + 1) x--;
            else y--;
        }
        return new LineAlignment(textMatched, cleanMatched, cost[n, m]);
    }
}
