using Playbook.Pipeline;

namespace Playbook.Tests.Pipeline;

public class DiskFileSetTests
{
    [Fact]
    public void Read_gives_the_bytes_of_a_file_and_null_for_a_missing_file_or_a_folder()
    {
        var root = Directory.CreateTempSubdirectory("playbook-files-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "articles"));
            File.WriteAllText(Path.Combine(root, "articles", "a.md"), "text");
            var files = new DiskFileSet(root);

            Assert.Equal("text"u8.ToArray(), files.Read("articles/a.md"));
            Assert.Null(files.Read("articles/missing.md"));
            Assert.Null(files.Read("no-such-folder/a.md"));
            Assert.Null(files.Read("articles"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
