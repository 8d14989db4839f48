using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Playbook.Pipeline;

namespace Playbook.Html;

/// <summary>
/// Parses each finished page's HTML once with AngleSharp, runs the rewriters in order on that
/// one DOM, and records what later checks need (element ids, links), so no check parses again.
/// </summary>
public sealed class PostProcessHtml : PerPageModule
{
    public const string IdsKey = "html.ids";
    public const string LinksKey = "html.links";

    // Order matters: anchors are added to headings before links are collected, so they are checked too.
    private static readonly IHtmlRewriter[] Rewriters = [new AddHeadingAnchors()];

    protected override bool Handles(Page page) => !page.IsAsset && page.Html.Length > 0;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(page.Html);
        foreach (var rewriter in Rewriters) rewriter.Rewrite(document, page);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!))
            .ToList();
        return page with
        {
            Html = "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n",
            Data = page.Data.SetItem(IdsKey, ids).SetItem(LinksKey, links),
        };
    }
}

public interface IHtmlRewriter
{
    void Rewrite(IHtmlDocument document, Page page);
}
