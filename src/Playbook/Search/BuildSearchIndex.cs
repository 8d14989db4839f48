using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Preview;

namespace Playbook.Search;

/// <summary>
/// Indexes every page of this build that an author wrote (drafts and internal pages are gone by
/// now, unless the build asked for them) from its rendered body, before layouts wrap it, and adds
/// the index files under /search/ and the /search/ results page. Runs after the body is rendered
/// and before layouts, so the results page gets its layout like any other.
/// </summary>
public sealed class BuildSearchIndex : IModule
{
    public const string Folder = "/search/";
    public const string Layout = "search";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var indexed = pages.Where(IsIndexed).ToList();
        var cache = context.RenderCache;
        var documents = indexed.AsParallel().AsOrdered().Select(page => Document(page, cache)).ToList();
        var stages = context.Config.Stages.Select(s => new Facet(s.Id, s.Title)).ToList();
        var index = SearchIndexBuilder.Build(documents, stages,
            cache is null ? null : doc => cache.TermCounts(doc, d => SearchIndexBuilder.Count(d, stages)), context.Cancel);
        context.Cancel.ThrowIfCancellationRequested();

        var output = pages.ToList();
        output.AddRange(SearchIndexEncoder.Encode(index).Select(file => new Page
        {
            SourcePath = "",
            Id = "search/" + file.Path,
            Url = Folder + file.Path,
            Kind = Kinds.Generated,
            Bytes = file.Bytes,
        }));
        output.Add(new Page
        {
            SourcePath = "",
            Id = "search",
            Url = Folder,
            Kind = Kinds.Generated,
            FrontMatter = new FrontMatter { Title = "Search", Description = "Search every page of the playbook.", Layout = Layout },
        });
        IReadOnlyList<Page> result = output;
        return Task.FromResult(result);
    }

    private static bool IsIndexed(Page page) =>
        page.IsMarkdown && page.Kind != Kinds.Generated && page.Url != AssignUrls.NotFoundUrl;

    private static SearchDocument Document(Page page, RenderCache? cache) => new(
        page.Url,
        page.Title,
        page.FrontMatter.Description ?? "",
        page.Kind,
        page.FrontMatter.Stages,
        page.FrontMatter.Tags,
        cache?.Sections(page.Html, BodyText.Sections) ?? BodyText.Sections(page.Html));
}
