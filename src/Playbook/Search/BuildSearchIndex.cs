using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Search;

/// <summary>
/// Indexes every page of this build that an author wrote (drafts and internal pages are gone by
/// now, unless the build asked for them) from its rendered body, before layouts wrap it, and adds
/// the index files under /search/ and the /search/ results page. Runs after the body is rendered
/// and before layouts, so the results page gets its layout like any other.
/// </summary>
/// <param name="memo">How a body is cut into sections and a page's terms are counted: at once,
/// unless a layer composed around the build can answer from an earlier build's equal page.</param>
public sealed class BuildSearchIndex(BuildSearchIndex.IMemo? memo = null) : IModule
{
    /// <summary>Answers <c>cut(html)</c> and <c>count(document)</c>, or calls them.</summary>
    public interface IMemo
    {
        IReadOnlyList<Section> Sections(string html, Func<string, IReadOnlyList<Section>> cut);
        SearchIndexBuilder.TermCounts TermCounts(SearchDocument document, Func<SearchDocument, SearchIndexBuilder.TermCounts> count);
    }

    public const string Folder = "/search/";
    public const string Layout = "search";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var indexed = pages.Where(IsIndexed).ToList();
        var documents = indexed.AsParallel().AsOrdered().Select(Document).ToList();
        var stages = context.Config.Stages.Select(s => new Facet(s.Id, s.Title)).ToList();
        var index = SearchIndexBuilder.Build(documents, stages,
            memo is null ? null : doc => memo.TermCounts(doc, d => SearchIndexBuilder.Count(d, stages)), context.Cancel);
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

    private SearchDocument Document(Page page) => new(
        page.Url,
        page.Title,
        page.FrontMatter.Description ?? "",
        page.Kind,
        page.FrontMatter.Stages,
        page.FrontMatter.Tags,
        memo is null ? BodyText.Sections(page.Html) : memo.Sections(page.Html, BodyText.Sections));
}
