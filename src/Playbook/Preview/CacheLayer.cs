using System.Runtime.CompilerServices;
using Playbook.Html;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Search;

namespace Playbook.Preview;

/// <summary>
/// Composes one build's pipelines with <see cref="RenderCache"/>, the way Statiq wraps modules in
/// its caching modules: each step stays the clean-build story, and this layer decides which pages
/// it needs to see.
/// <list type="bullet">
/// <item><see cref="ReadInput"/> hands back the page it made from the same bytes last time.</item>
/// <item><see cref="ParseMarkdown"/>: a page whose text the cache holds a rendered body for comes
/// back as that body; the others are parsed.</item>
/// <item>From there to <see cref="RenderMarkdown"/>, a step that works page by page
/// (<see cref="IPerPageModule"/>) skips those bodies, which it has already made; a step that looks
/// across pages (ids, URLs, link targets) sees them with the others, as it must.</item>
/// <item><see cref="RenderMarkdown"/> keeps each body it renders.</item>
/// <item><see cref="ApplyLayouts"/> renders a page only when its view model is new,
/// <see cref="CollectIdsAndLinks"/> reads a page only when its layout output is, and
/// <see cref="BuildSearchIndex"/> cuts and counts a page only when its body or fields are.</item>
/// </list>
/// A layer is made for one build: it remembers which bodies that build reused.
/// </summary>
public sealed class CacheLayer(RenderCache cache)
{
    private readonly RenderCache _cache = cache;
    private readonly HashSet<string> _reused = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, string> _siteFingerprints = new();

    /// <summary>The pipelines with their steps wrapped, in the same order.</summary>
    public IReadOnlyList<Pipeline.Pipeline> Around(IReadOnlyList<Pipeline.Pipeline> pipelines)
    {
        var inBodies = false;
        IModule Wrap(IModule module)
        {
            switch (module)
            {
                case ReadInput:
                    return new ReadInput(_cache.Read);
                case ParseMarkdown parse:
                    inBodies = true;
                    return new ReuseBodies(parse, this);
                case RenderMarkdown render:
                    inBodies = false;
                    return new KeepBodies(render, this);
                case IPerPageModule step when inBodies:
                    return new SkipReused(step, this);
                case ApplyLayouts:
                    return Layouts();
                case CollectIdsAndLinks collect:
                    return IdsAndLinks(collect);
                case BuildSearchIndex:
                    return new BuildSearchIndex(_cache);
                default:
                    return module;
            }
        }
        return pipelines.Select(p => p with { Modules = p.Modules.Select(Wrap).ToList() }).ToList();
    }

    /// <summary>Lays out only pages whose model (site and page) no earlier layout was rendered from.</summary>
    public ApplyLayouts Layouts() =>
        // The site model is the same object for every page of a build, so it is hashed once.
        new((layout, site, page, render) => _cache.Layout(RenderCache.Fingerprint(SiteFingerprint(site), layout, page), render));

    /// <summary>Reads only pages whose layout output is new.</summary>
    public IModule IdsAndLinks(CollectIdsAndLinks collect) => new ReuseIdsAndLinks(collect, _cache);

    private string SiteFingerprint(object site) => _siteFingerprints.GetValue(site, s => RenderCache.Fingerprint(s));

    private bool IsReused(Page page) => page.IsMarkdown && _reused.Contains(page.SourcePath);

    private sealed class ReuseBodies(ParseMarkdown parse, CacheLayer layer) : IModule
    {
        public string Name => nameof(ParseMarkdown);

        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
        {
            var withKept = pages.Select(page =>
            {
                if (!page.IsMarkdown || layer._cache.RenderedBody(page) is not { } kept) return page;
                layer._reused.Add(page.SourcePath);
                return kept;
            }).ToList();
            return Task.FromResult(parse.ExecuteOn(withKept, context, p => !layer.IsReused(p)));
        }
    }

    private sealed class SkipReused(IPerPageModule step, CacheLayer layer) : IModule
    {
        public string Name => step.Name;

        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context) =>
            Task.FromResult(step.ExecuteOn(pages, context, p => !layer.IsReused(p)));
    }

    private sealed class KeepBodies(RenderMarkdown render, CacheLayer layer) : IModule
    {
        public string Name => nameof(RenderMarkdown);

        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
        {
            var rendered = render.ExecuteOn(pages, context, p => !layer.IsReused(p));
            foreach (var page in rendered.Where(p => p.IsMarkdown && !layer.IsReused(p))) layer._cache.KeepBody(page);
            return Task.FromResult(rendered);
        }
    }

    private sealed class ReuseIdsAndLinks(CollectIdsAndLinks collect, RenderCache cache) : IModule
    {
        public string Name => nameof(CollectIdsAndLinks);

        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
        {
            var known = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);
            var withKnown = pages.Select(page =>
            {
                if (page.Utf8Html is not { } html || cache.IdsAndLinks(html) is not { } found) return page;
                known.Add(html);
                return page.With(CollectIdsAndLinks.IdsKey, found.Ids).With(CollectIdsAndLinks.LinksKey, found.Links);
            }).ToList();
            var read = collect.ExecuteOn(withKnown, context, p => p.Utf8Html is not { } html || !known.Contains(html));
            foreach (var page in read)
                if (page.Utf8Html is { } html && !known.Contains(html) && page.Has(CollectIdsAndLinks.IdsKey))
                    cache.KeepIdsAndLinks(html, new CollectIdsAndLinks.Found(page.Get(CollectIdsAndLinks.IdsKey)!, page.Get(CollectIdsAndLinks.LinksKey)!));
            return Task.FromResult(read);
        }
    }
}
