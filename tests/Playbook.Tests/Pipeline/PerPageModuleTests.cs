using Playbook.Files;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Pipeline;

public class PerPageModuleTests
{
    [Fact]
    public async Task A_step_run_on_some_pages_passes_the_others_through_and_still_reads_them_all()
    {
        // Given a step that writes on each page how many pages it gathered, run on page a only
        var step = new CountPages();
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstage: tactical\n---\nA.\n"),
                                    ("articles/b.md", "---\ntitle: B\nstage: tactical\n---\nB.\n"));
        var only = new RunOn(step, p => p.Id == "a");

        // When the site's files are read and the step runs
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(site), TestSite.Theme, new BuildOptions { Today = TestSite.Today },
            [new("Read", [new ReadInput(), only])]);

        // Then page a counted every page, and page b is the page read, untouched
        var pages = result.Pages.Where(p => p.IsMarkdown).ToList();
        Assert.Equal(pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), pages.Single(p => p.Id == "a").Html);
        Assert.Same(only.Before!.Single(p => p.Id == "b"), pages.Single(p => p.Id == "b"));
    }

    private sealed class CountPages : PerPageModule<int>
    {
        protected override int Gather(IReadOnlyList<Page> pages, BuildContext context) => pages.Count(p => p.IsMarkdown);

        protected override bool Handles(Page page) => page.IsMarkdown;

        protected override Page Transform(Page page, int site, BuildContext context) =>
            page with { Html = site.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private sealed class RunOn(IPerPageModule step, Func<Page, bool> selected) : IModule
    {
        public IReadOnlyList<Page>? Before { get; private set; }

        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
        {
            Before = pages;
            return Task.FromResult(step.ExecuteOn(pages, context, selected));
        }
    }
}
