using System.Text;

namespace OpsKnowledge.Cli;

/// <summary>Writes text with terminal control characters shown as visible <c>\uXXXX</c> escapes instead of passed through.</summary>
/// <remarks>File names and document text are untrusted: an ESC sequence in them could retitle, recolour or rewrite the user's terminal,
/// and bidirectional overrides could make a line read differently from what it holds. Newline and tab are kept.
/// The escape is also a valid JSON escape, so JSON lines stay valid.</remarks>
public sealed class ControlCharacterEscapingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not '\n' and not '\t') || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text with every unsafe character escaped; the same string when there is none.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var i = 0;
        while (i < text.Length && !IsUnsafe(text[i])) i++;
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c)) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    public override void Write(char value)
    {
        if (IsUnsafe(value)) inner.Write(Escape(value.ToString()));
        else inner.Write(value);
    }

    public override void Write(string? value) => inner.Write(Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(Escape(value));

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
