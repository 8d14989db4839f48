using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Preview;

/// <summary>One build of a preview session: the result, how many pages were parsed again and how many laid out again.</summary>
public sealed record Rebuild(BuildResult Result, int PagesRendered, bool Everything, int PagesParsed);

/// <summary>
/// Builds the same site again and again for <c>preview</c>. Every build runs the whole engine,
/// which keeps diagnostics, cross-links and site-wide pages exact; what it keeps between builds
/// (<see cref="RenderCache"/>) are the parsed layouts, each page's rendered body while its text and
/// the link targets stay the same, and each page's layout output, so only pages whose view model
/// changed are laid out and post-processed again. A change to the theme or playbook.yml starts
/// from nothing.
/// </summary>
public sealed class IncrementalBuilder(IFileSet input, IFileSet theme, BuildOptions options)
{
    private readonly TemplateCache _templates = new(theme);
    private readonly RenderCache _cache = new();
    private string _linkTargets = "";

    /// <summary>Builds after <paramref name="changes"/>; with none (the first build), everything is built.</summary>
    public async Task<Rebuild> BuildAsync(IReadOnlyCollection<SiteChange> changes)
    {
        var everything = changes.Count == 0 || changes.Any(c => c.AffectsEverything);
        if (everything) _cache.Clear();
        var (result, rendered, parsed, reused) = await BuildOnce();
        var linkTargets = LinkTargets(result.Pages);
        if (linkTargets != _linkTargets && reused > 0)
        {
            // A page was added, removed, moved or retitled: kept bodies carry links and link text
            // resolved against the old targets, so every page is parsed again. The layouts stay.
            _cache.ForgetBodies();
            var again = await BuildOnce();
            (result, parsed) = (again.Result, again.Parsed);
            rendered += again.Rendered;
        }
        _linkTargets = linkTargets;
        // A page with a diagnostic is parsed again next time, so its diagnostics are reported again.
        _cache.ForgetBodies(result.Diagnostics.Select(d => d.File).Distinct());
        return new Rebuild(result, rendered, everything, parsed);
    }

    private async Task<(BuildResult Result, int Rendered, int Parsed, int Reused)> BuildOnce()
    {
        _cache.BeginBuild();
        var result = await Engine.BuildAsync(input, theme, options, templates: _templates, renderCache: _cache);
        _cache.EndBuild();
        return (result, _cache.Rendered, _cache.Parsed, _cache.Reused);
    }

    /// <summary>
    /// What a page's rendered body can read of the others: each authored page's file, id, URL and
    /// title (links and their text), and its kind and stages (a guide's stage outcomes).
    /// </summary>
    private static string LinkTargets(IEnumerable<Page> pages) =>
        RenderCache.Fingerprint(pages.Where(p => p.IsMarkdown).OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .Select(p => new[] { p.SourcePath, p.Id, p.Url, p.Title, p.Kind, string.Join(',', p.FrontMatter.Stages) }).ToList());
}
