using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Benchmarks.Extraction;

/// <summary>Precision and recall per kind and per source (table, prose), and scope accuracy of matched prose records, over a corpus.</summary>
public sealed class ExtractionScore
{
    private readonly Dictionary<string, (int Gold, int Found, int Matched)> cells = new(StringComparer.Ordinal);
    private int scopeRight;
    private int scopeTotal;

    public List<string> Misses { get; } = [];

    public List<string> Extras { get; } = [];

    /// <summary>Greedy one-to-one matching of one document's records against its gold.</summary>
    public void Add(string doc, IReadOnlyList<GoldRecord> gold, IReadOnlyList<Record> found)
    {
        var used = new bool[found.Count];
        foreach (var g in gold)
        {
            var index = -1;
            for (var i = 0; i < found.Count; i++)
            {
                if (!used[i] && SourceOf(found[i]) == g.Source && RecordMatcher.Matches(g, found[i])) { index = i; break; }
            }
            if (index < 0)
            {
                for (var i = 0; i < found.Count; i++)
                {
                    if (!used[i] && RecordMatcher.Matches(g, found[i])) { index = i; break; }
                }
            }
            Count(g.Kind, g.Source, gold: 1, found: 0, matched: index >= 0 ? 1 : 0, scope: g.Scope);
            if (index < 0)
            {
                Misses.Add($"{doc} MISS {g.Kind}/{g.Source} {g.Name} = {g.Value} [{g.Period ?? g.Date}] :: {g.Evidence}");
                continue;
            }
            used[index] = true;
            if (g.Source == "prose")
            {
                scopeTotal++;
                if (string.Equals(g.Scope, found[index].Scope == RecordScope.Plan ? "plan" : "reference", StringComparison.Ordinal)) scopeRight++;
                else Misses.Add($"{doc} SCOPE {g.Name}: gold {g.Scope}");
            }
        }
        for (var i = 0; i < found.Count; i++)
        {
            Count(RecordMatcher.KindName(found[i].Kind), SourceOf(found[i]), gold: 0, found: 1, matched: 0, scope: found[i].Scope == RecordScope.Plan ? "plan" : "reference");
            if (!used[i]) Extras.Add($"{doc} EXTRA {RecordMatcher.KindName(found[i].Kind)}/{SourceOf(found[i])} {found[i].Name} = {found[i].Measure?.Value} [{found[i].Period ?? found[i].Milestone?.Date}] :: {found[i].Evidence}");
        }
    }

    private static string SourceOf(Record record) => record.Source.Table is null ? "prose" : "table";

    private void Count(string kind, string source, int gold, int found, int matched, string scope)
    {
        // scope slices show what the gold annotates (plan commitments) apart from reference figures it mostly leaves out.
        foreach (var key in new[] { $"kind:{kind}", $"source:{source}", $"{source}/{kind}", "all", $"{source}/scope:{scope}" })
        {
            var (g, f, m) = cells.GetValueOrDefault(key);
            // Matches are counted on the gold side; the found side only adds to the found total.
            cells[key] = (g + gold, f + found, m + matched);
        }
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"{"slice",-22} {"gold",5} {"found",6} {"match",6} {"P",7} {"R",7}");
        foreach (var (key, (gold, found, matched)) in cells.OrderBy(c => c.Key.StartsWith("all") ? 0 : c.Key.StartsWith("source:") ? 1 : c.Key.StartsWith("kind:") ? 2 : 3).ThenBy(c => c.Key))
        {
            var precision = found == 0 ? 1.0 : Math.Min(1.0, (double)matched / found);
            var recall = gold == 0 ? 1.0 : (double)matched / gold;
            output.WriteLine($"{key,-22} {gold,5} {found,6} {matched,6} {precision,7:P1} {recall,7:P1}");
        }
        output.WriteLine($"scope accuracy (matched prose records): {scopeRight}/{scopeTotal} = {(scopeTotal == 0 ? 1 : (double)scopeRight / scopeTotal):P1}");
    }
}
