using System.Text.RegularExpressions;
using Playbook.Files;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Sites;

/// <summary>
/// One small whole site per rule under Sites/&lt;RuleId&gt;-&lt;name&gt;/: its <c>input/</c> holds
/// exactly one mistake, and <c>expected.txt</c> the one diagnostic the build must print for it.
/// </summary>
public class RuleSiteTests
{
    private static readonly string SitesRoot = Path.Combine(AppContext.BaseDirectory, "Sites");

    public static TheoryData<string> Sites() => new(SiteNames());

    private static IEnumerable<string> SiteNames() =>
        Directory.GetDirectories(SitesRoot)
            .Where(d => File.Exists(Path.Combine(d, "expected.txt")))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task Site_with_one_mistake_gets_exactly_its_diagnostic(string site)
    {
        // Given a site with one mistake
        var folder = Path.Combine(SitesRoot, site);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();

        // When it is built
        var result = await Engine.BuildAsync(Input(folder), TestSite.Theme, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        // Then the build reports that one mistake: its rule, file, line and column, and a message
        // that says what to do after what is wrong
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
        var ruleId = site[..site.IndexOf('-')];
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(ruleId, d.RuleId);
            Assert.Matches(new Regex(@"\S; \S"), d.Message);
        });
    }

    [Fact]
    public void Every_front_matter_and_config_rule_has_a_site()
    {
        // Given the rule table of the README
        var readme = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "README.md"));
        var rules = Regex.Matches(readme, @"^\| (PB0[01]\d\d) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        // When the sites are listed
        var covered = SiteNames().Select(name => name[..6]).ToHashSet();

        // Then every PB00xx and PB01xx rule has one
        Assert.NotEmpty(rules);
        var missing = rules.Where(r => !covered.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "rules without a site: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The site's input as it is on disk, except that a file named in <c>pad.txt</c> is padded to
    /// the given size, so the over-2-MB site need not keep megabytes in the repository, and that
    /// <c>link.txt</c> names a symbolic link to make (a build cannot copy a broken link into the
    /// test's output, so the input is copied to a temporary folder and the link made there).
    /// </summary>
    private static IFileSet Input(string folder)
    {
        var disk = new DiskFileSet(Path.Combine(folder, "input"));
        var linkFile = Path.Combine(folder, "link.txt");
        if (File.Exists(linkFile))
        {
            var copy = Path.Combine(Path.GetTempPath(), "playbook-rule-sites", Path.GetFileName(folder));
            if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
            foreach (var file in disk.Paths)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, file))!);
                File.Copy(Path.Combine(disk.Root, file), Path.Combine(copy, file));
            }
            var link = File.ReadAllText(linkFile).Split(' ', StringSplitOptions.TrimEntries);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, link[0]))!);
            File.CreateSymbolicLink(Path.Combine(copy, link[0]), link[1]);
            return new DiskFileSet(copy);
        }
        var padFile = Path.Combine(folder, "pad.txt");
        if (!File.Exists(padFile)) return disk;
        var parts = File.ReadAllText(padFile).Split(' ', StringSplitOptions.TrimEntries);
        var files = disk.Paths.ToDictionary(p => p, p => disk.Read(p).Bytes!);
        var (path, size) = (parts[0], int.Parse(parts[1]));
        files[path] = [.. files[path], .. Enumerable.Repeat((byte)'x', size - files[path].Length)];
        return new MemoryFileSet(files);
    }
}
