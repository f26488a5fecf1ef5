using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpsKnowledge.Search.Analysis;

/// <summary>A tokenizer that reads its whole field into a folded copy (<see cref="ChineseTextFolder"/>, one unit for one) and cuts tokens from it, with offsets into the original text.</summary>
public abstract class FoldedTextTokenizer : Tokenizer
{
    private const int MaxTokenLength = 255;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private char[] _folded = new char[1024];

    protected FoldedTextTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The folded text of the field, valid after <see cref="Reset"/>.</summary>
    protected char[] Folded => _folded;

    /// <summary>Its length.</summary>
    protected int Length { get; private set; }

    public override void Reset()
    {
        base.Reset();
        var folded = _folded;
        Length = ChineseTextFolder.ReadFolded(m_input, ref folded);
        _folded = folded;
        OnTextRead();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(Length);
        _offset.SetOffset(final, final);
    }

    /// <summary>Called by <see cref="Reset"/> once <see cref="Folded"/> holds the new field.</summary>
    protected abstract void OnTextRead();

    /// <summary>Makes the folded characters [start, start + length) the current token (cut at 255 characters).</summary>
    protected void Emit(int start, int length, string type)
    {
        length = Math.Min(length, MaxTokenLength);
        _term.CopyBuffer(_folded, start, length);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
        _type.Type = type;
    }
}
