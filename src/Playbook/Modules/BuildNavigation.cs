using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Everything that ties a page to the others, computed once over the whole site: breadcrumbs,
/// previous / next in its section, related pages (shared stages and tags) and backlinks.
/// Backlinks leave out what the page already shows: the pages listed as related, and stage pages,
/// whose toolkits link every page of their stage (the page's stage chips lead there).
/// </summary>
public sealed class BuildNavigation : IModule
{
    public static readonly PageKey<PageNavigation> Key = new("navigation");
    public const int MaxRelated = 5;

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var content = pages.Where(IsContent).ToList();
        var sections = content.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => Ordered(g, context.Config).ToList());
        var backlinks = content
            .Where(p => p.Kind != Kinds.Stage)
            .SelectMany(p => p.LinksTo.Where(t => t != p.Id).Select(t => (Target: t, From: p)))
            .GroupBy(x => x.Target)
            .ToDictionary(g => g.Key, g => g.Select(x => x.From).DistinctBy(p => p.Id).OrderBy(p => p.Title, StringComparer.Ordinal).ToList());
        var related = new RelatedPages(content, MaxRelated);
        var positions = sections.ToDictionary(s => s.Key, s => s.Value.Select((p, i) => (p.Id, Index: i))
            .DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Index));

        var results = new Page[pages.Count];
        Parallel.For(0, pages.Count, context.Parallelism, i =>
        {
            var page = pages[i];
            if (!IsContent(page)) { results[i] = page; return; }
            var section = sections[page.Kind];
            var index = positions[page.Kind][page.Id];
            var relatedPages = related.For(page).ToList();
            var nav = new PageNavigation(
                Breadcrumbs(page, context),
                index > 0 ? Link(section[index - 1]) : null,
                index >= 0 && index < section.Count - 1 ? Link(section[index + 1]) : null,
                relatedPages.Select(Item).ToList(),
                backlinks.TryGetValue(page.Id, out var from) ? from.Where(p => !relatedPages.Any(r => r.Id == p.Id)).Select(Item).ToList() : []);
            results[i] = page.With(Key, nav);
        });
        IReadOnlyList<Page> output = results;
        return Task.FromResult(output);
    }

    private static bool IsContent(Page page) => page.IsMarkdown && page.Kind != Kinds.Page;

    /// <summary>Stage pages follow playbook.yml's order; other sections 'order' then title.</summary>
    public static IEnumerable<Page> Ordered(IEnumerable<Page> pages, PlaybookConfig config) =>
        pages.OrderBy(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count > 0 ? config.StageIndex(p.FrontMatter.Stages[0]) : 0)
            .ThenBy(p => p.FrontMatter.Order ?? int.MaxValue)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal);

    private static IReadOnlyList<LinkView> Breadcrumbs(Page page, BuildContext context)
    {
        var crumbs = new List<LinkView> { new("Home", "/") };
        if (context.Config.Kinds.TryGetValue(page.Kind, out var kind) && kind.Folder.Length > 0)
            crumbs.Add(new LinkView(kind.Title, $"/{kind.Folder}/"));
        return crumbs;
    }

    private static LinkView Link(Page p) => new(p.Title, p.Url);

    public static ItemView Item(Page p) => new(p.Title, p.Url, p.FrontMatter.Description ?? "", p.Kind, p.FrontMatter.Stages);
}

public sealed record PageNavigation(
    IReadOnlyList<LinkView> Breadcrumbs,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<ItemView> Related,
    IReadOnlyList<ItemView> Backlinks);
