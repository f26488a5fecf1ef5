using OpsKnowledge.Structure.Numbering;

namespace OpsKnowledge.Structure.Outline;

/// <summary>
/// Assigns heading levels by order of appearance: a numbering style (or markup level) already open pops back to its level,
/// a new one goes one deeper. No style has a fixed level, so "一、 > （一） > 1." and "1. > 1.1" both come out right.
/// </summary>
internal sealed class OutlineStack
{
    private readonly List<Entry> _entries = [];

    private sealed record Entry(NumberingStyle Style, int? MarkupLevel, int Ordinal, int SectionIndex);

    /// <summary>True when a list-like number plausibly continues its style: the next ordinal of an open style, or a new style starting near 1.</summary>
    public bool Continues(NumberingStyle style, int ordinal)
    {
        var index = IndexOfStyle(style);
        if (index < 0) return ordinal <= 2;
        var last = _entries[index].Ordinal;
        return ordinal > last && ordinal <= last + 2;
    }

    /// <summary>Places a heading and returns its 1-based level and its parent's section index.</summary>
    public (int Level, int? ParentIndex) Place(NumberingStyle style, int? markupLevel, int ordinal, int sectionIndex)
    {
        int index;
        if (markupLevel is { } markup)
        {
            index = _entries.FindIndex(e => e.MarkupLevel == markup);
            if (index < 0 && style.Kind != NumberingKind.None) index = IndexOfStyle(style);
            if (index < 0) index = _entries.FindIndex(e => e.MarkupLevel > markup);
            if (index < 0) index = _entries.Count;
        }
        else
        {
            index = IndexOfStyle(style);
            if (index < 0) index = _entries.Count;
        }
        _entries.RemoveRange(index, _entries.Count - index);
        var parent = index > 0 ? _entries[index - 1].SectionIndex : (int?)null;
        _entries.Add(new Entry(style, markupLevel, ordinal, sectionIndex));
        return (index + 1, parent);
    }

    private int IndexOfStyle(NumberingStyle style)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Style == style) return i;
        }
        return -1;
    }
}
