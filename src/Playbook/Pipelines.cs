using Playbook.Html;
using Playbook.Modules;
using Playbook.Pipeline;
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
        new("Validate", [new ValidateFrontMatter(), new AssignUrls(), new SelectAudience()]),
        new("Link", [new ResolveCrossLinks(), new DropExcluded()]),
        new("Render", [new RenderMarkdown(), new GenerateListPages(), new BuildNavigation(), new CopyThemeAssets(), new BuildSearchIndex(), new ApplyLayouts()]),
        new("Check", [new PostProcessHtml(), new CheckLinks()]),
    ];
}
