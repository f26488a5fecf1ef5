using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;
using OpsKnowledge.Repair.Boilerplate;
using OpsKnowledge.Repair.Decoding;
using OpsKnowledge.Repair.Mojibake;
using OpsKnowledge.Repair.Realignment;
using OpsKnowledge.Repair.Scoring;
using OpsKnowledge.Repair.SiteRendering;
using OpsKnowledge.Repair.Symbols;

namespace OpsKnowledge.Repair;

/// <summary>The repair stage: decodes bytes and runs each damage-kind repairer in turn, keeping an audit trail in input offsets.</summary>
public sealed class TextRepairer : ITextRepairer
{
    /// <summary>The default pipeline, safe to share between threads.</summary>
    public static TextRepairer Default { get; } = new();

    private readonly IReadOnlyList<IRepairer> repairers;
    private readonly ICandidateScorer scorer;
    private readonly RepairOptions options;
    private readonly ByteDecoder decoder;

    public TextRepairer()
        : this(RepairOptions.Default, DefaultRepairers(RepairOptions.Default), ChineseTextScorer.Default)
    {
    }

    public TextRepairer(RepairOptions options, IReadOnlyList<IRepairer> repairers, ICandidateScorer scorer)
    {
        this.options = options;
        this.repairers = repairers;
        this.scorer = scorer;
        decoder = new ByteDecoder(scorer);
    }

    /// <summary>The repairers of the default pipeline, in the order they run.</summary>
    public static IReadOnlyList<IRepairer> DefaultRepairers(RepairOptions options)
    {
        var list = new List<IRepairer>
        {
            new MojibakeRepairer(),
            new PinyinAnnotationRepairer(convertWholesale: false),
            new MisalignedRunRepairer(),
            new LostByteRepairer(),
            new PinyinAnnotationRepairer(convertWholesale: true),
            new LostSeparatorRepairer(),
        };
        if (options.RestoreFullWidthPunctuation) list.Add(new FullWidthPunctuationRepairer());
        if (options.RemoveBoilerplate) list.Add(new BoilerplateRemover());
        return list;
    }

    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null) => decoder.Decode(bytes, declaredCharset);

    public RepairedText Repair(string text)
    {
        var state = new RepairState();
        var current = text;
        int[]? map = null;
        var repairs = new List<TextRepair>();
        var unrecovered = new List<UnrecoveredSpan>();
        foreach (var repairer in repairers)
        {
            if (!repairer.MightApply(current, state)) continue;
            var context = new RepairContext(current, scorer, options, state);
            repairer.FindRepairs(context);
            foreach (var span in context.Unrecovered)
            {
                var (s, e) = (Origin(map, span.Start), Origin(map, span.End));
                unrecovered.Add(span with { Start = s, End = e, Text = text[s..Math.Max(s, e)] });
            }
            if (context.Repairs.Count == 0) continue;
            (current, map) = Apply(text, current, map, context.Repairs, repairer.Kind, repairs);
        }
        var report = repairs.Count == 0 && unrecovered.Count == 0 && state.BoilerplateRemoved == 0 && !state.Partial
            ? RepairReport.None
            : new RepairReport
            {
                Repairs = repairs,
                Unrecovered = unrecovered,
                BoilerplateRemoved = state.BoilerplateRemoved,
                Partial = state.Partial,
                PagesShown = state.PagesShown,
                PagesTotal = state.PagesTotal,
            };
        return new RepairedText(current, report);
    }

    /// <summary>Decodes <paramref name="bytes"/>, repairs the text and merges both reports into one JSON-ready outcome.</summary>
    public RepairOutcome RepairBytes(byte[] bytes, string? declaredCharset = null)
    {
        var decoded = Decode(bytes, declaredCharset);
        var repaired = Repair(decoded.Text);
        var report = repaired.Report;
        return new RepairOutcome
        {
            Text = repaired.Text,
            Encoding = decoded.Encoding,
            Repairs = report.Repairs,
            Unrecovered = [.. decoded.BadSpans, .. report.Unrecovered],
            BoilerplateRemoved = report.BoilerplateRemoved,
            Partial = report.Partial,
            PagesShown = report.PagesShown,
            PagesTotal = report.PagesTotal,
        };
    }

    // Neighbours either side of a repair that are looked at for damage left around it.
    private const int ContextChars = 4;

    private static int Origin(int[]? map, int position) => map is null ? position : map[position];

    private static (string Text, int[] Map) Apply(string original, string current, int[]? map, List<SpanRepair> proposed, string kind, List<TextRepair> log)
    {
        proposed.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var builder = new StringBuilder(current.Length);
        var newMap = new List<int>(current.Length + 1);
        var position = 0;
        foreach (var repair in proposed)
        {
            if (repair.Start < position || repair.End < repair.Start || repair.End > current.Length) continue;
            for (; position < repair.Start; position++)
            {
                builder.Append(current[position]);
                newMap.Add(Origin(map, position));
            }
            var (s, e) = (Origin(map, repair.Start), Origin(map, repair.End));
            var before = original[s..Math.Max(s, e)];
            var fromSurroundings = RepairConfidence.FromSurroundings(repair.Confidence, repair.After,
                current.AsSpan(Math.Max(0, repair.Start - ContextChars), repair.Start - Math.Max(0, repair.Start - ContextChars)),
                current.AsSpan(repair.End, Math.Min(current.Length, repair.End + ContextChars) - repair.End));
            var (confidence, alternatives) = RepairConfidence.Settle(current[repair.Start..repair.End], repair.After, fromSurroundings, repair.Alternatives);
            log.Add(new TextRepair(repair.Kind ?? kind, s, e, before, repair.After, Math.Round(confidence, 3)) { Alternatives = alternatives });
            for (var k = 0; k < repair.After.Length; k++)
            {
                builder.Append(repair.After[k]);
                newMap.Add(Origin(map, repair.Start + Math.Min(k, repair.End - repair.Start)));
            }
            position = repair.End;
        }
        for (; position < current.Length; position++)
        {
            builder.Append(current[position]);
            newMap.Add(Origin(map, position));
        }
        newMap.Add(Origin(map, current.Length));
        return (builder.ToString(), newMap.ToArray());
    }
}
