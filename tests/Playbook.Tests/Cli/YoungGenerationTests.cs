using Playbook.Cli;

namespace Playbook.Tests.Cli;

public class YoungGenerationTests
{
    [Fact]
    public void A_playbook_of_a_few_hundred_pages_keeps_the_small_young_generation()
    {
        // Given an input of exactly as many Markdown pages as the limit, and other files
        using var input = Folder(YoungGeneration.LargeInputPages, others: 50);
        // Then it is not large
        Assert.False(YoungGeneration.IsLarge(input.Path));
    }

    [Fact]
    public void One_page_over_the_limit_in_a_subfolder_makes_the_input_large()
    {
        // Given one Markdown page more than the limit, some of them in a subfolder
        using var input = Folder(YoungGeneration.LargeInputPages + 1, others: 0);
        // Then it is large
        Assert.True(YoungGeneration.IsLarge(input.Path));
    }

    private static TempFolder Folder(int pages, int others)
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "articles"));
        for (var i = 0; i < pages; i++)
            File.WriteAllText(System.IO.Path.Combine(folder.Path, i % 2 == 0 ? "articles" : "", $"p{i}.md"), "# P\n");
        for (var i = 0; i < others; i++)
            File.WriteAllText(System.IO.Path.Combine(folder.Path, $"image{i}.png"), "");
        return folder;
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("young-generation-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
