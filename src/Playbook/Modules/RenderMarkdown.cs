using Markdig.Renderers.Html;
using Markdig.Syntax;
using Playbook.Markdown;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Renders each page's syntax tree to HTML once, records its headings, and lets the tree go. In
/// preview the rendered page is kept, so an unchanged page is not parsed again (see <see cref="Preview.RenderCache"/>).
/// </summary>
public sealed class RenderMarkdown : PerPageModule
{
    protected override bool Handles(Page page) => page.Document is not null;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var document = page.Document!;
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", MarkdownText.Plain(h.Inline)))
            .ToList();
        var rendered = page with { Html = PlaybookMarkdown.Render(document), Headings = [.. headings], Document = null };
        context.RenderCache?.KeepBody(rendered);
        return rendered;
    }
}
