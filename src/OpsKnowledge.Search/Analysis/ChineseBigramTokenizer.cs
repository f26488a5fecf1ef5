using OpsKnowledge.ChineseText;

namespace OpsKnowledge.Search.Analysis;

/// <summary>Overlapping bigrams of Han runs (a lone ideograph stays a unigram), plus Latin words and numbers, from a folded copy of the text in one pass.</summary>
/// <remarks>
/// Does what StandardTokenizer + folding + CJKBigramFilter did, at a fraction of the cost: no grammar scanner, no token
/// buffering between filters, one table lookup per character. Offsets point into the original text; a number keeps an
/// inner '.' or ',' between digits (12.5, 1,580); other punctuation, symbols and whitespace separate tokens.
/// </remarks>
public sealed class ChineseBigramTokenizer : FoldedTextTokenizer
{
    public const string BigramType = "<DOUBLE>";
    public const string UnigramType = "<SINGLE>";
    public const string WordType = "<ALPHANUM>";
    public const string NumberType = "<NUM>";

    private int _next;

    public ChineseBigramTokenizer(TextReader input)
        : base(input)
    {
    }

    protected override void OnTextRead() => _next = 0;

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = Folded;
        var length = Length;
        var i = _next;
        while (i < length && !IsTokenChar(text[i])) i++;
        if (i >= length)
        {
            _next = length;
            return false;
        }

        if (ChineseCharacters.IsHan(text[i]))
        {
            // A bigram starting at each ideograph followed by another; a lone ideograph is its own token. The last ideograph
            // of a longer run is inside the run's last bigram already.
            if (i + 1 < length && ChineseCharacters.IsHan(text[i + 1]))
            {
                Emit(i, 2, BigramType);
                _next = i + 1;
                // A run's last bigram: continue after the run.
                if (i + 2 >= length || !ChineseCharacters.IsHan(text[i + 2])) _next = i + 2;
                return true;
            }
            Emit(i, 1, UnigramType);
            _next = i + 1;
            return true;
        }

        var start = i;
        var numeric = true;
        while (i < length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                numeric &= char.IsAsciiDigit(c);
                i++;
            }
            else if (c is '.' or ',' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        Emit(start, i - start, numeric ? NumberType : WordType);
        _next = i;
        return true;
    }

    private static bool IsTokenChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : ChineseCharacters.IsHan(c) || char.IsLetterOrDigit(c);

    private static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : !ChineseCharacters.IsHan(c) && char.IsLetterOrDigit(c);
}
