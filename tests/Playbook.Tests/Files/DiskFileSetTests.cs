using Playbook.Files;

namespace Playbook.Tests.Files;

public class DiskFileSetTests
{
    [Fact]
    public void Read_gives_the_bytes_of_a_file_and_nothing_for_a_missing_file()
    {
        // Given a folder with one file
        var root = Directory.CreateTempSubdirectory("playbook-files-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "articles"));
            File.WriteAllText(Path.Combine(root, "articles", "a.md"), "text");
            var files = new DiskFileSet(root);

            // Then the file reads as its bytes, a path with nothing there as missing
            Assert.Equal("text"u8.ToArray(), files.Read("articles/a.md").Bytes);
            Assert.True(files.Read("articles/missing.md").IsMissing);
            Assert.True(files.Read("no-such-folder/a.md").IsMissing);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_folder_or_a_broken_link_where_a_file_is_expected_reads_as_unreadable_with_its_reason()
    {
        // Given a folder named like a page and a symbolic link to a file that does not exist
        var root = Directory.CreateTempSubdirectory("playbook-files-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "notes.md"));
            File.CreateSymbolicLink(Path.Combine(root, "link.md"), "gone.md");
            var files = new DiskFileSet(root);

            // When each is read
            var folder = files.Read("notes.md");
            var link = files.Read("link.md");

            // Then neither is missing, and each says what is wrong and what to do
            Assert.Equal("cannot read the file: it is a folder, not a file; rename the folder or move it elsewhere", folder.Error("notes.md").Message);
            Assert.Equal("cannot read the file: it is a symbolic link to 'gone.md', which leads to no file; fix the link or delete it", link.Error("link.md").Message);
            Assert.Equal(FileRead.Rule, link.Error("link.md").RuleId);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_link_to_a_folder_is_followed_and_a_link_back_up_is_listed_once_as_unreadable()
    {
        // Given a page, a link to a folder of pages elsewhere, and a link from a folder back to the root
        var root = Directory.CreateTempSubdirectory("playbook-files-").FullName;
        var shared = Directory.CreateTempSubdirectory("playbook-shared-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "articles"));
            File.WriteAllText(Path.Combine(root, "articles", "a.md"), "text");
            File.WriteAllText(Path.Combine(shared, "b.md"), "text");
            Directory.CreateSymbolicLink(Path.Combine(root, "shared"), shared);
            Directory.CreateSymbolicLink(Path.Combine(root, "articles", "up"), "..");
            var files = new DiskFileSet(root);

            // Then the linked folder's pages are listed, the loop once, and reading the loop says why
            Assert.Equal(["articles/a.md", "articles/up", "shared/b.md"], files.Paths);
            Assert.Equal("cannot read the file: it is a symbolic link to '..', a folder that holds the link itself, so it would be read without end; remove the link",
                files.Read("articles/up").Error("articles/up").Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            Directory.Delete(shared, recursive: true);
        }
    }
}
