using System.Buffers.Binary;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using ICU4N.Impl;
using ICU4N.Util;
using OpsKnowledge.ChineseText;
using OpsKnowledge.ChineseText.Folding;

namespace OpsKnowledge.Repair.Scoring;

/// <summary>A word-cost language model over ICU's Chinese/Japanese break dictionary (cjdict): the cost of a text is its cheapest segmentation into dictionary words.</summary>
/// <remarks>
/// cjdict holds about 315,000 words, each with a cost of roughly −log(frequency) (27 for 的 up to 255).
/// Single characters are words too, so the dictionary doubles as a character unigram model.
/// The dictionary is read on first use only, i.e. when a repair candidate needs scoring; clean text never pays for it.
/// </remarks>
public static class ChineseLanguageModel
{
    /// <summary>The cost ICU gives a character that is not in the dictionary; unknown characters cost this plus a penalty by band.</summary>
    public const int UnknownCharacterCost = 255;

    /// <summary>The longest word the Viterbi search looks up.</summary>
    private const int MaxWordLength = 12;

    private static readonly Lazy<string> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // A CharsTrie is a cursor over the shared, read-only trie text: one cursor per thread.
    [ThreadStatic]
    private static CharsTrie? perThread;

    /// <summary>How long reading the dictionary took (zero until first use).</summary>
    public static TimeSpan LoadTime { get; private set; }

    private static CharsTrie Trie() => perThread ??= new CharsTrie(Data.Value, 0);

    /// <summary>The dictionary cost of <paramref name="word"/>, or null when it is not a dictionary word. Traditional characters are looked up as written.</summary>
    public static int? WordCost(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return null;
        var trie = Trie();
        trie.Reset();
        var result = Result.NoMatch;
        foreach (var c in word)
        {
            result = trie.Next(c);
            if (result == Result.NoMatch) return null;
        }
        return result.HasValue() ? trie.GetValue() : null;
    }

    /// <summary>Adds to <paramref name="found"/> each of <paramref name="options"/> that completes <paramref name="prefix"/> to a dictionary word (simplified forms), without allocating.</summary>
    public static void Completions(ReadOnlySpan<char> prefix, ReadOnlySpan<char> options, List<char> found)
    {
        var trie = Trie();
        trie.Reset();
        foreach (var c in prefix)
        {
            if (!trie.Next(ScriptFolding.Standard.ToSimplified(c)).HasNext()) return;
        }
        var state = new CharsTrieState();
        trie.SaveState(state);
        foreach (var option in options)
        {
            trie.ResetToState(state);
            if (trie.Next(ScriptFolding.Standard.ToSimplified(option)).HasValue()) found.Add(option);
        }
    }

    /// <summary>The cost of one character on its own: its dictionary cost as a one-character word, else <see cref="UnknownCharacterCost"/> plus a band penalty.</summary>
    public static int CharacterCost(char c) => WordCost([c]) ?? UnknownCharacterCost + BandPenalty(c);

    /// <summary>The cost of the cheapest segmentation of <paramref name="text"/> into dictionary words (Viterbi); characters outside the dictionary cost their band's price.</summary>
    /// <remarks>Traditional characters are scored by their simplified forms, since the simplified entries carry the frequencies of modern plan text.</remarks>
    public static int SegmentationCost(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 0;
        var trie = Trie();
        Span<int> best = text.Length <= 256 ? stackalloc int[text.Length + 1] : new int[text.Length + 1];
        Span<char> simplified = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++) simplified[i] = ScriptFolding.Standard.ToSimplified(text[i]);
        best[0] = 0;
        for (var i = 1; i <= text.Length; i++) best[i] = int.MaxValue;
        for (var i = 0; i < text.Length; i++)
        {
            var here = best[i];
            var c = simplified[i];
            // A character outside the dictionary, or one that is not Han at all, is a word of its own.
            var single = here + SingleCost(c, text[i]);
            if (single < best[i + 1]) best[i + 1] = single;
            if (!ChineseCharacters.IsHan(c)) continue;
            trie.Reset();
            for (var j = i; j < text.Length && j - i < MaxWordLength; j++)
            {
                var result = trie.Next(simplified[j]);
                if (result == Result.NoMatch) break;
                if (result.HasValue())
                {
                    var cost = here + trie.GetValue() + TraditionalPenalty(text, i, j);
                    if (cost < best[j + 1]) best[j + 1] = cost;
                }
                if (!result.HasNext()) break;
            }
        }
        return best[text.Length];
    }

    private static int SingleCost(char simplified, char original)
    {
        if (ChineseCharacters.IsHan(simplified)) return WordCostOfSingle(simplified) + TraditionalPenalty(original, simplified);
        return CharacterBands.Of(original) switch
        {
            CharacterBand.Ascii or CharacterBand.Whitespace => 60,
            // The marks that end most clauses are the cheapest; rarer marks cost a little more.
            CharacterBand.CommonPunctuation => original switch
            {
                '，' => 45,
                '。' => 50,
                '、' or '；' or '：' or '（' or '）' or '“' or '”' => 60,
                _ => 75,
            },
            CharacterBand.RareSymbol => 200,
            CharacterBand.LatinSupplement or CharacterBand.Other => 220,
            _ => 400,
        };
    }

    private static int WordCostOfSingle(char c)
    {
        var trie = Trie();
        trie.Reset();
        var result = trie.Next(c);
        return result.HasValue() ? trie.GetValue() : UnknownCharacterCost + BandPenalty(c);
    }

    private static int TraditionalPenalty(char original, char simplified) => original == simplified ? 0 : 4;

    private static int TraditionalPenalty(ReadOnlySpan<char> text, int from, int to)
    {
        var penalty = 0;
        for (var k = from; k <= to; k++) penalty += ScriptFolding.Standard.IsTraditional(text[k]) ? 4 : 0;
        return penalty;
    }

    private static int BandPenalty(char c) => CharacterBands.Of(c) switch
    {
        CharacterBand.CommonHan => 0,
        CharacterBand.LessCommonHan => 40,
        CharacterBand.GbkExtension => 60,
        CharacterBand.RareHan => 100,
        CharacterBand.Impossible => 400,
        _ => 80,
    };

    private static string Load()
    {
        var watch = Stopwatch.StartNew();
        var data = LoadFromResource() ?? LoadThroughIcuBinary();
        LoadTime = watch.Elapsed;
        return data;
    }

    // ICU4N ships ICU's data as manifest resources of ICU4N.resources; reading the .dict directly avoids ICU's slower buffer classes.
    private static string? LoadFromResource()
    {
        Assembly resources;
        try
        {
            resources = Assembly.Load("ICU4N.resources");
        }
        catch (IOException)
        {
            return null;
        }
        using var stream = resources.GetManifestResourceStream("data.brkitr.cjdict.dict");
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return ParseDictionary(bytes);
    }

    private static string LoadThroughIcuBinary()
    {
        var buffer = ICUBinary.GetRequiredData("brkitr/cjdict.dict");
        var bytes = new byte[buffer.Remaining];
        buffer.Get(bytes);
        return ParseDictionary(bytes) ?? throw new InvalidDataException("cjdict.dict is not a UChars trie with values");
    }

    /// <summary>Reads an ICU .dict file: the data header, eight int32 indexes, then the trie (UTF-16 units for cjdict).</summary>
    private static string? ParseDictionary(byte[] bytes)
    {
        // ICU data header: uint16 headerSize, magic DA 27, then UDataInfo whose byte 4 says big-endian.
        if (bytes.Length < 32 || bytes[2] != 0xDA || bytes[3] != 0x27) return null;
        var bigEndian = bytes[8] != 0;
        int headerSize = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
        int Index(int k)
        {
            var span = bytes.AsSpan(headerSize + 4 * k, 4);
            return bigEndian ? BinaryPrimitives.ReadInt32BigEndian(span) : BinaryPrimitives.ReadInt32LittleEndian(span);
        }
        int trieOffset = Index(0), totalSize = Index(3), trieType = Index(4);
        const int UCharsTrie = 1, HasValues = 8;
        if ((trieType & 7) != UCharsTrie || (trieType & HasValues) == 0) return null;
        var units = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(headerSize + trieOffset, totalSize - trieOffset)).ToArray();
        if (bigEndian != !BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<char, ushort>(units.AsSpan()), MemoryMarshal.Cast<char, ushort>(units.AsSpan()));
        }
        return new string(units);
    }
}
