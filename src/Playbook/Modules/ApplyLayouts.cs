using System.Globalization;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Wraps every page in its Liquid layout: the kind's layout (or the one its front matter names)
/// renders the main column, then <c>base</c> renders the page shell around it.
/// </summary>
/// <param name="renderer">How a page's layouts are rendered from its model: at once, unless a layer
/// composed around the build can answer from what it rendered before for an equal model.</param>
public sealed class ApplyLayouts(ApplyLayouts.Renderer? renderer = null) : PerPageModule<object>
{
    /// <summary>Renders <paramref name="layout"/> for a page whose model is <paramref name="site"/> and <paramref name="page"/>, as UTF-8, or calls <paramref name="render"/> to do it.</summary>
    public delegate byte[]? Renderer(string layout, object site, object page, Func<byte[]?> render);

    public const string BaseLayout = "base";

    /// <summary>The site's part of every page's model: its assets, stages and settings.</summary>
    protected override object Gather(IReadOnlyList<Page> pages, BuildContext context) => SiteModel(pages, context);

    protected override bool Handles(Page page) => !page.IsAsset;

    protected override Page Transform(Page page, object site, BuildContext context) => Render(page, site, context);

    /// <summary>Lays out <paramref name="pages"/> as pages of <paramref name="site"/>, whose assets and stages the layouts link to.</summary>
    public IReadOnlyList<Page> LayOut(IReadOnlyList<Page> pages, IReadOnlyList<Page> site, BuildContext context)
    {
        var siteModel = SiteModel(site, context);
        var results = new Page[pages.Count];
        Parallel.For(0, pages.Count, context.Parallelism, i =>
        {
            var page = pages[i];
            results[i] = Handles(page) ? Render(page, siteModel, context) : page;
        });
        return results;
    }

    private Page Render(Page page, object site, BuildContext context)
    {
        var file = page.SourcePath.Length > 0 ? page.SourcePath : page.Url;
        var layout = page.FrontMatter.Layout ?? page.Kind;
        if (!context.Templates.HasLayout(layout))
        {
            if (page.FrontMatter.Layout is not null)
            {
                var p = page.FrontMatter.PositionOf("layout", new SourcePosition(1, 1));
                context.Report(Diagnostic.Error(file, p.Line, p.Column, "PB0402", $"layout '{layout}' is not in theme/layouts; create theme/layouts/{layout}.liquid or remove the field"));
                return page;
            }
            layout = Kinds.Page;
        }
        var pageModel = LiquidModel.From(PageModel(page, context))!;
        var model = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = site, ["page"] = pageModel };
        var html = renderer is null
            ? RenderLayouts(layout, model, file, context)
            : renderer(layout, site, pageModel, () => RenderLayouts(layout, model, file, context));
        return html is null ? page : page with { Utf8Html = html };
    }

    private static byte[]? RenderLayouts(string layout, Dictionary<string, object?> model, string file, BuildContext context)
    {
        var main = context.Templates.Render(layout, model, file, context.Diagnostics);
        if (main is null) return null;
        model["content"] = new Markup(main);
        return context.Templates.RenderUtf8(BaseLayout, model, file, context.Diagnostics);
    }

    private static object SiteModel(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var assets = pages.Where(p => p.Has(CopyThemeAssets.LogicalPathKey))
            .ToDictionary(p => p.Get(CopyThemeAssets.LogicalPathKey)![CopyThemeAssets.AssetsFolder.Length..].Replace('/', '_').Replace('.', '_'), p => (object?)p.Url);
        var stageUrls = pages.Where(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count == 1)
            .ToDictionary(p => p.FrontMatter.Stages[0], p => p.Url);
        return LiquidModel.From(new Dictionary<string, object?>
        {
            ["title"] = config.Site.Title,
            ["description"] = config.Site.Description,
            ["base_url"] = context.BaseUrl,
            ["language"] = config.Site.Language,
            ["nav"] = config.Nav.Select(n => new LinkView(n.Title, n.Url)).ToList(),
            ["stages"] = config.Stages.Select(s => new StageView(s.Id, s.Title, s.Summary, stageUrls.GetValueOrDefault(s.Id, "/stages/"), config.StageNumber(s.Id))).ToList(),
            ["phases"] = config.Phases.Select(p => new Dictionary<string, object?> { ["id"] = p.Id, ["title"] = p.Title, ["stages"] = p.Stages }).ToList(),
            ["assets"] = assets,
            ["preview_banner"] = context.Options.PreviewBanner,
        })!;
    }

    private static Dictionary<string, object?> PageModel(Page page, BuildContext context)
    {
        var fm = page.FrontMatter;
        var config = context.Config;
        var nav = page.Get(BuildNavigation.Key);
        var stageUrls = fm.Stages.Select(s => config.FindStage(s)).OfType<Stage>()
            .Select(s => new StageView(s.Id, s.Title, s.Summary, $"/stages/{s.Id}/", config.StageNumber(s.Id))).ToList();
        var phase = fm.Phase is { } ph ? config.FindPhase(ph) : null;
        var toolkit = page.Get(GenerateListPages.ToolkitKey) ?? [];
        // A stage page's toolkit already links its pages; its related and backlink lists name only the others.
        var inToolkit = toolkit.Select(t => t.Url).ToHashSet(StringComparer.Ordinal);
        List<ItemView> Others(IReadOnlyList<ItemView>? items) => (items ?? []).Where(i => !inToolkit.Contains(i.Url)).ToList();
        var model = new Dictionary<string, object?>
        {
            ["id"] = page.Id,
            ["title"] = page.Title,
            ["description"] = fm.Description ?? config.Site.Description,
            ["url"] = page.Url,
            ["canonical"] = context.BaseUrl + page.Url.TrimStart('/'),
            ["kind"] = page.Kind,
            ["layout"] = fm.Layout ?? page.Kind,
            ["content"] = new Markup(page.Html),
            ["stages"] = stageUrls,
            ["phase"] = phase is null ? null : new Dictionary<string, object?> { ["id"] = phase.Id, ["title"] = phase.Title },
            ["tags"] = fm.Tags.Select(t => new TagView(t, GenerateListPages.TagUrl(t))).ToList(),
            ["date"] = fm.Date,
            ["updated"] = fm.Updated,
            ["owner"] = fm.Owner,
            ["review_by"] = fm.ReviewBy,
            ["review_due"] = fm.ReviewBy is { } due && due < context.Options.Today,
            ["edit_url"] = config.Site.EditUrl is { } edit && page.SourcePath.Length > 0 ? edit + page.SourcePath : null,
            ["toc"] = Toc(page, toolkit),
            ["breadcrumbs"] = nav?.Breadcrumbs ?? [],
            ["previous"] = nav?.Previous,
            ["next"] = nav?.Next,
            ["related"] = Others(nav?.Related),
            ["backlinks"] = Others(nav?.Backlinks),
            ["items"] = page.Get(GenerateListPages.ItemsKey) ?? [],
            ["toolkit"] = toolkit,
            ["tag_list"] = page.Get(GenerateListPages.TagsKey) ?? [],
            ["journey"] = page.Get(GenerateListPages.JourneyKey) ?? [],
            ["checklist"] = page.Get(ExtractChecklist.Key) ?? [],
            ["guide"] = page.Get(ReadGuideGraph.Key),
            ["flowchart"] = page.Get(DrawGuideFlowcharts.Key),
            ["journey_drawing"] = page.Get(DrawStageJourney.Key),
            ["print_url"] = page.Get(GenerateStageHandouts.PrintUrlKey),
            ["handout"] = page.Get(GenerateStageHandouts.HandoutKey),
            ["year"] = context.Options.Today.Year.ToString(CultureInfo.InvariantCulture),
        };
        return model;
    }

    public const string ToolkitAnchor = "toolkit";

    /// <summary>The page's headings; a stage page's toolkit (which the layout adds after the text) is its last entry.</summary>
    private static List<TocEntry> Toc(Page page, IReadOnlyList<ToolView> toolkit)
    {
        var toc = page.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).Select(h => new TocEntry(h.Level, h.Id, h.Text)).ToList();
        if (toolkit.Count > 0) toc.Add(new TocEntry(2, ToolkitAnchor, "Toolkit for this stage"));
        return toc;
    }
}
