using Playbook.Files;
using Playbook.Preview;

namespace Playbook.Tests.Preview;

public class CachedFileSetTests
{
    [Fact]
    public void An_unchanged_file_is_not_read_again_and_a_changed_one_is()
    {
        // Given a folder read once through the cache
        using var site = new TempSite(new() { ["a.md"] = "one", ["b.md"] = "two" });
        var files = new CachedFileSet(new DiskFileSet(site.Input));
        var a = files.Read("a.md").Bytes;
        var b = files.Read("b.md").Bytes;

        // When a changes on disk and the watcher says so (b changes too, unannounced)
        site.Write("a.md", "one, again");
        site.Write("b.md", "two, again");
        files.Forget([new SiteChange(SiteArea.Input, "a.md")]);

        // Then a is read anew, b is still the array read before
        Assert.Equal("one, again", System.Text.Encoding.UTF8.GetString(files.Read("a.md").Bytes!));
        Assert.Same(b, files.Read("b.md").Bytes);
        Assert.NotSame(a, files.Read("a.md").Bytes);
    }

    [Theory]
    [InlineData("c.md", true)]
    [InlineData("a.md", false)]
    public void A_new_or_deleted_file_lists_the_folder_again(string path, bool created)
    {
        // Given a folder listed once through the cache
        using var site = new TempSite(new() { ["a.md"] = "one", ["b.md"] = "two" });
        var files = new CachedFileSet(new DiskFileSet(site.Input));
        Assert.Equal(["a.md", "b.md"], files.Paths);

        // When a file is created or deleted and the watcher says so
        if (created) site.Write(path, "three");
        else File.Delete(Path.Combine(site.Input, path));
        files.Forget([new SiteChange(SiteArea.Input, path)]);

        // Then the listing is the folder's as it is now
        Assert.Equal(new DiskFileSet(site.Input).Paths, files.Paths);
    }

    [Fact]
    public void A_folder_moved_away_and_back_is_read_anew()
    {
        // Given a file in a folder, read through the cache
        using var site = new TempSite(new() { ["guides/a.md"] = "one" });
        var files = new CachedFileSet(new DiskFileSet(site.Input));
        Assert.Equal("one", System.Text.Encoding.UTF8.GetString(files.Read("guides/a.md").Bytes!));

        // When the folder is moved, its file edited there, and the folder moved back (each move one event)
        Directory.Move(Path.Combine(site.Input, "guides"), Path.Combine(site.Input, "drafts"));
        files.Forget([new SiteChange(SiteArea.Input, "guides"), new SiteChange(SiteArea.Input, "drafts")]);
        site.Write("drafts/a.md", "two");
        files.Forget([new SiteChange(SiteArea.Input, "drafts/a.md")]);
        Directory.Move(Path.Combine(site.Input, "drafts"), Path.Combine(site.Input, "guides"));
        files.Forget([new SiteChange(SiteArea.Input, "drafts"), new SiteChange(SiteArea.Input, "guides")]);

        // Then the file has its new text
        Assert.Equal("two", System.Text.Encoding.UTF8.GetString(files.Read("guides/a.md").Bytes!));
    }

    [Fact]
    public void A_change_the_watcher_could_not_name_forgets_everything()
    {
        using var site = new TempSite(new() { ["a.md"] = "one" });
        var files = new CachedFileSet(new DiskFileSet(site.Input));
        var a = files.Read("a.md").Bytes;

        site.Write("a.md", "changed");
        site.Write("b.md", "new");
        files.Forget([SiteChange.Unknown(SiteArea.Input)]);

        Assert.NotSame(a, files.Read("a.md").Bytes);
        Assert.Equal(["a.md", "b.md"], files.Paths);
    }
}
