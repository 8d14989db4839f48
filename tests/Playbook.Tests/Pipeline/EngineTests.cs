using System.Collections.Concurrent;
using Playbook.Files;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Pipeline;

public class EngineTests
{
    [Fact]
    public async Task Files_are_handed_on_in_batches_while_the_last_page_step_of_their_phase_makes_them()
    {
        // Given a site of 150 pages and a phase whose files are final after a page-by-page last step
        var files = TestSite.Minimal(Enumerable.Range(0, 150)
            .Select(i => ($"articles/a{i:000}.md", $"---\ntitle: A{i}\nstage: tactical\n---\nText {i}.\n")).ToArray());
        var batches = new ConcurrentBag<IReadOnlyList<OutputFile>>();
        var phaseDone = false;
        var early = 0;
        IReadOnlyList<Playbook.Pipeline.Pipeline> pipelines =
        [
            .. Pipelines.PageBodies(),
            new("Render", [new ApplyLayouts()]) { FilesFinal = true },
            new("After", [new Mark(() => phaseDone = true)]),
        ];

        // When it is built, noting which batches came before the next phase started
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(files), TestSite.Theme, new BuildOptions { Today = TestSite.Today }, pipelines,
            filesFinal: batch =>
            {
                if (!phaseDone) Interlocked.Increment(ref early);
                batches.Add(batch);
            });

        // Then every file came once, in several batches of at most 64, all before the next phase
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var handed = batches.SelectMany(b => b).Select(f => f.Path).ToList();
        Assert.Equal(result.Files.Select(f => f.Path).Order(StringComparer.Ordinal), handed.Order(StringComparer.Ordinal));
        Assert.True(batches.Count >= 3, $"{batches.Count} batches");
        Assert.All(batches, b => Assert.InRange(b.Count, 1, 64));
        Assert.Equal(batches.Count, early);
    }

    [Fact]
    public async Task A_phase_whose_last_step_looks_across_pages_hands_its_files_on_at_once_after_it()
    {
        // Given a phase whose files are final after a step that is not page by page
        var files = TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstage: tactical\n---\nText.\n"));
        var batches = new List<IReadOnlyList<OutputFile>>();
        IReadOnlyList<Playbook.Pipeline.Pipeline> pipelines =
        [
            .. Pipelines.PageBodies(),
            new("Render", [new ApplyLayouts(), new Mark(() => { })]) { FilesFinal = true },
        ];

        // When it is built
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(files), TestSite.Theme, new BuildOptions { Today = TestSite.Today }, pipelines,
            filesFinal: batches.Add);

        // Then the files came in one list, the site's
        Assert.Equal(result.Files.Select(f => f.Path), Assert.Single(batches).Select(f => f.Path));
    }

    private sealed class Mark(Action mark) : IModule
    {
        public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
        {
            mark();
            return Task.FromResult(pages);
        }
    }
}
