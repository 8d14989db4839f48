using System.Buffers;
using System.Net;
using System.Text;

namespace Playbook.Search;

/// <summary>
/// One part of a page as plain text: a section under a heading (empty for the text before the first
/// heading), or a checklist item (its bold lead as the heading, its checkbox's id as the anchor), and
/// its words. A list whose text is mostly links ("Pages for this stage", the home page's lists) only
/// points at other pages: it is left out of the text, and <paramref name="ListChars"/> counts its characters.
/// </summary>
public sealed record Section(string Heading, string Anchor, string Text, int ListChars = 0, bool IsItem = false)
{
    public int VisibleChars => Text.Count(c => c != ' ');
}

/// <summary>
/// Turns a page's rendered body (Markdig's HTML, before any layout) into plain text cut at its
/// headings. A scan rather than a DOM parse: the body is the generator's own well-formed HTML,
/// and on a 4,000-page site a second parse of every page would cost more than the whole index.
/// </summary>
public static class BodyText
{
    // Tags after which words must not run together ("</li><li>" is a word break, "</em>" is not).
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "ul", "ol", "br", "div", "td", "th", "tr", "table", "blockquote", "pre", "dt", "dd", "dl",
        "section", "details", "summary", "figcaption", "hr", "input", "label", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockNames = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Share of a list's text inside links from which it is a list of other pages, not content.</summary>
    public const double LinkListShare = 0.5;

    public static IReadOnlyList<Section> Sections(string html)
    {
        var sections = new List<Section>();
        var text = new StringBuilder();
        string heading = "", anchor = "";
        StringBuilder? headingText = null;
        // The section a checklist item sits in, to go back to after the item; -1 when not in an item.
        string outerHeading = "", outerAnchor = "";
        int listDepth = 0, itemDepth = -1, linkDepth = 0;
        // The outermost ul or ol open: where its text starts in the section, and its characters in and out of links.
        // A list cut into parts (a checklist's items) is content, whatever its links.
        int lists = 0, listStart = 0, listChars = 0, listLinkChars = 0, droppedChars = 0;
        var listCut = false;
        bool continued = false, leadOpen = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            (headingText ?? text).Append(html, i, end - i);
            if (lists > 0 && headingText is null)
            {
                var visible = Visible(html.AsSpan(i, end - i));
                listChars += visible;
                if (linkDepth > 0) listLinkChars += visible;
            }
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            if (gt < 0) break;
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            var closing = tag.StartsWith("/");
            var name = TagName(closing ? tag[1..] : tag);
            if (IsSectionHeading(name))
            {
                if (!closing)
                {
                    Close();
                    anchor = Attribute(tag, "id");
                    headingText = new StringBuilder();
                }
                else if (headingText is not null)
                {
                    heading = Clean(headingText);
                    headingText = null;
                }
            }
            else if (name.Equals("li", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing && itemDepth < 0 && tag.Contains("task-list-item", StringComparison.Ordinal))
                {
                    (outerHeading, outerAnchor) = (heading, anchor);
                    Close();
                    heading = "";
                    anchor = "";
                    itemDepth = listDepth;
                    leadOpen = true;
                }
                if (closing && --listDepth == itemDepth)
                {
                    Close();
                    (heading, anchor) = (outerHeading, outerAnchor);
                    itemDepth = -1;
                    continued = true;
                }
                else if (!closing) listDepth++;
                text.Append(' ');
            }
            else if (itemDepth >= 0 && !closing && anchor.Length == 0 && name.Equals("input", StringComparison.OrdinalIgnoreCase))
                anchor = Attribute(tag, "id");
            else if (leadOpen && name.Equals("strong", StringComparison.OrdinalIgnoreCase))
            {
                // An item's bold first words are its lead: its heading, as a heading is a section's.
                if (!closing && IsBlank(text)) headingText = new StringBuilder();
                else if (closing && headingText is not null)
                {
                    heading = Clean(headingText);
                    headingText = null;
                    leadOpen = false;
                }
            }
            else if (IsList(name))
            {
                if (!closing && lists++ == 0) (listStart, listChars, listLinkChars, listCut) = (text.Length, 0, 0, false);
                else if (closing && lists > 0 && --lists == 0 && !listCut && listChars > 0 && listLinkChars >= listChars * LinkListShare)
                {
                    droppedChars += listChars;
                    text.Length = listStart;
                }
                text.Append(' ');
            }
            else if (name.Equals("a", StringComparison.OrdinalIgnoreCase)) linkDepth = Math.Max(0, linkDepth + (closing ? -1 : 1));
            else if (BlockNames.Contains(name)) (headingText ?? text).Append(' ');
            if (leadOpen && !closing && name.Length > 0 && !name.Equals("li", StringComparison.OrdinalIgnoreCase) && !name.Equals("input", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("label", StringComparison.OrdinalIgnoreCase) && !name.Equals("strong", StringComparison.OrdinalIgnoreCase)) leadOpen = false;
            i = gt + 1;
        }
        Close();
        return sections;

        void Close()
        {
            var body = Clean(text);
            if (body.Length > 0 || (heading.Length > 0 && !continued) || droppedChars > 0) sections.Add(new Section(heading, anchor, body, droppedChars, itemDepth >= 0));
            text.Clear();
            heading = "";
            anchor = "";
            droppedChars = 0;
            listCut = lists > 0;
            continued = false;
        }
    }

    private static bool IsList(ReadOnlySpan<char> name) => name.Equals("ul", StringComparison.OrdinalIgnoreCase) || name.Equals("ol", StringComparison.OrdinalIgnoreCase);

    private static int Visible(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    private static bool IsSectionHeading(ReadOnlySpan<char> name) =>
        name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '2' and <= '6';

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var n = 0;
        while (n < tag.Length && char.IsLetterOrDigit(tag[n])) n++;
        return tag[..n];
    }

    private static string Attribute(ReadOnlySpan<char> tag, string name)
    {
        var at = tag.IndexOf($" {name}=\"", StringComparison.Ordinal);
        if (at < 0) return "";
        var value = tag[(at + name.Length + 3)..];
        var close = value.IndexOf('"');
        return close < 0 ? "" : WebUtility.HtmlDecode(value[..close].ToString());
    }

    /// <summary>
    /// Entities decoded, runs of white space made one space, none at either end. Text without an
    /// entity is read from the builder's chunks and copied once, into the string returned: the
    /// sections' text was copied four times on its way (to a string, decoded, collapsed, trimmed),
    /// 170 MB of a 4,000-page build's allocations.
    /// </summary>
    private static string Clean(StringBuilder text)
    {
        if (text.Length == 0) return "";
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            if (Contains(text, '&')) Collapse(WebUtility.HtmlDecode(text.ToString()), buffer, ref length);
            else foreach (var chunk in text.GetChunks()) Collapse(chunk.Span, buffer, ref length);
            if (length > 0 && buffer[length - 1] == ' ') length--;
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="into"/>, each run of white space as one space and none at the start.</summary>
    private static void Collapse(ReadOnlySpan<char> text, char[] into, ref int length)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) into[length++] = c;
            else if (length > 0 && into[length - 1] != ' ') into[length++] = ' ';
        }
    }

    private static bool Contains(StringBuilder text, char c)
    {
        foreach (var chunk in text.GetChunks())
            if (chunk.Span.Contains(c)) return true;
        return false;
    }

    private static bool IsBlank(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
            if (!chunk.Span.IsWhiteSpace()) return false;
        return true;
    }
}
