using System.Text;
using Playbook.Modules;
using Playbook.Output;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

/// <summary>Content written to attack the site or the machine that builds it builds safely.</summary>
public class HostileContentTests
{
    private const string ScriptTitle = "<script>alert(1)</script> & \"quotes\"";

    [Fact]
    public async Task Script_in_a_title_is_escaped_in_the_title_tag_the_heading_and_every_list()
    {
        // Given an article whose title is a script tag, listed in its section, its stage and its tag
        var site = TestSite.Minimal(("articles/evil.md",
            $"---\ntitle: '{ScriptTitle}'\nstages: [tactical]\ntags: [kpi]\n---\nBody.\n"));

        // When the site is built
        var result = await TestSite.BuildAsync(site);

        // Then no page carries the script as markup; each shows it as text
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var page = TestSite.Html(result, "articles/evil/index.html");
        Assert.StartsWith(ScriptTitle, page.Title);
        Assert.Equal(ScriptTitle, page.QuerySelector("h1")!.TextContent.Trim());
        foreach (var path in new[] { "articles/evil/index.html", "articles/index.html", "stages/tactical/index.html", "tags/kpi/index.html" })
        {
            var html = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
            Assert.DoesNotContain(TestSite.Html(result, path).Scripts, s => s.TextContent.Contains("alert"));
        }
    }

    [Theory]
    [InlineData("../../etc", "articles/etc/index.html")]
    [InlineData("/../../../root/.ssh", "articles/root-ssh/index.html")]
    [InlineData("..\\\\..\\\\windows", "articles/windows/index.html")]
    public async Task A_slug_that_climbs_folders_stays_inside_the_output(string slug, string expectedPath)
    {
        // Given a page whose slug tries to leave the output folder
        var site = TestSite.Minimal(("articles/evil.md", $"---\ntitle: Evil\nslug: \"{slug}\"\n---\nBody.\n"));

        // When the site is built
        var result = await TestSite.BuildAsync(site);

        // Then the page lands at a plain path under the output, and no path can climb
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Contains(result.Files, f => f.Path == expectedPath);
        Assert.All(result.Files, f => AssertInside(f.Path));
    }

    [Theory]
    [InlineData("../../../etc/passwd", "/etc/passwd/")]
    [InlineData("/old/../../secret", "/old/secret/")]
    [InlineData("..", "/")]
    [InlineData("C:\\Windows\\system32", "/cwindowssystem32/")]
    public void An_alias_with_dot_dot_becomes_a_path_inside_the_site(string alias, string expected)
    {
        // Given an alias that tries to leave the site, when it is normalised, then it stays inside
        var url = AssignUrls.NormalizeAlias(alias);
        Assert.Equal(expected, url);
        AssertInside(url.TrimStart('/') + "index.html");
    }

    [Fact]
    public void SiteWriter_reports_a_failed_write_as_the_IO_error_it_is_and_keeps_the_previous_site() => WithWrittenSite((parent, output) =>
    {
        // When one file of the new site cannot be written (its path is also a folder of the site)
        var error = Record.Exception(() => SiteWriter.Write(output,
            [new OutputFile("index.html", "new"u8.ToArray()), new OutputFile("a", "x"u8.ToArray()), new OutputFile("a/b.html", "y"u8.ToArray())]));

        // Then the error is the file system's own (which the CLI turns into one line), not a wrapper,
        // and the previous site is untouched
        Assert.True(error is IOException or UnauthorizedAccessException, $"got {error?.GetType().Name}");
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
    });

    [Fact]
    public void SiteWriter_refuses_a_path_outside_the_output_and_keeps_the_previous_site() => WithWrittenSite((parent, output) =>
    {
        // When a file list that climbs out of the output is written
        var error = Record.Exception(() => SiteWriter.Write(output,
            [new OutputFile("index.html", "new"u8.ToArray()), new OutputFile("../escaped.txt", "x"u8.ToArray())]));

        // Then nothing is written outside, and the previous site is still there
        Assert.IsType<InvalidOperationException>(error);
        Assert.False(File.Exists(Path.Combine(parent, "escaped.txt")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
    });

    /// <summary>Given a site already written to output/ (one index.html saying "old") in a fresh temp folder.</summary>
    private static void WithWrittenSite(Action<string, string> test)
    {
        var parent = Directory.CreateTempSubdirectory("playbook-writer-").FullName;
        try
        {
            var output = Path.Combine(parent, "output");
            SiteWriter.Write(output, [new OutputFile("index.html", "old"u8.ToArray())]);
            test(parent, output);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    private static void AssertInside(string path)
    {
        Assert.DoesNotContain("..", path.Split('/', '\\'));
        Assert.False(Path.IsPathRooted(path), path);
        var root = Path.GetFullPath("/site-root");
        Assert.StartsWith(root + Path.DirectorySeparatorChar, Path.GetFullPath(Path.Combine(root, path)));
    }
}
