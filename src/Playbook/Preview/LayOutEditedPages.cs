using Playbook.Html;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Preview;

/// <summary>
/// The last step of a preview refresh (<see cref="IncrementalBuilder.RefreshAsync"/>). From the
/// freshly rendered bodies it takes the edited pages and finishes them as pages of the last good
/// site: with the navigation, lists and handout links the site-wide steps gave them last time,
/// their layout, and a link check against the other pages as they are.
/// <para>
/// That is only right while the edit stays on its own page. So its output is the finished edited
/// pages, or nothing when an edit may change what other pages show or link to: its id, URL, kind
/// or front matter (titles, stages, tags and order feed lists and navigation), the pages it links
/// to (backlinks, related pages), or an anchor it no longer has. Then every step must run.
/// </para>
/// </summary>
/// <param name="site">The last good site's finished pages.</param>
/// <param name="lastBodies">Each edited page's body as the last build rendered it, by file: what the page held before the site-wide steps added to it.</param>
/// <param name="layouts">The layout step, as the build is composed (<see cref="CacheLayer.Layouts"/>).</param>
/// <param name="collectIdsAndLinks">The step that reads the laid-out pages' ids and links, as the build is composed.</param>
public sealed class LayOutEditedPages(IReadOnlyList<Page> site, IReadOnlyDictionary<string, Page> lastBodies, ApplyLayouts layouts, IModule collectIdsAndLinks) : IModule
{
    public async Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var before = site.Where(p => p.IsMarkdown).ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var bodies = pages.Where(p => p.IsMarkdown && lastBodies.ContainsKey(p.SourcePath)).ToList();
        if (bodies.Count != lastBodies.Count) return [];
        var finishing = new List<Page>();
        foreach (var body in bodies)
        {
            if (!before.TryGetValue(body.SourcePath, out var last) || !SameToOtherPages(body, last)) return [];
            var fromSite = last.Data.RemoveRange(lastBodies[body.SourcePath].Data.Keys);
            finishing.Add(body with { Data = body.Data.SetItems(fromSite) });
        }

        var laidOut = await collectIdsAndLinks.ExecuteAsync(layouts.LayOut(finishing, site, context), context);
        if (laidOut.Any(p => !KeepsAnchors(p, before[p.SourcePath]))) return [];
        CheckLinks.Check(laidOut, Replace(site, laidOut), context);
        return laidOut;
    }

    /// <summary>The site with <paramref name="pages"/> in place of the pages of the same files.</summary>
    public static IReadOnlyList<Page> Replace(IReadOnlyList<Page> site, IReadOnlyList<Page> pages)
    {
        var bySource = pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        return site.Select(p => p.IsMarkdown && bySource.TryGetValue(p.SourcePath, out var replaced) ? replaced : p).ToList();
    }

    private static bool SameToOtherPages(Page body, Page last) =>
        body.Id == last.Id && body.Url == last.Url && body.Kind == last.Kind
        && body.BodyLine == last.BodyLine && FrontMatterText(body).SequenceEqual(FrontMatterText(last))
        && body.LinksTo.SequenceEqual(last.LinksTo);

    /// <summary>The file's text before its body: the front matter as written, fences included.</summary>
    private static ReadOnlySpan<char> FrontMatterText(Page page)
    {
        var end = 0;
        for (var line = 1; line < page.BodyLine; line++)
        {
            var next = page.Source.IndexOf('\n', end);
            end = next < 0 ? page.Source.Length : next + 1;
        }
        return page.Source.AsSpan(0, end);
    }

    private static bool KeepsAnchors(Page page, Page last) =>
        last.Get(CollectIdsAndLinks.IdsKey) is not { } ids
        || page.Get(CollectIdsAndLinks.IdsKey) is { } now && ids.IsSubsetOf(now);
}
