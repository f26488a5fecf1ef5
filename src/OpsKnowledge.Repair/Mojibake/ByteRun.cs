using System.Text;
using OpsKnowledge.Repair.Decoding;

namespace OpsKnowledge.Repair.Mojibake;

/// <summary>Re-encodes a damaged run back to the bytes it was decoded from; <c>-1</c> marks a byte whose value was lost (shown as ? or U+FFFD).</summary>
public static class ByteRun
{
    private static readonly Dictionary<char, byte> Windows1252Reverse = BuildWindows1252Reverse();

    /// <summary>The bytes a Western (Latin-1/Windows-1252) decoder turned into <paramref name="run"/>, or null when a character has no such byte.</summary>
    /// <param name="literalQuestionMarks">A ? after ASCII (or first) is a real question mark, not a lost byte: a decoder only loses bytes inside non-ASCII sequences.</param>
    public static List<int>? FromWestern(ReadOnlySpan<char> run, bool literalQuestionMarks = false)
    {
        var bytes = new List<int>(run.Length);
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c == '\uFFFD' || (c == '?' && !IsLiteral(run, i, literalQuestionMarks))) bytes.Add(-1);
            else if (c <= 0xFF) bytes.Add(c);
            else if (Windows1252Reverse.TryGetValue(c, out var b)) bytes.Add(b);
            else return null;
        }
        return bytes;
    }

    /// <summary>The bytes <paramref name="page"/> showed as <paramref name="run"/>, or null when a character is not on that page.</summary>
    /// <param name="literalQuestionMarks">A ? after ASCII (or first) is a real question mark, not a lost byte.</param>
    public static List<int>? FromSingleByte(ReadOnlySpan<char> run, SingleByteCodePage page, bool literalQuestionMarks = false)
    {
        var bytes = new List<int>(run.Length);
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c == '\uFFFD' || (c == '?' && !IsLiteral(run, i, literalQuestionMarks)))
            {
                bytes.Add(-1);
                continue;
            }
            var b = page.ByteOf(c);
            if (b < 0) return null;
            bytes.Add(b);
        }
        return bytes;
    }

    /// <summary>The bytes <paramref name="strictEncoding"/> turns <paramref name="run"/> into, or null when a character is not encodable.</summary>
    /// <param name="literalQuestionMarks">A ? after ASCII (or first) is a real question mark, not a lost byte.</param>
    public static List<int>? FromCodePage(ReadOnlySpan<char> run, Encoding strictEncoding, bool literalQuestionMarks = false)
    {
        var bytes = new List<int>(run.Length * 2);
        Span<byte> buffer = stackalloc byte[8];
        Span<char> one = stackalloc char[2];
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c == '\uFFFD' || (c == '?' && !IsLiteral(run, i, literalQuestionMarks)))
            {
                bytes.Add(-1);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < run.Length ? 2 : 1;
            one[0] = c;
            if (length == 2) one[1] = run[++i];
            try
            {
                var n = strictEncoding.GetBytes(one[..length], buffer);
                for (var k = 0; k < n; k++) bytes.Add(buffer[k]);
            }
            catch (EncoderFallbackException)
            {
                return null;
            }
        }
        return bytes;
    }

    /// <summary>Decodes bytes strictly with a double-byte code page; null when a byte is lost or a sequence is invalid.</summary>
    public static string? DecodeStrict(List<int> bytes, Encoding strictEncoding)
    {
        var array = new byte[bytes.Count];
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] < 0) return null;
            array[i] = (byte)bytes[i];
        }
        try
        {
            return strictEncoding.GetString(array);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsLiteral(ReadOnlySpan<char> run, int i, bool literalQuestionMarks)
    {
        if (!literalQuestionMarks) return false;
        var k = i - 1;
        while (k >= 0 && run[k] == '?') k--;
        return k < 0 || run[k] < 0x80;
    }

    private static Dictionary<char, byte> BuildWindows1252Reverse()
    {
        var map = new Dictionary<char, byte>();
        var cp = CodePages.Windows1252;
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = cp.GetString([(byte)b])[0];
            if (c != '\uFFFD' && c != '?' && c > 0xFF) map[c] = (byte)b;
        }
        return map;
    }

    /// <summary>True when most high bytes of the stream form whole UTF-8 sequences: UTF-8 shown through another code page, not a double-byte stream.</summary>
    public static bool IsMostlyUtf8(List<int> bytes)
    {
        int inSequences = 0, stray = 0;
        for (var k = 0; k < bytes.Count;)
        {
            var b = bytes[k];
            var length = b switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            var whole = length > 0 && k + length <= bytes.Count;
            for (var j = 1; whole && j < length; j++) whole = bytes[k + j] is >= 0x80 and <= 0xBF;
            if (whole)
            {
                inSequences += length;
                k += length;
                continue;
            }
            if (b >= 0x80) stray++;
            k++;
        }
        return inSequences >= 6 && inSequences >= 2 * stray;
    }
}
