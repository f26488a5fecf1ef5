using System.Text;
using Lucene.Net.Documents;
using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using OpsKnowledge.Core.Search;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Search.Analysis;
using Document = OpsKnowledge.Core.Model.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace OpsKnowledge.Search.Indexing;

/// <summary>Turns a document and its records into index entries: one doc entry, one per section (and for text before the first heading), one per record.</summary>
internal static class IndexEntryBuilder
{
    public static readonly string LayoutValue = KnowledgeIndex.Layout.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static List<LuceneDocument> Build(Document document, IReadOnlyList<Record> records, DateTimeOffset ingested)
    {
        var entries = new List<LuceneDocument>(document.Sections.Count + records.Count + 2) { DocumentEntry(document, records, ingested) };

        var firstHeading = document.Sections.Count > 0 ? document.Sections[0].HeadingSpan.Start : document.Text.Length;
        if (!string.IsNullOrWhiteSpace(document.Text.AsSpan(0, Math.Min(firstHeading, document.Text.Length)).ToString()))
        {
            entries.Add(SectionEntry(document, $"{document.Id}#preamble", "", document.Title ?? "", 0, 0, firstHeading, page: null, Leaning(records, 0, firstHeading)));
        }

        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            // The section's own text: after its heading, up to the next heading (its first subsection or its successor).
            var ownEnd = section.Span.End;
            if (i + 1 < document.Sections.Count) ownEnd = Math.Min(ownEnd, document.Sections[i + 1].HeadingSpan.Start);
            ownEnd = Math.Max(ownEnd, section.HeadingSpan.End);
            // Only the section's own heading is heading text: with the whole path, every subsection of a matching chapter would outrank real matches.
            entries.Add(SectionEntry(document, $"{document.Id}#section-{section.Index}", section.PathText, section.Heading,
                section.HeadingSpan.Start, section.HeadingSpan.End, ownEnd, section.Page, Leaning(records, section.HeadingSpan.Start, ownEnd)));
        }

        foreach (var record in records) entries.Add(RecordEntry(document.Id, record));
        return entries;
    }

    private static LuceneDocument DocumentEntry(Document document, IReadOnlyList<Record> records, DateTimeOffset ingested)
    {
        var summary = new DocumentSummary
        {
            Id = document.Id,
            Format = document.Format,
            Title = document.Title,
            Sections = document.Sections.Count,
            Tables = document.Blocks.Count(b => b is Table),
            Records = records.Count,
            Repairs = document.Repair.Repairs.Count,
            Partial = document.Repair.Partial,
            Encoding = document.Encoding,
            ContentHash = document.ContentHash,
            Ingested = ingested.ToUniversalTime(),
            Layout = KnowledgeIndex.Layout,
        };
        return
        [
            KeywordField.Create(IndexFields.Id, $"doc:{document.Id}"),
            KeywordField.Create(IndexFields.Doc, document.Id),
            KeywordField.Create(IndexFields.Kind, EntryKinds.Document),
            KeywordField.Create(IndexFields.ContentHash, document.ContentHash),
            KeywordField.Create(IndexFields.Layout, LayoutValue),
            new StoredField(IndexFields.SummaryJson, OpsJson.Serialize(summary)),
            new StoredField(IndexFields.DocumentData, StoredDocumentCodec.Encode(document)),
        ];
    }

    /// <summary>plan or reference: the scope most records starting in [start, end) have; null when none or a tie.</summary>
    internal static string? Leaning(IReadOnlyList<Record> records, int start, int end)
    {
        var plan = 0;
        var reference = 0;
        foreach (var record in records)
        {
            if (record.Source.Start < start || record.Source.Start >= end) continue;
            if (record.Scope == RecordScope.Plan) plan++;
            else reference++;
        }
        return plan > reference ? "plan" : reference > plan ? "reference" : null;
    }

    private static LuceneDocument SectionEntry(Document document, string id, string path, string heading, int start, int headingEnd, int end, int? page, string? leaning)
    {
        var body = document.Text[headingEnd..end];
        var entry = new LuceneDocument
        {
            // Stored only: entries are found by document, never by their own id, and 120 unique ids per document were the
            // biggest term dictionary a flush had to sort and write.
            new StoredField(IndexFields.Id, id),
            KeywordField.Create(IndexFields.Doc, document.Id),
            KeywordField.Create(IndexFields.Kind, EntryKinds.Section),
            new StoredField(IndexFields.Section, path),
            new StoredField(IndexFields.Body, body),
            new StoredField(IndexFields.Start, start),
            new StoredField(IndexFields.End, end),
        };
        // The text field holds the heading as well: a section about 目标 that mentions 营业收入 matches 营业收入目标.
        AddText(entry, heading, document.Text[start..end]);
        if (page is { } p) entry.Add(new StoredField(IndexFields.Page, p));
        if (leaning is not null) entry.Add(KeywordField.Create(IndexFields.SectionScope, leaning));
        return entry;
    }

    private static LuceneDocument RecordEntry(string doc, Record record)
    {
        // The evidence is stored inside the record JSON (and shown as the hit's snippet), not indexed: it is a sentence or row of
        // the section, which is indexed already, and it names the record's neighbours too. What the record itself says is indexed.
        var entry = new LuceneDocument
        {
            new StoredField(IndexFields.Id, record.Id),
            KeywordField.Create(IndexFields.Doc, doc),
            KeywordField.Create(IndexFields.Kind, EntryKinds.Of(record.Kind)),
            KeywordField.Create(IndexFields.Scope, record.Scope.ToString().ToLowerInvariant()),
            new StoredField(IndexFields.Section, record.Section ?? ""),
            new StoredField(IndexFields.Start, record.Source.Start),
            new StoredField(IndexFields.End, record.Source.End),
            new StoredField(IndexFields.RecordJson, OpsJson.Serialize(record)),
        };
        // The canonical name is a keyword, not heading text: a record worded 客户满意率 is found for 客户满意度 through it (and
        // through query synonyms), but ranks below records that use the wording itself.
        if (record.Measure?.CanonicalName is { } canonical) entry.Add(KeywordField.Create(IndexFields.Canonical, ChineseTextFolder.Fold(canonical)));
        AddText(entry, record.Name, OwnText(record));
        if (record.Period is { } period)
        {
            entry.Add(KeywordField.Create(IndexFields.Period, period.Trim()));
            entry.Add(new TextField(IndexFields.PeriodBigrams, period, Field.Store.NO));
        }
        if (record.Source.Page is { } page) entry.Add(new StoredField(IndexFields.Page, page));
        return entry;
    }

    /// <summary>The record's own fields its kind searches (the catalogue's <see cref="RecordKindInfo.SearchedFields"/>), one per line; a value repeated in two fields (a milestone's date is often its period) once.</summary>
    internal static string OwnText(Record record)
    {
        var fields = RecordKinds.Of(record.Kind).SearchedFields;
        var parts = new string?[fields.Count];
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = RecordFields.Text(record, fields[i]);
            if (string.IsNullOrWhiteSpace(parts[i]) || parts.AsSpan(0, i).Contains(parts[i])) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(parts[i]);
        }
        return text.ToString();
    }

    private static void AddText(LuceneDocument entry, string heading, string text)
    {
        entry.Add(new TextField(IndexFields.Heading, heading, Field.Store.NO));
        entry.Add(new TextField(IndexFields.Text, text, Field.Store.NO));
    }
}
