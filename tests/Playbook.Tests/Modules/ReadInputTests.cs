using Playbook.Files;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class ReadInputTests
{
    [Fact]
    public async Task A_file_listed_and_gone_when_read_and_a_file_without_permission_are_each_reported_once_at_the_file()
    {
        // Given an input whose listing names a page that is deleted before it is read, and one the build may not read
        var files = MemoryFileSet.FromText(TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstage: tactical\n---\nText.\n")));
        var input = new Unreadable(files, new()
        {
            ["articles/gone.md"] = FileRead.Missing,
            ["articles/secret.md"] = FileRead.Unreadable("permission denied; give the build's user read access to it (chmod a+r)"),
        });

        // When the site is built
        var result = await Engine.BuildAsync(input, TestSite.Theme, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        // Then each is one PB0122 error at its file, saying what to do, and nothing else is reported
        Assert.Equal(
            [
                "articles/gone.md: error PB0122: the file was deleted while the build was reading the folder; build again",
                "articles/secret.md: error PB0122: cannot read the file: permission denied; give the build's user read access to it (chmod a+r)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>A file set that lists extra paths and gives the stated read for each.</summary>
    private sealed class Unreadable(IFileSet files, Dictionary<string, FileRead> extra) : IFileSet
    {
        public IReadOnlyList<string> Paths => files.Paths.Concat(extra.Keys).Order(StringComparer.Ordinal).ToList();
        public FileRead Read(string path) => extra.TryGetValue(path, out var read) ? read : files.Read(path);
        public DateTime Stamp(string path) => files.Stamp(path);
    }
}
