using OpsKnowledge.Core.Records;

namespace OpsKnowledge.Benchmarks.Formats;

/// <summary>
/// How many of the original's records a rendered copy gives again, matched one to one by kind, name (whitespace ignored) and
/// value (number and unit for measures, date for milestones); table records are counted apart from prose records.
/// </summary>
public static class RecordRecall
{
    public sealed record Outcome(int Table, int TableFound, int Prose, int ProseFound, IReadOnlyList<Record> Missed);

    public static Outcome Compare(IReadOnlyList<Record> original, IReadOnlyList<Record> rendered)
    {
        var pool = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in rendered) pool[Key(record)] = pool.GetValueOrDefault(Key(record)) + 1;
        int table = 0, tableFound = 0, prose = 0, proseFound = 0;
        var missed = new List<Record>();
        foreach (var record in original)
        {
            var key = Key(record);
            var found = pool.GetValueOrDefault(key) > 0;
            if (found) pool[key]--;
            else missed.Add(record);
            if (record.Source.Table is not null)
            {
                table++;
                if (found) tableFound++;
            }
            else
            {
                prose++;
                if (found) proseFound++;
            }
        }
        return new Outcome(table, tableFound, prose, proseFound, missed);
    }

    public static string Key(Record record)
    {
        var name = string.Concat(record.Name.Where(c => !char.IsWhiteSpace(c)));
        var value = record.Details switch
        {
            MeasureDetails m when m.Number is not null => $"{m.Number}{(m.NumberTo is null ? "" : $"-{m.NumberTo}")}{m.Unit}",
            MeasureDetails m => string.Concat((m.Value ?? "").Where(c => !char.IsWhiteSpace(c))),
            MilestoneDetails d => d.Date ?? "",
            _ => "",
        };
        return $"{record.Kind}|{name}|{value}";
    }
}
