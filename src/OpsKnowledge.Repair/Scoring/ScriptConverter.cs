using ICU4N.Text;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>Traditional-to-simplified conversion, one character at a time, from a table built once with ICU's Traditional-Simplified transliterator.</summary>
public static class ScriptConverter
{
    // Character-for-character keeps offsets stable; ICU's phrase rules matter little for plan text.
    private static readonly Lazy<char[]> Map = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToSimplified(char c) => CharacterBands.IsHan(c) ? Map.Value[c] : c;

    /// <summary>True when <paramref name="c"/> is a traditional form with a different simplified form.</summary>
    public static bool IsTraditional(char c) => ToSimplified(c) != c;

    private static readonly Lazy<bool[]> SimplifiedTargets = new(() =>
    {
        var targets = new bool[65536];
        var map = Map.Value;
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] != i) targets[map[i]] = true;
        }
        return targets;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when <paramref name="c"/> is a simplified form whose traditional form differs (数 for 數): out of place in a traditional document.</summary>
    public static bool HasTraditionalForm(char c) => CharacterBands.IsHan(c) && SimplifiedTargets.Value[c];

    /// <summary>Converts every traditional character of <paramref name="text"/> to simplified.</summary>
    public static string ToSimplified(string text)
    {
        char[]? buffer = null;
        for (var i = 0; i < text.Length; i++)
        {
            var s = ToSimplified(text[i]);
            if (s == text[i]) continue;
            buffer ??= text.ToCharArray();
            buffer[i] = s;
        }
        return buffer is null ? text : new string(buffer);
    }

    private static char[] Build()
    {
        var map = new char[65536];
        for (var i = 0; i < map.Length; i++) map[i] = (char)i;
        Transliterator transliterator;
        lock (IcuCreation.Gate) transliterator = Transliterator.GetInstance("Traditional-Simplified");
        var block = new char[256];
        for (var start = 0x3400; start < 0xFB00; start += 256)
        {
            for (var k = 0; k < 256; k++) block[k] = (char)(start + k);
            var source = new string(block);
            var converted = transliterator.Transliterate(source);
            if (converted.Length == source.Length)
            {
                for (var k = 0; k < 256; k++) map[start + k] = CharacterBands.IsHan(converted[k]) ? converted[k] : (char)(start + k);
                continue;
            }
            for (var k = 0; k < 256; k++)
            {
                var one = transliterator.Transliterate(source.Substring(k, 1));
                if (one.Length == 1 && CharacterBands.IsHan(one[0])) map[start + k] = one[0];
            }
        }
        return map;
    }
}
