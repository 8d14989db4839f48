using System.Text;

namespace Playbook.Html;

/// <summary>
/// Reads the ids and the links of a finished page the way HTML's tokenizer reads start tags, for
/// the markup the build writes: it skips text, comments, end tags and doctypes with span searches
/// instead of a state machine per character, about twenty times faster than AngleSharp's
/// tokenizer over the same pages. It reads the page as the UTF-8 that is written: every character
/// it looks for is ASCII, and no byte of a longer character is one. What it does not read the way
/// that tokenizer does, it does not guess at: a character reference in a value it keeps, a
/// carriage return or NUL, a bogus comment or a tag cut off by the end of the page make
/// <see cref="TryRead"/> return false, and <see cref="CollectIdsAndLinks"/> reads that page with AngleSharp.
/// </summary>
public static class StartTagScanner
{
    /// <summary>The page's ids and its links (a/link href, img/script src), in page order; false when the page needs the full tokenizer.</summary>
    public static bool TryRead(ReadOnlySpan<byte> html, HashSet<string> ids, List<string> links)
    {
        if (html.IndexOfAny((byte)'\r', (byte)'\0') >= 0) return false;
        var at = 0;
        while (true)
        {
            var open = html[at..].IndexOf((byte)'<');
            if (open < 0) return true;
            open += at;
            if (open + 1 >= html.Length) return true;
            var next = html[open + 1];
            if (IsAsciiLetter(next))
            {
                if ((at = StartTag(html, open + 1, ids, links)) < 0) return false;
            }
            else if (next == '/')
            {
                if (open + 2 >= html.Length) return false;
                if (!IsAsciiLetter(html[open + 2])) return false;
                // An end tag's attributes are read only to find where it ends (a quoted '>' does not end it).
                if ((at = StartTag(html, open + 2, null, null)) < 0) return false;
            }
            else if (next == '!')
            {
                if ((at = Declaration(html, open + 2)) < 0) return false;
            }
            else if (next == '?')
            {
                return false;
            }
            else
            {
                at = open + 1;
            }
        }
    }

    /// <summary>A comment (<c>&lt;!-- --&gt;</c>) or a doctype; anything else after <c>&lt;!</c> is left to the tokenizer.</summary>
    private static int Declaration(ReadOnlySpan<byte> html, int at)
    {
        var rest = html[at..];
        if (rest.StartsWith("--"u8))
        {
            // "<!-->" and "<!--->" end at once; otherwise the comment runs to the first "-->".
            if (rest[2..].StartsWith(">"u8) || rest[2..].StartsWith("->"u8)) return -1;
            var end = rest[2..].IndexOf("-->"u8);
            if (end < 0 || rest.Slice(2, end).IndexOf("--!>"u8) >= 0) return -1;
            return at + 2 + end + 3;
        }
        if (rest.Length >= 7 && Ascii.EqualsIgnoreCase(rest[..7], "DOCTYPE"u8))
        {
            var end = rest.IndexOf((byte)'>');
            return end < 0 ? -1 : at + end + 1;
        }
        return -1;
    }

    /// <summary>Reads a tag from its name to its '&gt;' and returns the index after it, or -1 when the tokenizer is needed.</summary>
    private static int StartTag(ReadOnlySpan<byte> html, int at, HashSet<string>? ids, List<string>? links)
    {
        var nameEnd = at;
        while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not ((byte)'/' or (byte)'>')) nameEnd++;
        var linkAttribute = LinkAttribute(html[at..nameEnd]);
        // A tag's second attribute of a name is dropped, as the tokenizer drops it.
        bool sawId = false, sawLink = false;
        var i = nameEnd;
        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return -1;
            if (html[i] == '>') return i + 1;

            // The attribute's name: its first character may be '=', as the tokenizer reads it.
            var nameStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ((byte)'/' or (byte)'>' or (byte)'=')) i++;
            var name = html[nameStart..i];
            i = SkipSpaces(html, i);
            if (i >= html.Length) return -1;

            // An attribute without '=' has the empty value, and so has one whose '=' comes before '>'.
            var (valueStart, valueEnd) = (i, i);
            if (html[i] == '=')
            {
                i = SkipSpaces(html, i + 1);
                if (i >= html.Length) return -1;
                if (html[i] is (byte)'"' or (byte)'\'')
                {
                    valueStart = i + 1;
                    var length = html[valueStart..].IndexOf(html[i]);
                    if (length < 0) return -1;
                    valueEnd = valueStart + length;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
                    valueEnd = i;
                }
            }

            if (ids is null || links is null) continue;
            var isId = Ascii.EqualsIgnoreCase(name, "id"u8);
            if (!isId && (linkAttribute is null || !Ascii.EqualsIgnoreCase(name, linkAttribute))) continue;
            if (isId ? sawId : sawLink) continue;
            if (isId) sawId = true;
            else sawLink = true;
            var value = html[valueStart..valueEnd];
            if (value.IndexOf((byte)'&') >= 0) return -1;
            if (isId) ids.Add(Encoding.UTF8.GetString(value));
            else links.Add(Encoding.UTF8.GetString(value));
        }
    }

    /// <summary>
    /// The attribute that links for this element, or null: href on a and link, src on img and
    /// script. Names compare without ASCII case, as the tokenizer lowercases them; a byte of a
    /// longer character never equals an ASCII letter, as the tokenizer never takes ı for i.
    /// </summary>
    private static byte[]? LinkAttribute(ReadOnlySpan<byte> tag)
    {
        if (Ascii.EqualsIgnoreCase(tag, "a"u8) || Ascii.EqualsIgnoreCase(tag, "link"u8)) return Href;
        if (Ascii.EqualsIgnoreCase(tag, "img"u8) || Ascii.EqualsIgnoreCase(tag, "script"u8)) return Src;
        return null;
    }

    private static readonly byte[] Href = "href"u8.ToArray();
    private static readonly byte[] Src = "src"u8.ToArray();

    private static int SkipSpaces(ReadOnlySpan<byte> html, int i)
    {
        while (i < html.Length && IsSpace(html[i])) i++;
        return i;
    }

    private static bool IsAsciiLetter(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f';
}
