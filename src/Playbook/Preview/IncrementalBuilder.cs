using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Preview;

/// <summary>One build of a preview session: the result and how much of it was laid out again.</summary>
public sealed record Rebuild(BuildResult Result, int PagesRendered, bool Everything);

/// <summary>
/// Builds the same site again and again for <c>preview</c>. Every build runs the whole engine
/// (read, parse, validate, link), which keeps diagnostics and cross-links exact; what it keeps
/// between builds are the parsed layouts and each page's layout output, so only pages whose view
/// model changed are rendered and post-processed again. A change to the theme or playbook.yml
/// starts from nothing.
/// </summary>
public sealed class IncrementalBuilder(IFileSet input, IFileSet theme, BuildOptions options)
{
    private readonly TemplateCache _templates = new(theme);
    private readonly RenderCache _cache = new();

    /// <summary>Builds after <paramref name="changes"/>; with none (the first build), everything is built.</summary>
    public async Task<Rebuild> BuildAsync(IReadOnlyCollection<SiteChange> changes)
    {
        var everything = changes.Count == 0 || changes.Any(c => c.AffectsEverything);
        if (everything) _cache.Clear();
        _cache.BeginBuild();
        var result = await Engine.BuildAsync(input, theme, options, templates: _templates, renderCache: _cache);
        _cache.EndBuild();
        return new Rebuild(result, _cache.Rendered, everything);
    }
}
