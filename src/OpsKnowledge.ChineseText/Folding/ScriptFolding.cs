using OpsKnowledge.ChineseText;

namespace OpsKnowledge.ChineseText.Folding;

/// <summary>Traditional-to-simplified folding one UTF-16 unit for one (offsets stay valid), built from the one table with a caller's named exceptions.</summary>
/// <remarks>Folding is context-free, as ICU's own Traditional-Simplified is per character: 乾隆 becomes 干隆 under <see cref="Standard"/>.</remarks>
public sealed class ScriptFolding
{
    /// <summary>Every mapping of the table: what Repair scores and compares by, and what Search indexes and queries by.</summary>
    public static ScriptFolding Standard { get; } = new(TraditionalSimplifiedTable.Load(), unifiedBlockOnly: false, keep: "");

    /// <summary>What the extraction grammar matches on: the unified block only, and 著 and 乾 kept as written.</summary>
    /// <remarks>Simplified plan text writes 著 (显著) and 乾 (乾坤) too, so folding them would break words the grammar reads;
    /// the grammar's table was only ever built for U+4E00–U+9FFF, so Extension A and compatibility ideographs pass unchanged.</remarks>
    public static ScriptFolding ForExtraction { get; } = new(TraditionalSimplifiedTable.Load(), unifiedBlockOnly: true, keep: "著乾");

    // One slot per BMP unit, the unit itself where nothing changes: a lookup is all a caller pays per character.
    private readonly char[] _simplified;
    private readonly Lazy<bool[]> _hasTraditionalForm;

    private ScriptFolding(char[] table, bool unifiedBlockOnly, string keep)
    {
        _simplified = table;
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (unifiedBlockOnly && !ChineseCharacters.IsUnifiedIdeograph(c)) table[i] = c;
        }
        foreach (var c in keep) table[c] = c;
        _hasTraditionalForm = new(() =>
        {
            var targets = new bool[0x10000];
            for (var i = 0; i < _simplified.Length; i++)
            {
                if (_simplified[i] != i) targets[_simplified[i]] = true;
            }
            return targets;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public char ToSimplified(char c) => _simplified[c];

    /// <summary>The same string when nothing needs folding; otherwise a copy of the same length.</summary>
    public string ToSimplified(string text)
    {
        var i = 0;
        while (i < text.Length && _simplified[text[i]] == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, (text, _simplified), static (span, state) =>
        {
            for (var k = 0; k < state.text.Length; k++) span[k] = state._simplified[state.text[k]];
        });
    }

    /// <summary>True when <paramref name="c"/> is a traditional form with a different simplified form.</summary>
    public bool IsTraditional(char c) => _simplified[c] != c;

    /// <summary>True when <paramref name="c"/> is a simplified form whose traditional form differs (数 for 數): out of place in a traditional document.</summary>
    public bool HasTraditionalForm(char c) => _hasTraditionalForm.Value[c];
}
