using Playbook.Files;
using Playbook.Html;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Preview;

/// <summary>One build of a preview session: the result, how many pages were parsed again and how many laid out again.</summary>
public sealed record Rebuild(BuildResult Result, int PagesRendered, bool Everything, int PagesParsed);

/// <summary>A save shown ahead of the full build: the edited pages finished as pages of the last good site (see <see cref="IncrementalBuilder.RefreshAsync"/>).</summary>
public sealed record PageRefresh(BuildResult Result, int PagesRendered, int PagesParsed);

/// <summary>
/// Builds the same site again and again for <c>preview</c>. A save is handled in two steps:
/// <list type="number">
/// <item><see cref="RefreshAsync"/> renders every page's body (unchanged ones come from the cache)
/// and, when the save changed no more than the bodies of existing pages, finishes just those
/// pages against the last good site, which is enough to show them;</item>
/// <item><see cref="BuildAsync(CancellationToken)"/> runs the whole engine, which keeps
/// diagnostics, cross-links, lists, the search index and the site-wide files exact.</item>
/// </list>
/// What it keeps between builds (<see cref="RenderCache"/>) are the files read, the parsed
/// layouts, each page's rendered body while its text and the link targets stay the same, and each
/// page's layout output, so only pages whose view model changed are laid out again. A change to
/// the theme or playbook.yml starts from nothing.
/// </summary>
public sealed class IncrementalBuilder(IFileSet input, IFileSet theme, BuildOptions options)
{
    /// <summary>More edited files than this in one save are built in full: a refresh would not be quicker.</summary>
    public const int MaxRefreshed = 16;

    private readonly CachedFileSet _input = new(input);
    private readonly TemplateCache _templates = new(theme);
    private readonly RenderCache _cache = new();
    private readonly List<SiteChange> _unbuilt = [];
    private bool _everything = true;
    private string _linkTargets = "";
    private IReadOnlyList<Page>? _site;

    /// <summary>Takes note of changed files; the next build (or refresh) reads them again.</summary>
    public void Saw(IReadOnlyCollection<SiteChange> changes)
    {
        _input.Forget(changes);
        if (changes.Any(c => c.AffectsEverything)) _everything = true;
        _unbuilt.AddRange(changes);
    }

    /// <summary>Builds after <paramref name="changes"/>; with none (the first build), everything is built.</summary>
    public Task<Rebuild> BuildAsync(IReadOnlyCollection<SiteChange> changes)
    {
        Saw(changes.Count == 0 ? [SiteChange.Unknown(SiteArea.Input)] : changes);
        return BuildAsync(CancellationToken.None);
    }

    /// <summary>
    /// Builds the whole site after the changes seen so far. A cancelled build leaves them unbuilt,
    /// so the next build covers them.
    /// </summary>
    public async Task<Rebuild> BuildAsync(CancellationToken cancel)
    {
        var everything = _everything;
        if (everything) _cache.Clear();
        var (result, rendered, parsed, reused) = await BuildOnce(cancel);
        var linkTargets = LinkTargets(result.Pages);
        if (linkTargets != _linkTargets && reused > 0)
        {
            // A page was added, removed, moved or retitled: kept bodies carry links and link text
            // resolved against the old targets, so every page is parsed again. The layouts stay.
            _cache.ForgetBodies();
            var again = await BuildOnce(cancel);
            (result, parsed) = (again.Result, again.Parsed);
            rendered += again.Rendered;
        }
        _linkTargets = linkTargets;
        // A page with a diagnostic is parsed again next time, so its diagnostics are reported again.
        _cache.ForgetBodies(result.Diagnostics.Select(d => d.File).Distinct());
        _everything = false;
        _unbuilt.Clear();
        _site = result.Succeeded ? result.Pages : null;
        return new Rebuild(result, rendered, everything, parsed);
    }

    /// <summary>
    /// The pages edited since the last build, finished against the last good site, when that is
    /// all the changes affect (see <see cref="LayOutEditedPages"/>); otherwise null, and
    /// <see cref="BuildAsync(CancellationToken)"/> builds it all. It also returns null when the
    /// edited pages have diagnostics, which the full build reports with all the others.
    /// </summary>
    public async Task<PageRefresh?> RefreshAsync()
    {
        if (_everything || _site is not { } site || _unbuilt.Count == 0) return null;
        var edited = _unbuilt.Select(c => c.Path).Distinct(StringComparer.Ordinal).ToList();
        if (edited.Count > MaxRefreshed) return null;
        var lastBodies = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var path in edited)
        {
            // No kept body: not a Markdown page of the last build (an asset, a folder, a new
            // file), or one with diagnostics.
            if (_cache.KeptBody(path) is not { } body) return null;
            lastBodies[path] = body;
        }

        var result = await RefreshOnce(site, lastBodies);
        if (result.Diagnostics.Count > 0)
        {
            _cache.ForgetBodies(result.Diagnostics.Select(d => d.File).Distinct());
            return null;
        }
        if (result.Pages.Count == 0) return null;
        _site = LayOutEditedPages.Replace(site, result.Pages);
        return new PageRefresh(result, _cache.Rendered, _cache.Parsed);
    }

    /// <summary>
    /// Refreshes one unchanged page and drops the result, so that the first save of a session
    /// does not also wait for the refresh's code to be compiled (it took ~50 ms at 4,000 pages).
    /// </summary>
    public async Task WarmUpAsync()
    {
        if (_site is not { } site || site.FirstOrDefault(p => p.IsMarkdown) is not { } page || _cache.KeptBody(page.SourcePath) is not { } body) return;
        await RefreshOnce(site, new Dictionary<string, Page>(StringComparer.Ordinal) { [page.SourcePath] = body });
    }

    private Task<BuildResult> RefreshOnce(IReadOnlyList<Page> site, Dictionary<string, Page> lastBodies)
    {
        _cache.BeginBuild();
        // PageBodies ends with the steps that render each page on its own: they need run on the edited pages alone.
        var bodies = Playbook.Pipelines.PageBodies();
        var edited = new HashSet<string>(lastBodies.Keys, StringComparer.Ordinal);
        var layer = new CacheLayer(_cache);
        var pipelines = bodies.SkipLast(1)
            .Append(bodies[^1] with { Modules = [new KeepEditedPages(edited), .. bodies[^1].Modules] })
            .Append(new("Refresh", [new LayOutEditedPages(site, lastBodies, layer.Layouts(), layer.IdsAndLinks(new CollectIdsAndLinks()))]))
            .ToList();
        return Engine.BuildAsync(_input, theme, options, layer.Around(pipelines), _templates);
    }

    private async Task<(BuildResult Result, int Rendered, int Parsed, int Reused)> BuildOnce(CancellationToken cancel)
    {
        _cache.BeginBuild();
        var result = await Engine.BuildAsync(_input, theme, options, new CacheLayer(_cache).Around(Playbook.Pipelines.Default()), _templates, cancel: cancel);
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
