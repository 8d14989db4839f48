using Playbook.Cli.Preview;
using Playbook.Diagnostics;
using Playbook.Pipeline;

namespace Playbook.Tests.Preview;

public class LiveSiteTests
{
    private static BuildResult Good(params (string Path, string Text)[] files) =>
        new(files.Select(f => new OutputFile(f.Path, f.Text)).ToList(), [], [], [], TimeSpan.Zero);

    private static BuildResult Failed() =>
        new([], [Diagnostic.Error("articles/a.md", 2, 1, "PB0103", "unknown stage")], [], [], TimeSpan.Zero);

    [Fact]
    public void A_file_keeps_its_revision_while_its_content_stays_the_same()
    {
        // Given a site published once
        var site = new LiveSite();
        site.Publish(Good(("a/index.html", "A"), ("b/index.html", "B")));

        // When a build changes only b
        var second = site.Publish(Good(("a/index.html", "A"), ("b/index.html", "B2")));

        // Then a keeps the first build's revision and b has the new one
        Assert.Equal(1, second.RevisionOf("a/index.html"));
        Assert.Equal(2, second.RevisionOf("b/index.html"));
        Assert.Equal(2, second.RevisionOf(null));
    }

    [Fact]
    public void A_refresh_replaces_only_its_files()
    {
        // Given a site published once
        var site = new LiveSite();
        site.Publish(Good(("a/index.html", "A"), ("b/index.html", "B")));

        // When a refresh brings a new a
        var refreshed = site.Refresh([new OutputFile("a/index.html", "A2")]);

        // Then a is new, b is still there as it was
        Assert.Equal("A2", System.Text.Encoding.UTF8.GetString(refreshed.Files["a/index.html"].File.Bytes));
        Assert.Equal(2, refreshed.RevisionOf("a/index.html"));
        Assert.Equal(1, refreshed.RevisionOf("b/index.html"));
    }

    [Fact]
    public void While_a_build_fails_every_page_is_at_that_builds_revision_and_a_fix_moves_them_all_again()
    {
        // Given a good site, then a failed build
        var site = new LiveSite();
        site.Publish(Good(("a/index.html", "A"), ("404.html", "Not found")));
        var failed = site.Publish(Failed());

        // Then every path, known or not, is at the failed build (they all show the errors)
        Assert.Equal(2, failed.RevisionOf("a/index.html"));
        Assert.Equal(2, failed.RevisionOf("nope/index.html"));

        // And after the fix, a is back at its own revision, which differs from what the tabs now show
        var fixedSite = site.Publish(Good(("a/index.html", "A"), ("404.html", "Not found")));
        Assert.Equal(1, fixedSite.RevisionOf("a/index.html"));
        Assert.Equal(1, fixedSite.RevisionOf("nope/index.html"));
    }
}
