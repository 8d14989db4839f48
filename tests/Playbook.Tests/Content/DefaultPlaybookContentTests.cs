using System.Text.RegularExpressions;
using Playbook.Model;
using Playbook.Modules;
using Playbook.Tests.Support;

namespace Playbook.Tests.Content;

/// <summary>The default playbook is real content written from shared/seeds in the project's own words (shared/CONTENT.md).</summary>
public partial class DefaultPlaybookContentTests
{
    private const int CopiedRun = 9;

    /// <summary>shared/seeds beside the repository (or beside a folder above it), where developers and CI have it; null when absent.</summary>
    public static readonly string? SeedsFolder = FindSeeds(TestSite.RepoRoot);

    public static string? FindSeeds(string repoRoot)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(repoRoot)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var seeds = Path.Combine(dir, "shared", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        return null;
    }

    public static readonly TheoryData<string> RequiredPages = new()
    {
        "index.md", "about.md", "404.md",
        "stages/tactical.md", "stages/strategic.md", "stages/thought-leadership.md",
        "articles/interim-consultant.md", "articles/why-before-what.md", "articles/speak-for-yourself.md",
        "articles/three-layers-of-competency.md", "articles/social-is-not-only-marketing.md",
        "checklists/outsourcing-agreement.md", "checklists/first-two-weeks-clean-up.md",
        "checklists/handover-readiness.md", "checklists/monthly-client-review.md",
        "guides/which-stage.md", "guides/in-house-or-outsourced.md", "guides/is-this-a-clean-up.md",
    };

    [Theory]
    [MemberData(nameof(RequiredPages))]
    public void Every_page_content_md_names_is_in_the_default_playbook(string path) =>
        Assert.Contains(path, TestSite.DefaultInput.Paths);

    [NeedsSeedsFact]
    public void No_page_shares_a_run_of_nine_words_with_a_seed_post()
    {
        Assert.True(SeedsFolder is not null && Directory.GetFiles(SeedsFolder).Length > 0,
            $"CI=true but shared/seeds was not found beside {TestSite.RepoRoot} or any folder above it");
        var seedRuns = new Dictionary<string, string>();
        foreach (var seed in Directory.GetFiles(SeedsFolder))
            foreach (var run in Runs(File.ReadAllText(seed)))
                seedRuns.TryAdd(run, Path.GetFileName(seed));

        var copied = new List<string>();
        foreach (var path in TestSite.DefaultInput.Paths.Where(p => p.EndsWith(".md")))
        {
            var text = System.Text.Encoding.UTF8.GetString(TestSite.DefaultInput.Read(path).Bytes!);
            copied.AddRange(Runs(text).Where(seedRuns.ContainsKey).Select(r => $"{path}: \"{r}\" (from {seedRuns[r]})"));
        }
        Assert.True(copied.Count == 0, "copied from a seed post:\n" + string.Join("\n", copied.Distinct()));
    }

    [Fact]
    public async Task Every_page_links_at_least_two_other_pages_by_id()
    {
        var result = await TestSite.BuildDefaultAsync();
        var pages = result.Pages.Where(p => p.SourcePath.EndsWith(".md")).ToList();
        Assert.All(pages, p => Assert.True(
            XrefLinks(System.Text.Encoding.UTF8.GetString(TestSite.DefaultInput.Read(p.SourcePath).Bytes!)).Distinct().Count(id => id != p.Id) >= 2,
            $"{p.SourcePath} links fewer than two other pages by xref"));
    }

    [Fact]
    public async Task Every_page_ends_with_a_source_line()
    {
        var result = await TestSite.BuildDefaultAsync();
        foreach (var page in result.Pages.Where(p => p.SourcePath.EndsWith(".md")))
        {
            var lastLine = System.Text.Encoding.UTF8.GetString(TestSite.DefaultInput.Read(page.SourcePath).Bytes!).TrimEnd().Split('\n')[^1];
            Assert.True(lastLine.Contains("Source", StringComparison.Ordinal), $"{page.SourcePath} does not end with a Source line: {lastLine}");
        }
    }

    [Fact]
    public async Task Articles_checklists_and_guides_have_the_substance_content_md_asks_for()
    {
        var result = await TestSite.BuildDefaultAsync();
        foreach (var page in result.Pages.Where(p => p.SourcePath.EndsWith(".md")))
        {
            var body = Body(System.Text.Encoding.UTF8.GetString(TestSite.DefaultInput.Read(page.SourcePath).Bytes!));
            switch (page.Kind)
            {
                case Kinds.Article:
                    var words = Words(body).Count();
                    Assert.InRange(words, 500, 1200);
                    break;
                case Kinds.Checklist:
                    Assert.InRange(TaskItem().Matches(body).Count, 8, 15);
                    break;
                case Kinds.Guide:
                    var steps = StepHeading().Matches(body).Count(m => !m.Value.Contains("Outcome:"));
                    Assert.InRange(steps, 4, 8);
                    break;
            }
            if (page.Kind is Kinds.Article or Kinds.Checklist or Kinds.Guide)
            {
                var fm = page.FrontMatter;
                Assert.True(fm.Stages.Count > 0 && fm.Tags.Count > 0 && fm.Description is not null && fm.Date is not null
                            && fm.Updated is not null && fm.Owner is not null && fm.ReviewBy is not null,
                    $"{page.SourcePath} has incomplete front matter");
            }
        }
    }

    [Fact]
    public async Task No_guide_step_has_two_answers_leading_to_the_same_place()
    {
        // A walk is kept as step ids (?path=a,b,c), so two answers of one step with the same target could not be
        // told apart when the path is shown or shared.
        var result = await TestSite.BuildDefaultAsync();
        var shared = result.Pages.Where(p => p.Kind == Kinds.Guide)
            .SelectMany(p => p.Get(ReadGuideGraph.Key)!.Steps.Select(s => (p.Id, Step: s)))
            .SelectMany(x => x.Step.Answers.GroupBy(a => a.Target).Where(g => g.Count() > 1).Select(g => $"{x.Id}#{x.Step.Id} -> {g.Key}"))
            .ToList();
        Assert.True(shared.Count == 0, "answers sharing a target:\n" + string.Join("\n", shared));
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Words(text).ToList();
        for (var i = 0; i + CopiedRun <= words.Count; i++)
            yield return string.Join(' ', words.Skip(i).Take(CopiedRun));
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.Replace('\u2019', '\'').ToLowerInvariant()).Select(m => m.Value);

    private static IEnumerable<string> XrefLinks(string text) => Xref().Matches(text).Select(m => m.Groups[1].Value);

    private static string Body(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 4)..];
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\(xref:([a-z0-9-]+)")]
    private static partial Regex Xref();

    [GeneratedRegex(@"^\s*- \[[ xX]\] ", RegexOptions.Multiline)]
    private static partial Regex TaskItem();

    [GeneratedRegex(@"^## .*$", RegexOptions.Multiline)]
    private static partial Regex StepHeading();
}

/// <summary>
/// Skips, with the reason shown in the test report, where shared/seeds is not beside the repository. Under CI
/// (CI=true) it never skips: CI always has the seeds beside its clone, so their absence is a failure to report.
/// </summary>
public sealed class NeedsSeedsFactAttribute : FactAttribute
{
    public NeedsSeedsFactAttribute() =>
        Skip = SkipReason(DefaultPlaybookContentTests.SeedsFolder, Environment.GetEnvironmentVariable("CI"));

    public static string? SkipReason(string? seedsFolder, string? ci) =>
        seedsFolder is not null || string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"shared/seeds not found beside {TestSite.RepoRoot} or any folder above it; the copy check needs the source posts";
}
