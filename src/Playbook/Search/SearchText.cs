using System.Collections.Concurrent;

namespace Playbook.Search;

/// <summary>
/// How text becomes search terms, at build time here and in the browser in search.js: the two
/// must agree word for word, or a query would never meet the terms it was meant to meet.
/// Lower case, accents of Latin letters dropped, apostrophes joined ("client's" → "clients"), split on anything
/// that is not a letter or digit, one-letter words dropped. A compound written with hyphens gives its
/// parts and, after them, the parts joined ("follow-up" → "follow", "up", "followup"), so a reader who
/// writes it as one word, or with the hyphen, meets both spellings.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// Words too common to tell pages apart; left out of the index and of queries (sent to the browser in
    /// the manifest). The words a question is built with ("how do I ...", "should we ...") are among them,
    /// so a question asks for the pages holding its content words.
    /// </summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "about", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "do", "does", "for", "from", "has", "have",
        "how", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "should", "so", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "which", "who",
        "will", "with", "would", "you", "your",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    public static bool IsStopWord(string term) => Stop.Contains(term);

    /// <summary>The words of <paramref name="text"/>, normalised, in order, stop words included.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        EachWord(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>The terms a text is indexed under: its words without stop words, stemmed.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        EachTerm(text, terms.Add);
        return terms;
    }

    /// <summary>
    /// <see cref="Terms"/> without the list: each term is handed to <paramref name="add"/>. A word
    /// seen before costs no allocation, its term (or that it is a stop word) being remembered.
    /// </summary>
    public static void EachTerm(string text, Action<string> add) => EachWord(text, word =>
    {
        if (!TermOfSpan.TryGetValue(word, out var term))
        {
            var w = word.ToString();
            term = IsStopWord(w) ? null : Stemmer.Stem(w);
            // A hostile page of random words must not grow the table without end. The count is kept
            // here: ConcurrentDictionary.Count takes every lock of the table, which on each new word
            // cost more than the word's stemming.
            if (Volatile.Read(ref s_remembered) < MaxRememberedWords && TermOfWord.TryAdd(w, term))
                Interlocked.Increment(ref s_remembered);
        }
        if (term is not null) add(term);
    });

    private const int MaxRememberedWords = 200_000;
    private static int s_remembered;
    private static readonly ConcurrentDictionary<string, string?> TermOfWord = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> TermOfSpan =
        TermOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private delegate void WordFound(ReadOnlySpan<char> word);

    // Each thread keeps its two word buffers between calls: a page's fields and sections take a few
    // hundred calls, which allocated two arrays each. A call made while another runs (or after one
    // that threw) finds none and takes new ones.
    [ThreadStatic] private static char[]? t_word, t_joined;

    private static void EachWord(string text, WordFound found)
    {
        var word = t_word ?? new char[64];
        var joined = t_joined ?? new char[64];
        (t_word, t_joined) = (null, null);
        int length = 0, joinedLength = 0, parts = 0;
        var hasLetter = false;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (char.IsLetterOrDigit(folded))
            {
                if (length == word.Length) Array.Resize(ref word, word.Length * 2);
                if (joinedLength == joined.Length) Array.Resize(ref joined, joined.Length * 2);
                word[length++] = folded;
                joined[joinedLength++] = folded;
                hasLetter |= char.IsLetter(folded);
            }
            else if (folded is '\'' or '\u2019') continue;
            else if (IsHyphen(folded) && length > 0) FlushWord();
            else
            {
                FlushWord();
                FlushCompound();
            }
        }
        FlushWord();
        FlushCompound();
        (t_word, t_joined) = (word, joined);

        void FlushWord()
        {
            if (length > 1) found(word.AsSpan(0, length));
            if (length > 0) parts++;
            length = 0;
        }

        // Dates and ranges ("2026-11-23", "1-3") are not compounds: only a run with a letter in it is joined.
        void FlushCompound()
        {
            if (parts > 1 && hasLetter) found(joined.AsSpan(0, joinedLength));
            joinedLength = 0;
            parts = 0;
            hasLetter = false;
        }
    }

    /// <summary>The hyphen-minus and Unicode's hyphen and non-breaking hyphen; dashes separate words.</summary>
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    // Accented Latin letters and their plain letter. The same table is in search.js: an explicit list
    // rather than Unicode decomposition, because the build runs with invariant globalization.
    private const string Accented = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz";

    /// <summary>Lower case without accents: 'É' → 'e'.</summary>
    private static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var at = lower < '\u00e0' ? -1 : Accented.IndexOf(lower);
        return at < 0 ? lower : Plain[at];
    }
}
