using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Everything that ties a page to the others, computed once over the whole site: breadcrumbs,
/// previous / next in its section, related pages (shared stages and tags) and backlinks.
/// </summary>
public sealed class BuildNavigation : IModule
{
    public const string Key = "navigation";
    public const int MaxRelated = 5;

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var content = pages.Where(IsContent).ToList();
        var sections = content.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => Ordered(g, context.Config).ToList());
        var backlinks = content
            .SelectMany(p => p.LinksTo.Where(t => t != p.Id).Select(t => (Target: t, From: p)))
            .GroupBy(x => x.Target)
            .ToDictionary(g => g.Key, g => g.Select(x => x.From).DistinctBy(p => p.Id).OrderBy(p => p.Title, StringComparer.Ordinal).ToList());
        // Positions by reference and an index of related candidates keep this step linear-ish: a
        // search per page over the whole site made 4,000 pages take half a minute here.
        var positions = new Dictionary<Page, int>(ReferenceEqualityComparer.Instance);
        foreach (var section in sections.Values)
            for (var k = 0; k < section.Count; k++) positions[section[k]] = k;
        var related = new RelatedIndex(content);

        var results = new Page[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            if (!IsContent(page)) { results[i] = page; return; }
            var section = sections[page.Kind];
            var index = positions[page];
            var nav = new PageNavigation(
                Breadcrumbs(page, context),
                index > 0 ? Link(section[index - 1]) : null,
                index >= 0 && index < section.Count - 1 ? Link(section[index + 1]) : null,
                related.For(page).Select(Item).ToList(),
                backlinks.TryGetValue(page.Id, out var from) ? from.Select(Item).ToList() : []);
            results[i] = page.WithData(Key, nav);
        });
        IReadOnlyList<Page> output = results;
        return Task.FromResult(output);
    }

    private static bool IsContent(Page page) => !page.IsAsset && page.Source.Length > 0 && page.Kind != Kinds.Page;

    /// <summary>Stage pages follow playbook.yml's order; other sections 'order' then title.</summary>
    public static IEnumerable<Page> Ordered(IEnumerable<Page> pages, PlaybookConfig config) =>
        pages.OrderBy(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count > 0 ? config.StageIndex(p.FrontMatter.Stages[0]) : 0)
            .ThenBy(p => p.FrontMatter.Order ?? int.MaxValue)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal);

    private static IReadOnlyList<LinkView> Breadcrumbs(Page page, BuildContext context)
    {
        var crumbs = new List<LinkView> { new("Home", "/") };
        var folder = context.Config.Kinds.TryGetValue(page.Kind, out var k) ? k.Folder : "";
        if (folder.Length > 0) crumbs.Add(new LinkView(SectionTitle(page.Kind), $"/{folder}/"));
        return crumbs;
    }

    public static string SectionTitle(string kind) => kind switch
    {
        Kinds.Article => "Articles",
        Kinds.Checklist => "Checklists",
        Kinds.Guide => "Decision guides",
        Kinds.Stage => "Stages",
        _ => "Pages",
    };

    /// <summary>
    /// Pages sharing a stage score 2 each, sharing a tag 1 each; best first, ties by title. Scores
    /// are summed over the list of pages that have each stage or tag, so the work follows the
    /// overlaps rather than every pair of pages.
    /// </summary>
    private sealed class RelatedIndex
    {
        private readonly List<Page> _candidates;
        private readonly Dictionary<string, List<int>> _byStage;
        private readonly Dictionary<string, List<int>> _byTag;

        public RelatedIndex(List<Page> content)
        {
            // Sorted by title once, so a lower index breaks a tie in score.
            _candidates = content.Where(p => p.Kind != Kinds.Stage).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ToList();
            _byStage = Postings(p => p.FrontMatter.Stages);
            _byTag = Postings(p => p.FrontMatter.Tags);
        }

        public IEnumerable<Page> For(Page page)
        {
            var scores = new int[_candidates.Count];
            var touched = new List<int>();
            Add(page.FrontMatter.Stages, _byStage, 2, scores, touched);
            Add(page.FrontMatter.Tags, _byTag, 1, scores, touched);
            // Keep the best few while scanning: sorting every candidate of every page is what costs.
            var best = new List<int>(MaxRelated + 1);
            foreach (var i in touched)
            {
                if (_candidates[i].Id == page.Id) continue;
                var at = best.Count;
                while (at > 0 && (scores[i] > scores[best[at - 1]] || (scores[i] == scores[best[at - 1]] && i < best[at - 1]))) at--;
                if (at >= MaxRelated) continue;
                best.Insert(at, i);
                if (best.Count > MaxRelated) best.RemoveAt(MaxRelated);
            }
            return best.Select(i => _candidates[i]);
        }

        private static void Add(IEnumerable<string> keys, Dictionary<string, List<int>> postings, int weight, int[] scores, List<int> touched)
        {
            foreach (var key in keys.Distinct())
                if (postings.TryGetValue(key, out var list))
                    foreach (var i in list)
                    {
                        if (scores[i] == 0) touched.Add(i);
                        scores[i] += weight;
                    }
        }

        private Dictionary<string, List<int>> Postings(Func<Page, IEnumerable<string>> keys)
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < _candidates.Count; i++)
                foreach (var key in keys(_candidates[i]).Distinct())
                {
                    if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                    list.Add(i);
                }
            return postings;
        }
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
