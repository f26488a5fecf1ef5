using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Splits Chinese text into dictionary words with ICU's zh word break rules, on a folded copy so traditional and full-width text segment like simplified text.</summary>
/// <remarks>Punctuation, symbols and whitespace are skipped; numbers and Latin words are tokens. Offsets point into the original text.</remarks>
public sealed class ChineseTokenizer : Tokenizer
{
    public const string WordType = "<WORD>";
    public const string NumberType = "<NUM>";
    public const string LatinType = "<ALPHANUM>";

    private const int MaxTokenLength = 255;

    // Building the zh dictionary iterator costs ~0.3 s; clones are cheap, and each tokenizer needs its own because a BreakIterator is not thread-safe.
    private static readonly Lazy<BreakIterator> s_prototype =
        new(() => BreakIterator.GetWordInstance(new CultureInfo("zh-CN")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly BreakIterator _words;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private char[] _folded = new char[1024];
    private int _length;
    private int _start;

    public ChineseTokenizer(TextReader input)
        : base(input)
    {
        _words = (BreakIterator)s_prototype.Value.Clone();
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        // Segment a folded copy of the whole field.
        _length = ChineseTextFolder.ReadFolded(m_input, ref _folded);
        _words.SetText(new ReadOnlyMemory<char>(_folded, 0, _length));
        _start = _words.First();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            var end = _words.Next();
            if (end == BreakIterator.Done) return false;
            var start = _start;
            _start = end;

            var status = _words.RuleStatus;
            var word = _folded.AsSpan(start, end - start);
            if (status < RuleBasedBreakIterator.WordNumber && !HasLetterOrDigit(word)) continue;

            var length = Math.Min(word.Length, MaxTokenLength);
            _term.CopyBuffer(_folded, start, length);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
            _type.Type = status switch
            {
                >= RuleBasedBreakIterator.WordNumber and < RuleBasedBreakIterator.WordLetter => NumberType,
                >= RuleBasedBreakIterator.WordLetter and < RuleBasedBreakIterator.WordKana => LatinType,
                _ => WordType,
            };
            return true;
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }
}
