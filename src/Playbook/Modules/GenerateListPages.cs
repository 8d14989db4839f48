using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Makes the pages no author writes: one index per section (/articles/, /checklists/, ... as playbook.yml declares the kinds),
/// the stage overview (/stages/), the tag index (/tags/) and a page per tag. Stage pages get
/// their toolkit: a card per page of the stage, kind by kind.
/// </summary>
public sealed class GenerateListPages : IModule
{
    public static readonly PageKey<IReadOnlyList<ItemView>> ItemsKey = new("items");
    public static readonly PageKey<IReadOnlyList<ToolView>> ToolkitKey = new("toolkit");
    public static readonly PageKey<IReadOnlyList<PhaseView>> JourneyKey = new("journey");
    public static readonly PageKey<IReadOnlyList<TagView>> TagsKey = new("tags");
    public const string OverviewUrl = "/stages/";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var content = BuildNavigation.Ordered(pages.Where(p => p.IsMarkdown), config).ToList();
        var journey = Journey(content, config);
        var sections = config.Sections.ToList();
        var output = pages.Select(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count == 1
            ? p.With(ToolkitKey, Toolkit(sections, content.Where(c => c.Kind != Kinds.Stage && c.FrontMatter.Stages.Contains(p.FrontMatter.Stages[0]))))
               .With(JourneyKey, journey.Where(phase => phase.Stages.Any(s => s.Id == p.FrontMatter.Stages[0])).ToList())
            : p).ToList();

        foreach (var kind in sections)
            output.Add(Generated($"section-{kind.Id}", $"/{kind.Folder}/", kind.Title,
                $"Every {kind.Id} of the playbook.", "section",
                content.Where(p => p.Kind == kind.Id).Select(BuildNavigation.Item).ToList()));

        var stagePages = content.Where(p => p.Kind == Kinds.Stage).ToList();
        output.Add(Generated("stages", OverviewUrl, "Stages", "The journey from the first phase to the last, stage by stage.", "stages",
            stagePages.Select(BuildNavigation.Item).ToList()).With(JourneyKey, journey));

        var tagged = content.Where(p => p.Kind != Kinds.Stage).SelectMany(p => p.FrontMatter.Tags.Select(t => (Tag: t, Page: p)))
            .GroupBy(x => x.Tag).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.Add(Generated("tags", "/tags/", "Tags", "Every tag used in the playbook.", "tags", [])
            .With(TagsKey, tagged.Select(g => new TagView(g.Key, TagUrl(g.Key), g.Count())).ToList()));
        foreach (var group in tagged)
            output.Add(Generated($"tag-{group.Key}", TagUrl(group.Key), $"Tag: {group.Key}", $"Pages tagged {group.Key}.", "tag",
                group.Select(x => BuildNavigation.Item(x.Page)).ToList()));

        IReadOnlyList<Page> result = output;
        return Task.FromResult(result);
    }

    /// <summary>The phases in playbook.yml's order, each with its stages and the pages written for it.</summary>
    private static List<PhaseView> Journey(List<Page> content, PlaybookConfig config)
    {
        var stageUrls = content.Where(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count == 1)
            .GroupBy(p => p.FrontMatter.Stages[0]).ToDictionary(g => g.Key, g => g.First().Url);
        return config.Phases.Select(phase => new PhaseView(
            phase.Id,
            phase.Title,
            PhaseUrl(phase.Id),
            phase.Stages.Select(config.FindStage).OfType<Stage>()
                .Select(s => new StageView(s.Id, s.Title, s.Summary, stageUrls.GetValueOrDefault(s.Id, OverviewUrl), config.StageNumber(s.Id))).ToList(),
            content.Where(p => config.Kinds.TryGetValue(p.Kind, out var kind) && Kinds.IsSection(kind) && p.FrontMatter.Phase == phase.Id).Select(BuildNavigation.Item).ToList())).ToList();
    }

    /// <summary>Each phase has an anchor on the stage overview, so pages can link their phase.</summary>
    public static string PhaseUrl(string phase) => $"{OverviewUrl}#phase-{phase}";

    public static string TagUrl(string tag) => $"/tags/{PageIds.Slugify(tag)}/";

    private static IReadOnlyList<ToolView> Toolkit(IEnumerable<KindSchema> sections, IEnumerable<Page> pages)
    {
        var list = pages.ToList();
        return sections.SelectMany(k => list.Where(p => p.Kind == k.Id)).Select(p => Tool(p, leadsHere: false)).ToList();
    }

    /// <summary>A page as a toolkit card, sized by what a reader will work through.</summary>
    public static ToolView Tool(Page page, bool leadsHere) =>
        new(page.Title, page.Url, page.FrontMatter.Description ?? "", page.Kind, Size(page), page.FrontMatter.Stages, leadsHere);

    private static string Size(Page page) => page.Kind switch
    {
        Kinds.Checklist when page.Get(ExtractChecklist.Key) is { Count: > 0 } items => PlaybookFilters.CountLabel(items, "item"),
        Kinds.Guide when page.Get(ReadGuideGraph.Key) is { Steps.Count: > 0 } graph => PlaybookFilters.CountLabel(graph.Steps, "question"),
        Kinds.Worksheet when page.Get(ExtractWorksheet.Key) is { Fields.Count: > 0 } sheet => PlaybookFilters.CountLabel(sheet.Fields, "field"),
        _ => "",
    };

    private static Page Generated(string id, string url, string title, string description, string layout, IReadOnlyList<ItemView> items) =>
        new Page
        {
            SourcePath = "",
            Id = id,
            Url = url,
            Kind = Kinds.Generated,
            FrontMatter = new FrontMatter { Title = title, Description = description, Layout = layout },
        }.With(ItemsKey, items);
}
