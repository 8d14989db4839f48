using Ganss.Xss;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Diagnostics;
using Playbook.Pipeline;

namespace Playbook.Markdown.InlineHtml;

/// <summary>
/// Keeps the HTML an author wrote in Markdown and makes it safe. Each piece of HTML is checked
/// alone, so what is dropped is a PB0121 warning at its own line and column; then the page's
/// rendered HTML is cleaned as a whole, so that unclosed or misnested tags, and a tag opened in
/// one piece and closed in another, are repaired by a real HTML parser. Pages without HTML (nearly
/// all of them) are not touched.
/// </summary>
public static class SanitizeInlineHtml
{
    public const string Rule = "PB0121";

    public static bool HasHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();

    /// <summary>The page's HTML, cleaned; warnings for what was dropped go to <paramref name="diagnostics"/>.</summary>
    public static string Apply(MarkdownDocument document, string html, string file, DiagnosticList diagnostics, List<LinkOrigin> links)
    {
        foreach (var (source, line, column) in Pieces(document))
            Check(source, line, column, file, diagnostics, links);
        var body = InlineHtmlRules.NewSanitizer().SanitizeDom(html).Body!;
        UnwrapPhrasingAroundBlocks(body);
        return body.InnerHtml;
    }

    private static readonly HashSet<string> Phrasing =
        ["abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"];

    private static readonly string Blocks = "p, div, section, table, ul, ol, dl, blockquote, pre, hr, h1, h2, h3, h4, h5, h6, details, figure";

    /// <summary>
    /// An inline tag left open (<c>&lt;b&gt;</c> with no <c>&lt;/b&gt;</c>) is carried by the HTML
    /// parser into every later block, which the Nu checker rejects (a table inside <c>&lt;i&gt;</c>);
    /// such a tag keeps its children and loses itself. Inner ones go first, so nesting unwinds.
    /// </summary>
    private static void UnwrapPhrasingAroundBlocks(AngleSharp.Dom.IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*").Reverse().Where(e => Phrasing.Contains(e.LocalName) && e.QuerySelector(Blocks) is not null))
        {
            while (element.FirstChild is { } child) element.Parent!.InsertBefore(child, element);
            element.Remove();
        }
    }

    private static IEnumerable<(string Source, int Line, int Column)> Pieces(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node is HtmlBlock block) yield return (block.Lines.ToString(), block.Line + 1, block.Column + 1);
            else if (node is HtmlInline inline) yield return (inline.Tag, inline.Line + 1, inline.Column + 1);
        }
    }

    private static void Check(string source, int line, int column, string file, DiagnosticList diagnostics, List<LinkOrigin> links)
    {
        var sanitizer = InlineHtmlRules.NewSanitizer();
        sanitizer.RemovingTag += (_, e) => diagnostics.Add(Diagnostic.Warning(file, line, column, Rule,
            $"the HTML element <{e.Tag.LocalName}> is not allowed and was dropped with what it holds; use Markdown or an element the README's inline HTML list allows"));
        sanitizer.RemovingAttribute += (_, e) => diagnostics.Add(Diagnostic.Warning(file, line, column, Rule, e.Reason == RemoveReason.NotAllowedUrlValue
            ? $"the URL '{e.Attribute.Value}' of <{e.Tag.LocalName}> is not allowed and was dropped; link with http:, https:, mailto: or a path"
            : $"the attribute '{e.Attribute.Name}' of <{e.Tag.LocalName}> is not allowed and was dropped; remove it"));
        var dom = sanitizer.SanitizeDom(source);
        // Links written in HTML are checked like Markdown links, and reported at the HTML's position.
        foreach (var element in dom.QuerySelectorAll("a[href], img[src]"))
            links.Add(new LinkOrigin(element.GetAttribute("href") ?? element.GetAttribute("src")!, line, column));
    }
}
