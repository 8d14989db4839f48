using System.Text;

namespace Playbook.Search;

/// <summary>
/// How text becomes search terms, at build time here and in the browser in search.js: the two
/// must agree word for word, or a query would never meet the terms it was meant to meet.
/// Lower case, accents of Latin letters dropped, apostrophes joined ("client's" → "clients"), split on anything
/// that is not a letter or digit, one-letter words dropped.
/// </summary>
public static class SearchText
{
    /// <summary>Words too common to tell pages apart; left out of the index and of queries (sent to the browser in the manifest).</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "if", "in", "into", "is", "it", "its",
        "of", "on", "or", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was",
        "we", "were", "what", "when", "which", "who", "will", "with", "you", "your",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    public static bool IsStopWord(string term) => Stop.Contains(term);

    /// <summary>The words of <paramref name="text"/>, normalised, in order, stop words included.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var folded = Fold(text);
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c is '\'' or '\u2019') continue;
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 1) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>The terms a text is indexed under: its words without stop words, stemmed.</summary>
    public static IEnumerable<string> Terms(string text) =>
        Words(text).Where(w => !IsStopWord(w)).Select(Stemmer.Stem);

    // Accented Latin letters and their plain letter. The same table is in search.js: an explicit list
    // rather than Unicode decomposition, because the build runs with invariant globalization.
    private const string Accented = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz";

    /// <summary>Lower case without accents: "Café" → "cafe".</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var at = lower < '\u00e0' ? -1 : Accented.IndexOf(lower);
            sb.Append(at < 0 ? lower : Plain[at]);
        }
        return sb.ToString();
    }
}
