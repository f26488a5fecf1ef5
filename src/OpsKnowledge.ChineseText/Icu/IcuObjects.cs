using System.Globalization;
using ICU4N.Text;

namespace OpsKnowledge.ChineseText.Icu;

/// <summary>The one place ICU break iterators and transliterators are created, and the rules for sharing them between threads.</summary>
public static class IcuObjects
{
    // ICU4N's transliterator registry and break-engine list are not documented as thread-safe on first use: creation is serialised.
    private static readonly Lock CreationGate = new();

    // Building the zh dictionary iterator costs ~0.3 s; clones are cheap.
    private static readonly Lazy<BreakIterator> ChineseWordsPrototype = new(() =>
    {
        lock (CreationGate) return BreakIterator.GetWordInstance(new CultureInfo("zh-CN"));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static Dictionary<string, Transliterator>? t_transliterators;

    /// <summary>A zh word break iterator of the caller's own: a BreakIterator is not thread-safe, so each owner (one tokenizer, one thread) gets a clone.</summary>
    public static BreakIterator NewChineseWordBreaker()
    {
        var prototype = ChineseWordsPrototype.Value;
        lock (CreationGate) return (BreakIterator)prototype.Clone();
    }

    /// <summary>The calling thread's instance of the transliterator <paramref name="id"/> (e.g. "Han-Latin"), created on the thread's first request.</summary>
    public static Transliterator TransliteratorForThisThread(string id)
    {
        var known = t_transliterators ??= new Dictionary<string, Transliterator>(StringComparer.Ordinal);
        if (known.TryGetValue(id, out var transliterator)) return transliterator;
        lock (CreationGate) transliterator = Transliterator.GetInstance(id);
        known[id] = transliterator;
        return transliterator;
    }
}
