using System.Text;

namespace Playbook.Bench;

/// <summary>Writes a corpus as a Playbook input folder: the real playbook.yml, then one Markdown file per page.</summary>
public static class PlaybookSite
{
    public static void Write(string inputDir, string configYaml, IReadOnlyList<PageSpec> pages)
    {
        foreach (var (path, text) in Files(configYaml, pages))
        {
            var full = Path.Combine(inputDir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <summary>The input folder's files by relative path, so a test can build them in memory.</summary>
    public static IEnumerable<(string Path, string Text)> Files(string configYaml, IReadOnlyList<PageSpec> pages)
    {
        yield return ("playbook.yml", configYaml);
        yield return ("index.md", Page("Home", "page", "A synthetic playbook for the benchmark.", "The [first stage](xref:tactical) is where most clients start.\n"));
        yield return ("about.md", Page("About", "page", "What this benchmark corpus is.", "Pages generated from a fixed seed.\n"));
        yield return ("404.md", Page("Page not found", "page", "The page does not exist.", "Go back to the [home page](xref:index).\n"));
        foreach (var page in pages) yield return ($"{page.Folder}/{page.Id}.md", Render(page));
    }

    private static string Page(string title, string kind, string description, string body) =>
        $"---\ntitle: {title}\ndescription: {description}\nkind: {kind}\n---\n\n{body}";

    private static string Render(PageSpec page)
    {
        var sb = new StringBuilder("---\n");
        sb.Append($"title: {page.Title}\n");
        sb.Append($"description: {page.Description}\n");
        sb.Append($"kind: {page.Kind}\n");
        if (page.Kind == "stage") sb.Append($"stage: {page.Stages[0]}\n");
        else sb.Append($"stages: [{string.Join(", ", page.Stages)}]\n");
        if (page.Phase is not null) sb.Append($"phase: {page.Phase}\n");
        if (page.Tags.Count > 0) sb.Append($"tags: [{string.Join(", ", page.Tags)}]\n");
        sb.Append($"date: {page.Date:yyyy-MM-dd}\nupdated: {page.Updated:yyyy-MM-dd}\n");
        sb.Append("owner: Benchmark\nreview_by: 2099-12-31\n---\n\n");
        return sb.Append(page.Body).ToString();
    }
}
