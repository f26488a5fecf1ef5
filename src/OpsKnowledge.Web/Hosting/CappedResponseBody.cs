namespace OpsKnowledge.Web.Hosting;

/// <summary>A response body that refuses to grow past a limit: the last line of defence against a page or API answer without bounds.</summary>
internal sealed class CappedResponseBody(Stream inner, long limit, Func<long?> declaredLength) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Count(count);
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Count(buffer.Length);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Count(int bytes)
    {
        // A response that declares its length (pages, files) is refused before its first byte, so the client gets a clean error.
        if (_written == 0 && declaredLength() > limit) throw new ResponseTooLargeException(limit);
        _written += bytes;
        if (_written > limit) throw new ResponseTooLargeException(limit);
    }
}
