using System.Net;
using System.Text;

namespace Playbook.Search;

/// <summary>One section of a page as plain text: the heading it sits under (empty for the text before the first heading) and its words.</summary>
public sealed record Section(string Heading, string Anchor, string Text);

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

    public static IReadOnlyList<Section> Sections(string html)
    {
        var sections = new List<Section>();
        var text = new StringBuilder();
        string heading = "", anchor = "";
        StringBuilder? headingText = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            (headingText ?? text).Append(html, i, end - i);
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
                    heading = Clean(headingText.ToString());
                    headingText = null;
                }
            }
            else if (BlockNames.Contains(name)) (headingText ?? text).Append(' ');
            i = gt + 1;
        }
        Close();
        return sections;

        void Close()
        {
            var body = Clean(text.ToString());
            if (body.Length > 0 || heading.Length > 0) sections.Add(new Section(heading, anchor, body));
            text.Clear();
            heading = "";
            anchor = "";
        }
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

    /// <summary>Entities decoded and runs of white space made one space.</summary>
    private static string Clean(string text)
    {
        var decoded = WebUtility.HtmlDecode(text);
        var sb = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
