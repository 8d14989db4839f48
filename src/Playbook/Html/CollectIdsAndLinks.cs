using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Playbook.Pipeline;
using Playbook.Preview;

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
        // In preview, a page laid out from an unchanged model was processed by an earlier build.
        var done = context.RenderCache is { } cache && page.Get<string>(RenderCache.FingerprintKey) is { } fingerprint
            ? cache.PostProcessed(fingerprint, () => Process(page))
            : Process(page);
        return page with
        {
            Html = done.Html,
            Data = page.Data.SetItem(IdsKey, done.Ids).SetItem(LinksKey, done.Links),
        };
    }

    private static RenderCache.Processed Process(Page page)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(page.Html);
        foreach (var rewriter in Rewriters) rewriter.Rewrite(document, page);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!))
            .ToList();
        return new RenderCache.Processed("<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n", ids, links);
    }
}

public interface IHtmlRewriter
{
    void Rewrite(IHtmlDocument document, Page page);
}
