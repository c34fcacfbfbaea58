using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Assistant.Search;

/// <summary>
/// English analysis for the program text: the <see cref="EnglishAnalyzer"/> chain (standard tokens, possessives,
/// lower case, stop words, Porter stems) plus ASCII folding so "Schrödinger" and "Schrodinger" meet.
/// </summary>
/// <remarks>
/// The index and the queries share the chain so stems agree; the query side only swaps in a larger stop set
/// (<see cref="SearchStopWords.Query"/>) so conversational filler never becomes a search term.
/// </remarks>
internal sealed class ProgramAnalyzer(CharArraySet stopWords) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new EnglishPossessiveFilter(Version, result);
        result = new ASCIIFoldingFilter(result);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, stopWords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
