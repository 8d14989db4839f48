using Playbook.Pipeline;

namespace Playbook.Preview;

/// <summary>
/// In a preview refresh, drops every page but the edited ones once the steps that check pages
/// against each other (ids, URLs, links) have run: the steps after it draw and render one page
/// at a time, and only the edited pages are finished (<see cref="LayOutEditedPages"/>), so the
/// other pages' flowcharts need not be drawn again.
/// </summary>
public sealed class KeepEditedPages(IReadOnlySet<string> edited) : IModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context) =>
        Task.FromResult<IReadOnlyList<Page>>(pages.Where(p => p.IsMarkdown && edited.Contains(p.SourcePath)).ToList());
}
