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
    public static IReadOnlyList<Pipeline.Pipeline> Default() =>
    [
        new("Read", [new ReadInput()]),
        new("Parse", [new ParseMarkdown(), new ParseFrontMatter()]),
        new("Validate", [new ValidateFrontMatter(), new AssignUrls(), new SelectAudience(), new ReadGuideGraph(), new ValidateGuideGraph()]),
        new("Link", [new ResolveCrossLinks(), new DropExcluded(), new ExtractChecklist()]),
        new("Render", [new RenderMarkdown(), new GenerateListPages(), new GenerateStageHandouts(), new BuildNavigation(), new CopyThemeAssets(), new AddFrontMatterSchema(), new BuildSearchIndex(), new ApplyLayouts()]),
        new("Publish", [new GenerateRedirects(), new GenerateSitemap(), new GenerateFeed(), new GeneratePlaybookJson()]),
        new("Check", [new CheckOutputPaths(), new CollectIdsAndLinks(), new CheckLinks()]),
    ];
}
