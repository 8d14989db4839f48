using AngleSharp.Html.Parser;
using Playbook.Output;
using Playbook.Tests.Support;

namespace Playbook.Tests.Integration;

/// <summary>
/// A second link checker that shares no code with the build's: it writes the default playbook
/// to a folder as the CLI does, then reads every HTML file back from disk and checks that each
/// internal link lands on a file and each #anchor on an element id.
/// </summary>
public class IndependentLinkCheckTests
{
    [Fact]
    public async Task No_internal_link_or_anchor_of_the_built_default_playbook_is_broken()
    {
        // Given the default playbook written to an output folder
        var result = await TestSite.BuildDefaultAsync();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var output = Directory.CreateTempSubdirectory("playbook-links-").FullName;
        try
        {
            SiteWriter.Write(Path.Combine(output, "site"), result.Files);
            // When every link of every page is followed
            var (checkedLinks, broken) = Check(Path.Combine(output, "site"));
            // Then all land
            Assert.True(checkedLinks > 500, $"only {checkedLinks} links were checked");
            Assert.Empty(broken);
        }
        finally { Directory.Delete(output, recursive: true); }
    }

    [Fact]
    public void The_checker_finds_a_missing_page_and_a_missing_anchor()
    {
        var root = Directory.CreateTempSubdirectory("playbook-links-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "a"));
            File.WriteAllText(Path.Combine(root, "index.html"), "<a href='/a/'>ok</a><a href='a/#top'>ok</a><a href='/b/'>no</a><a href='/a/#nope'>no</a><a href='#here'>no</a>");
            File.WriteAllText(Path.Combine(root, "a", "index.html"), "<h1 id='top'>A</h1><a href='../'>up</a><a href='https://example.org/x'>out</a>");
            var (_, broken) = Check(root);
            Assert.Equal(["index.html: #here", "index.html: /a/#nope", "index.html: /b/"], broken.Order());
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    private static (int Checked, List<string> Broken) Check(string root)
    {
        var parser = new HtmlParser();
        var documents = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)));
        var broken = new List<string>();
        var count = 0;
        foreach (var (path, doc) in documents)
        {
            var here = new Uri("http://site.invalid/" + path);
            var hrefs = doc.QuerySelectorAll("a[href], link[href], area[href]").Select(e => e.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("img[src], script[src], source[src]").Select(e => e.GetAttribute("src")!))
                .Concat(doc.QuerySelectorAll("meta[http-equiv=refresh]").Select(m => m.GetAttribute("content")!.Split("url=")[1]));
            foreach (var href in hrefs)
            {
                var target = new Uri(here, href);
                if (target.Host != here.Host) continue;
                count++;
                var file = target.AbsolutePath.TrimStart('/');
                file = Uri.UnescapeDataString(file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file);
                if (!File.Exists(Path.Combine(root, file)) && File.Exists(Path.Combine(root, file, "index.html"))) file += "/index.html";
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (!File.Exists(Path.Combine(root, file)))
                    broken.Add($"{path}: {href}");
                else if (fragment.Length > 0 && (!documents.TryGetValue(file, out var targetDoc) || targetDoc.GetElementById(fragment) is null))
                    broken.Add($"{path}: {href}");
            }
        }
        return (count, broken);
    }
}
