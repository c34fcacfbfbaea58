using Assistant.ProgramData;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Assistant.Search;

/// <summary>
/// An immutable in-memory Lucene index of one <see cref="ConferenceProgram"/>. Searches may run concurrently;
/// the owner swaps in a new instance when the program changes and releases the old one with <see cref="Release"/>,
/// which closes the reader once the last search holding it has finished.
/// </summary>
internal sealed class TalkIndex
{
    internal static readonly Analyzer IndexAnalyzer = new ProgramAnalyzer(SearchStopWords.Index);

    private readonly Talk[] _byDoc;

    private TalkIndex(ConferenceProgram program, DirectoryReader reader)
    {
        Program = program;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        // Doc ids are not promised to follow insertion order across merges; the stored ordinal is.
        _byDoc = new Talk[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var ordinals = leaf.AtomicReader.GetNumericDocValues(TalkFields.Ordinal);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                _byDoc[leaf.DocBase + doc] = program.Talks[(int)ordinals.Get(doc)];
        }
    }

    public ConferenceProgram Program { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public int Count => _byDoc.Length;

    public Talk TalkAt(int doc) => _byDoc[doc];

    public static TalkIndex Build(ConferenceProgram program)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ProgramAnalyzer.Version, IndexAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < program.Talks.Count; i++)
                writer.AddDocument(ToDocument(program.Talks[i], i));
            writer.Commit();
        }
        return new TalkIndex(program, DirectoryReader.Open(directory));
    }

    /// <summary>Takes a reference for one search; false when the index has already been released.</summary>
    public bool TryAcquire() => Reader.TryIncRef();

    public void Return() => Reader.DecRef();

    /// <summary>Drops the owner's reference; the reader closes when no search holds it any more (the RAM directory is plain managed memory).</summary>
    public void Release() => Reader.DecRef();

    private static Document ToDocument(Talk talk, int ordinal)
    {
        var doc = new Document
        {
            new NumericDocValuesField(TalkFields.Ordinal, ordinal),
            new StringField(TalkFields.Session, talk.SessionCode.ToLowerInvariant(), Field.Store.NO),
        };

        // Noise (OCR'd Chinese read as Latin letters) would only add false typo neighbours; such talks stay findable by code.
        if (!talk.TitleIsNoise)
            doc.Add(new TextField(TalkFields.Title, talk.Title, Field.Store.NO));
        if (!talk.AbstractIsNoise)
            doc.Add(new TextField(TalkFields.Abstract, talk.Abstract, Field.Store.NO));

        doc.Add(new TextField(TalkFields.Speakers, SpeakerText(talk), Field.Store.NO));
        return doc;
    }

    /// <summary>The raw speaker line, plus parsed names and affiliations the line does not already spell out.</summary>
    internal static string SpeakerText(Talk talk)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(talk.SpeakerLine))
            parts.Add(talk.SpeakerLine);
        foreach (var part in talk.Speakers.SelectMany(s => new[] { s.Name, s.Affiliation }))
        {
            if (!string.IsNullOrWhiteSpace(part) && !parts.Any(p => p.Contains(part, StringComparison.OrdinalIgnoreCase)))
                parts.Add(part);
        }
        return string.Join(" ; ", parts);
    }
}
