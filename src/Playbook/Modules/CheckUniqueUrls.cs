using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>Checks that ids, URLs and aliases are each claimed by one page only, once every page has its URL.</summary>
public sealed class CheckUniqueUrls : IModule
{
    /// <summary>Set on a page whose URL collision was reported here, so CheckOutputPaths does not report it again.</summary>
    public static readonly PageKey<bool> CollisionReportedKey = new("url.collision.reported");

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var result = pages.ToList();
        var content = result.Where(p => p.IsMarkdown).ToList();

        foreach (var group in content.GroupBy(p => p.Id).Where(g => g.Count() > 1))
            foreach (var page in group.Skip(1))
                context.Report(Diagnostic.Error(page.SourcePath, 1, 1, "PB0116",
                    $"page id '{page.Id}' is already used by {group.First().SourcePath}; rename one of the files so xref links are unambiguous"));

        var owners = new Dictionary<string, Page>(StringComparer.Ordinal);
        var built = BuiltPages(context.Config);
        for (var i = 0; i < result.Count; i++)
        {
            var page = result[i];
            string? problem = null;
            if (!page.IsAsset && BuiltPageAt(page.Url, built) is { } builtPage)
                problem = $"URL {page.Url} is the {builtPage} the build makes; give the page another slug or move it";
            else if (!owners.TryAdd(page.Url, page) && !page.IsAsset)
                problem = $"URL {page.Url} is also the URL of {owners[page.Url].SourcePath}; give one of them another slug";
            if (problem is null) continue;
            var p = page.FrontMatter.PositionOf("slug", new SourcePosition(1, 1));
            context.Report(Diagnostic.Error(page.SourcePath, p.Line, p.Column, "PB0114", problem));
            result[i] = page.With(CollisionReportedKey, true);
        }

        foreach (var page in content)
            for (var i = 0; i < page.FrontMatter.Aliases.Count; i++)
            {
                var alias = page.FrontMatter.Aliases[i];
                var url = AssignUrls.NormalizeAlias(alias);
                if (owners.TryGetValue(url, out var owner) && owner != page)
                {
                    var p = page.FrontMatter.PositionOfItem("aliases", i, new SourcePosition(1, 1));
                    context.Report(Diagnostic.Error(page.SourcePath, p.Line, p.Column, "PB0115",
                        $"alias '{alias}' collides with {(owner.SourcePath.Length > 0 ? owner.SourcePath : owner.Url)}; remove the alias or move that page"));
                }
                else owners[url] = page;
            }

        IReadOnlyList<Page> output = result;
        return Task.FromResult(output);
    }

    /// <summary>The list pages <see cref="GenerateListPages"/> makes later; a page written at one of their URLs would be overwritten.</summary>
    private static string? BuiltPageAt(string url, Dictionary<string, string> built) =>
        url.StartsWith("/tags/", StringComparison.Ordinal) ? "tag index" : built.GetValueOrDefault(url);

    /// <summary>The URLs of the overview and section list pages, and what each is.</summary>
    private static Dictionary<string, string> BuiltPages(PlaybookConfig config)
    {
        var built = new Dictionary<string, string>(StringComparer.Ordinal) { ["/stages/"] = "stage overview" };
        foreach (var kind in config.Sections)
            built.TryAdd($"/{kind.Folder}/", $"{kind.Id} list");
        return built;
    }
}
