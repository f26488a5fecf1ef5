using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>PdfPig's own filters, each held to a <see cref="PdfDecodeBudget"/>: Flate is measured before it inflates, every filter's output is counted.</summary>
public sealed class BoundedFilterProvider(PdfDecodeBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Bound(IReadOnlyList<IFilter> filters)
    {
        var bounded = new IFilter[filters.Count];
        for (var i = 0; i < filters.Count; i++) bounded[i] = new BoundedFilter(filters[i], budget);
        return bounded;
    }

    private sealed class BoundedFilter(IFilter inner, PdfDecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            // Measuring first costs a second inflate, but keeps PdfPig's own decoding (predictors, damaged data) exactly as it was.
            if (inner is FlateFilter) budget.MeasureFlate(input);
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Count(output.Length);
            return output;
        }
    }
}
