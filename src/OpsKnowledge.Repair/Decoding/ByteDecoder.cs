using System.Text;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Pipeline;

namespace OpsKnowledge.Repair.Decoding;

/// <summary>Decodes bytes by trying every plausible encoding and keeping the one whose text scores best as Chinese.</summary>
public sealed class ByteDecoder
{
    private const int SampleChars = 8192;
    private readonly ICandidateScorer scorer;

    public ByteDecoder(ICandidateScorer scorer) => this.scorer = scorer;

    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.Length == 0) return new DecodedText("", "utf-8", []);
        var bom = FromBom(bytes, out var bomLength);
        if (bom is not null) return Finish(bom.GetString(bytes[bomLength..]), bom);

        // Text has no NUL bytes; UTF-16 of Latin text has one in every other byte. Without this, such a file passes as "ASCII".
        if (bytes.IndexOf((byte)0) >= 0 && HasUtf16NulPattern(bytes, out var utf16BigEndian))
        {
            var utf16 = utf16BigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return Finish(utf16.GetString(bytes[..(bytes.Length & ~1)]), utf16);
        }

        var candidates = new List<Encoding>(6);
        if (IsValidUtf8(bytes, out var ascii))
        {
            // Pure ASCII and strictly valid UTF-8 with multibyte sequences: other codecs cannot do better on real text.
            if (ascii || LooksLikeUtf8Text(bytes)) return Finish(CodePages.Utf8.GetString(bytes), CodePages.Utf8);
            candidates.Add(CodePages.Utf8);
        }
        candidates.Add(CodePages.Gb18030);
        candidates.Add(CodePages.Big5);
        if (LooksLikeUtf16(bytes, out var bigEndian)) candidates.Add(bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode);
        var declared = CodePages.FromLabel(declaredCharset);
        if (declared is not null) candidates.Add(declared);
        var guessed = CodePages.FromLabel(Detect(bytes));
        if (guessed is not null) candidates.Add(guessed);

        Encoding? best = null;
        string? bestText = null;
        var bestScore = double.NegativeInfinity;
        var seen = new HashSet<int>();
        foreach (var encoding in candidates)
        {
            if (!seen.Add(encoding.CodePage)) continue;
            var text = encoding.GetString(bytes);
            var sample = text.Length > SampleChars ? text[..SampleChars] : text;
            var score = scorer.Score(sample) - 20.0 * CountReplacements(sample) / Math.Max(1, sample.Length);
            if (score > bestScore)
            {
                (best, bestText, bestScore) = (encoding, text, score);
            }
        }
        return Finish(bestText!, best!);
    }

    private static DecodedText Finish(string text, Encoding encoding)
    {
        var bad = new List<UnrecoveredSpan>();
        for (var i = text.IndexOf('\uFFFD'); i >= 0; i = text.IndexOf('\uFFFD', i))
        {
            var end = i;
            while (end < text.Length && text[end] == '\uFFFD') end++;
            bad.Add(new UnrecoveredSpan(i, end, text[i..end], "bytes that do not decode in " + CodePages.NameOf(encoding)));
            i = end;
        }
        return new DecodedText(text, CodePages.NameOf(encoding), bad);
    }

    private static int CountReplacements(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD') count++;
        }
        return count;
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { length = 3; return CodePages.Utf8; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { length = 2; return Encoding.Unicode; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { length = 2; return Encoding.BigEndianUnicode; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33])) { length = 4; return CodePages.Gb18030; }
        return null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool ascii)
    {
        ascii = System.Text.Ascii.IsValid(bytes);
        return ascii || System.Text.Unicode.Utf8.IsValid(bytes);
    }

    // GB18030 text is valid UTF-8 only by accident, and then only for a handful of bytes; long multibyte UTF-8 is UTF-8.
    private static bool LooksLikeUtf8Text(ReadOnlySpan<byte> bytes)
    {
        var multibyte = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) multibyte++;
        }
        return multibyte >= 8;
    }

    /// <summary>Zero bytes in one byte position of the pairs (a third of them at least) and almost never in the other: Latin text in UTF-16.</summary>
    private static bool HasUtf16NulPattern(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length & ~1, 8192);
        if (n < 4) return false;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        var pairs = n / 2;
        bigEndian = zeroEven > zeroOdd;
        var (many, few) = bigEndian ? (zeroEven, zeroOdd) : (zeroOdd, zeroEven);
        return many * 3 >= pairs && few * 50 <= pairs;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int zeroEven = 0, zeroOdd = 0;
        var n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i + 1 < n; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        bigEndian = zeroEven > zeroOdd;
        // Chinese UTF-16 has few zero bytes, so any consistent zero pattern or an even length with no ASCII bias is enough to try it.
        return true;
    }

    private static string? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 65536 ? bytes[..65536].ToArray() : bytes.ToArray();
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(sample);
        return result.Detected?.EncodingName;
    }
}
