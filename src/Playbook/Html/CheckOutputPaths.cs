using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Html;

/// <summary>
/// Every file of the site must have a path of its own: an input file or page at a path the build
/// also writes (<c>sitemap.xml</c>, <c>/search/</c>, a stage's print page) would silently replace
/// one or the other. Collisions CheckUniqueUrls already reported (two pages at one URL, a page at a
/// list page's URL) are not reported again; this catches the rest, at the author's file when
/// there is one.
/// </summary>
public sealed class CheckOutputPaths : IModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        foreach (var group in pages.Where(p => p.IsWritten).GroupBy(p => p.OutputPath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            if (group.All(p => p.IsMarkdown) || group.Any(p => p.Has(CheckUniqueUrls.CollisionReportedKey))) continue;
            // Report at an author's file if there is one: that is the one to rename.
            var ordered = group.OrderBy(p => p.SourcePath.Length == 0).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            var reported = ordered[0];
            var file = reported.SourcePath.Length > 0 ? reported.SourcePath : $"(generated {reported.Url})";
            var authors = ordered.Skip(1).Where(p => p.SourcePath.Length > 0).Select(p => p.SourcePath).ToList();
            // A page's URL comes from its slug when it has one: that is the line to change.
            var at = reported.FrontMatter.PositionOf("slug", new SourcePosition(1, 1));
            context.Report(Diagnostic.Error(file, at.Line, at.Column, "PB0114", authors.Count == 0
                ? $"{reported.Url} is a path the build writes itself; give this file another name or slug"
                : $"{reported.Url} is also written by {string.Join(", ", authors)}; rename or move one of them"));
        }
        return Task.FromResult(pages);
    }
}
