using Playbook.Files;
using Playbook.Markdown;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Pipeline;

public class MarkdownBodyTests
{
    [Fact]
    public void Taking_the_tree_moves_it_and_closes_the_body_it_came_from()
    {
        // Given a body with a parsed tree
        var body = new MarkdownBody(PlaybookMarkdown.Parse("Text.\n"));
        var tree = body.Tree;

        // When a changing step takes it
        var taken = body.Take();

        // Then the new body has the same tree and the old one can no longer be read
        Assert.Same(tree, taken.Tree);
        Assert.Throws<InvalidOperationException>(() => body.Tree);
    }

    [Fact]
    public async Task A_module_that_changes_the_tree_leaves_the_page_it_was_given_unable_to_read_it()
    {
        // Given a build that keeps the pages as they were before links were resolved
        var before = new Keep();
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstage: tactical\n---\nSee [](xref:b).\n"),
                                    ("articles/b.md", "---\ntitle: B\nstage: tactical\n---\nText.\n"));
        var pipelines = Pipelines.PageBodies().Select(p => p.Name == "Link" ? p with { Modules = [before, .. p.Modules] } : p).ToList();

        // When it is built
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(site), TestSite.Theme, new BuildOptions { Today = TestSite.Today }, pipelines);

        // Then the link was resolved in the page that went on, and the page from before cannot read the changed tree
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Contains("href=\"/articles/b/\"", result.Pages.Single(p => p.Id == "a").Html);
        Assert.Throws<InvalidOperationException>(() => before.Pages.Single(p => p.Id == "a").Document!.Tree);
    }

    private sealed class Keep : IModule
    {
        public IReadOnlyList<Page> Pages { get; private set; } = [];

        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
        {
            Pages = pages;
            return Task.FromResult(pages);
        }
    }
}
