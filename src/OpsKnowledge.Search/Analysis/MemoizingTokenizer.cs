using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpsKnowledge.Search.Analysis;

/// <summary>The token source of <see cref="MemoizingAnalyzer"/>: replays remembered tokens, or runs the inner analyzer (remembering short texts).</summary>
internal sealed class MemoizingTokenizer : Tokenizer
{
    private readonly Analyzer _inner;
    private readonly string _field;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly ITypeAttribute _type;
    private readonly Dictionary<string, CapturedTokens> _remembered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CapturedTokens>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _text = new char[256];
    private int _length;
    private int _document = -1;
    private CapturedTokens? _replay;
    private int _next;

    // Streaming a long text: the inner stream and its attributes.
    private TokenStream? _stream;
    private ICharTermAttribute? _innerTerm;
    private IOffsetAttribute? _innerOffset;
    private IPositionIncrementAttribute? _innerIncrement;
    private IPositionLengthAttribute? _innerPositionLength;
    private ITypeAttribute? _innerType;

    public MemoizingTokenizer(Analyzer inner, string field, TextReader input)
        : base(input)
    {
        _inner = inner;
        _field = field;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _lookup = _remembered.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override void Reset()
    {
        base.Reset();
        CloseStream();
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        }

        if (_document != MemoizingAnalyzer.CurrentDocument)
        {
            _remembered.Clear();
            _document = MemoizingAnalyzer.CurrentDocument;
        }

        var text = _text.AsSpan(0, _length);
        _next = 0;
        if (_lookup.TryGetValue(text, out _replay)) return;

        var value = text.ToString();
        OpenStream(value);
        if (_length > MemoizingAnalyzer.MaxRememberedLength) return;

        var captured = new CapturedTokens();
        while (_stream!.IncrementToken())
        {
            captured.Add(_innerTerm!.Buffer, _innerTerm.Length, _innerOffset!.StartOffset, _innerOffset.EndOffset,
                _innerIncrement!.PositionIncrement, _innerPositionLength!.PositionLength, _innerType!.Type);
        }
        _stream.End();
        captured.FinalOffset = _innerOffset!.EndOffset;
        CloseStream();
        _remembered[value] = captured;
        _replay = captured;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_replay is { } replay)
        {
            if (_next >= replay.Count) return false;
            replay.CopyTo(_next++, _term, _offset, _increment, _positionLength, _type);
            return true;
        }

        if (_stream is null || !_stream.IncrementToken()) return false;
        _term.CopyBuffer(_innerTerm!.Buffer, 0, _innerTerm.Length);
        _offset.SetOffset(_innerOffset!.StartOffset, _innerOffset.EndOffset);
        _increment.PositionIncrement = _innerIncrement!.PositionIncrement;
        _positionLength.PositionLength = _innerPositionLength!.PositionLength;
        _type.Type = _innerType!.Type;
        return true;
    }

    public override void End()
    {
        base.End();
        int final;
        if (_replay is { } replay)
        {
            final = replay.FinalOffset;
        }
        else if (_stream is { } stream)
        {
            stream.End();
            final = _innerOffset!.EndOffset;
            CloseStream();
        }
        else
        {
            final = _length;
        }
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) CloseStream();
        base.Dispose(disposing);
    }

    private void OpenStream(string text)
    {
        _stream = _inner.GetTokenStream(_field, text);
        _innerTerm = _stream.AddAttribute<ICharTermAttribute>();
        _innerOffset = _stream.AddAttribute<IOffsetAttribute>();
        _innerIncrement = _stream.AddAttribute<IPositionIncrementAttribute>();
        _innerPositionLength = _stream.AddAttribute<IPositionLengthAttribute>();
        _innerType = _stream.AddAttribute<ITypeAttribute>();
        _stream.Reset();
    }

    private void CloseStream()
    {
        // Disposing the inner stream hands its reused components back to the inner analyzer for the next text.
        _stream?.Dispose();
        _stream = null;
    }

    /// <summary>The tokens of one text, in compact arrays.</summary>
    private sealed class CapturedTokens
    {
        private char[] _chars = new char[64];
        private int _charCount;
        private (int CharStart, int Length, int Start, int End, int Increment, int PositionLength, string Type)[] _tokens = new (int, int, int, int, int, int, string)[8];

        public int Count { get; private set; }

        public int FinalOffset { get; set; }

        public void Add(char[] term, int length, int start, int end, int increment, int positionLength, string type)
        {
            if (_charCount + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
            Array.Copy(term, 0, _chars, _charCount, length);
            if (Count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
            _tokens[Count++] = (_charCount, length, start, end, increment, positionLength, type);
            _charCount += length;
        }

        public void CopyTo(int index, ICharTermAttribute term, IOffsetAttribute offset, IPositionIncrementAttribute increment, IPositionLengthAttribute positionLength, ITypeAttribute type)
        {
            var token = _tokens[index];
            term.CopyBuffer(_chars, token.CharStart, token.Length);
            offset.SetOffset(token.Start, token.End);
            increment.PositionIncrement = token.Increment;
            positionLength.PositionLength = token.PositionLength;
            type.Type = token.Type;
        }
    }
}
