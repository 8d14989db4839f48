using Playbook.Output;
using Playbook.Pipeline;

namespace Playbook.Tests.Output;

/// <summary>Files written ahead, while the build still checks them: the site swapped in is exactly the build's, or nothing.</summary>
public sealed class SiteWriterTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("playbook-writer-").FullName;

    private string Output => Path.Combine(_parent, "output");

    public SiteWriterTests() => SiteWriter.Write(Output, [new OutputFile("index.html", "old"u8.ToArray())]);

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void The_committed_site_is_the_final_file_list_whatever_was_written_ahead()
    {
        // Given files written ahead, one of which the build then changes and one it drops
        using (var writer = SiteWriter.Begin(Output))
        {
            writer.WriteAhead([new OutputFile("index.html", "first"), new OutputFile("a/index.html", "kept"), new OutputFile("b/index.html", "dropped")]);
            // When the build commits its final list
            writer.Commit([new OutputFile("index.html", "second"), new OutputFile("a/index.html", "kept"), new OutputFile("sitemap.xml", "<urlset/>")]);
        }

        // Then the output holds exactly that list, and no staging folder is left
        Assert.Equal(["a/index.html", "index.html", "sitemap.xml"], Files(Output));
        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_that_fails_after_writing_ahead_leaves_the_previous_site_and_no_staging_folder()
    {
        // Given pages written ahead
        using (var writer = SiteWriter.Begin(Output))
            writer.WriteAhead([new OutputFile("index.html", "new"), new OutputFile("a/index.html", "new")]);
        // When the build fails, so it never commits: then the previous site is all there is
        Assert.Equal(["index.html"], Files(Output));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_ahead_that_fails_is_reported_by_the_commit_as_the_IO_error_it_is()
    {
        // Given a file written ahead at a path that is also a folder of the site
        using var writer = SiteWriter.Begin(Output);
        writer.WriteAhead([new OutputFile("a", "x"), new OutputFile("a/b.html", "y")]);
        // When the build commits, then the file system's error comes out, and the previous site stays
        var error = Record.Exception(() => writer.Commit([new OutputFile("a", "x"), new OutputFile("a/b.html", "y")]));
        Assert.True(error is IOException or UnauthorizedAccessException, $"got {error?.GetType().Name}");
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
