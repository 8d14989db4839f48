using Markdig.Renderers.Html;
using Markdig.Syntax;
using Playbook.Markdown;
using Playbook.Markdown.InlineHtml;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Renders each page's syntax tree to HTML once (HTML the author wrote is kept and made safe),
/// records its headings, and lets the tree go.
/// </summary>
public sealed class RenderMarkdown : PerPageModule
{
    protected override bool Handles(Page page) => page.IsMarkdown;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var document = page.Document!.Tree;
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", MarkdownText.Plain(h.Inline)))
            .ToList();
        var html = PlaybookMarkdown.Render(document);
        var origins = page.LinkOrigins;
        if (SanitizeInlineHtml.HasHtml(document))
        {
            var links = new List<LinkOrigin>();
            html = SanitizeInlineHtml.Apply(document, html, page.SourcePath, context.Diagnostics, links);
            origins = origins.AddRange(links);
        }
        return page with { Html = html, Headings = [.. headings], Document = null, LinkOrigins = origins };
    }
}
