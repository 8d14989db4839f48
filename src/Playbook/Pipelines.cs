using Playbook.Admin;
using Playbook.Html;
using Playbook.Modules;
using Playbook.Output;
using Playbook.Pipeline;
using Playbook.Schema;
using Playbook.Search;

namespace Playbook;

/// <summary>
/// The build, as data: each phase's modules in the order pages pass through them. Data flows one
/// way, read → parse → validate → link → render → check; writing to disk comes after, outside.
/// </summary>
public static class Pipelines
{
    public static IReadOnlyList<Pipeline.Pipeline> Default() => [.. PageBodies(), .. Site()];

    /// <summary>
    /// Up to each page's own rendered body: everything a page's text alone decides, checked against
    /// the other pages (ids, URLs, link targets). <c>preview</c> runs only these for a save that
    /// changes no more than a page's body, before it builds the rest.
    /// </summary>
    public static IReadOnlyList<Pipeline.Pipeline> PageBodies() =>
    [
        new("Read", [new ReadInput()]),
        new("Parse", [new ParseMarkdown(), new ParseFrontMatter()]),
        new("Validate", [new ValidateFrontMatter(), new AssignUrls(), new CheckUniqueUrls(), new SelectAudience(), new ReadGuideGraph(), new ValidateGuideGraph()]),
        new("Link", [new ResolveCrossLinks(), new DropExcluded(), new ExtractChecklist(), new ExtractWorksheet()]),
        new("Render", [new DrawGuideFlowcharts(), new RenderMarkdown()]),
    ];

    /// <summary>From the pages' bodies to the finished site: what each page shows of the others, the site-wide files, and the checks.</summary>
    public static IReadOnlyList<Pipeline.Pipeline> Site() =>
    [
        new("Render", [new GenerateListPages(), new DrawStageJourney(), new GenerateStageHandouts(), new GenerateClientPages(), new BuildNavigation(), new CopyThemeAssets(), new AddFrontMatterSchema(), new AddClientSchema(), new BuildSearchIndex(), new ApplyLayouts()]) { FilesFinal = true },
        new("Publish", [new GenerateRedirects(), new GenerateSitemap(), new GenerateFeed(), new GeneratePlaybookJson(), new GenerateAdmin(), new GenerateServiceWorker()]),
        new("Check", [new CheckOutputPaths(), new CollectIdsAndLinks(), new CheckLinks()]),
    ];
}
