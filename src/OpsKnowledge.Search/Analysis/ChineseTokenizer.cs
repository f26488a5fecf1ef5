using ICU4N.Text;
using OpsKnowledge.ChineseText.Icu;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Splits Chinese text into dictionary words with ICU's zh word break rules, on a folded copy so traditional and full-width text segment like simplified text.</summary>
/// <remarks>Punctuation, symbols and whitespace are skipped; numbers and Latin words are tokens. Offsets point into the original text.</remarks>
public sealed class ChineseTokenizer : FoldedTextTokenizer
{
    public const string WordType = "<WORD>";
    public const string NumberType = "<NUM>";
    public const string LatinType = "<ALPHANUM>";

    private readonly BreakIterator _words;
    private int _start;

    public ChineseTokenizer(TextReader input)
        : base(input)
    {
        // Each tokenizer needs its own iterator: a BreakIterator is not thread-safe.
        _words = IcuObjects.NewChineseWordBreaker();
    }

    protected override void OnTextRead()
    {
        _words.SetText(new ReadOnlyMemory<char>(Folded, 0, Length));
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
            var word = Folded.AsSpan(start, end - start);
            if (status < RuleBasedBreakIterator.WordNumber && !HasLetterOrDigit(word)) continue;

            Emit(start, word.Length, status switch
            {
                >= RuleBasedBreakIterator.WordNumber and < RuleBasedBreakIterator.WordLetter => NumberType,
                >= RuleBasedBreakIterator.WordLetter and < RuleBasedBreakIterator.WordKana => LatinType,
                _ => WordType,
            });
            return true;
        }
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
