using System.Text;
using Playbook.Files;
using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

/// <summary>
/// Malformed input of every kind goes through whole builds. A fixed seed and a fixed number of
/// inputs keep the test repeatable: a failure names the input that caused it.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20261123;
    private const int PagesPerBuild = 200;

    // One theme and one template cache for every build: the inputs vary, the theme does not.
    private static readonly IFileSet Theme = TestSite.Theme;
    private static readonly TemplateCache Templates = new(Theme);

    private static readonly string[] Fields = [.. FrontMatterFields.All.Select(f => f.Name), "titel", "", "x-y", "tags.0", "<b>", "ü"];

    private static readonly string[] Values =
    [
        "", "A title", "\"unclosed", "'single", "[", "]", "[a, b", "{", "{a: 1}", "[[[[[[", "*anchor", "&a value", "!!binary AAAA",
        "|", ">", "- item", "? key", "...", "---", "%YAML 1.2", "\t", "2026-02-30", "2026-11-23", "99999-01-01", "-1", "2147483648",
        "true", "yes", "~", "null", "tactical", "strategic", "[tactical, nowhere]", "education", "participation", "internal",
        "<script>alert(1)</script>", "../../etc", "[/articles/f1/, ../../x]", "\u0000", "\uFFFE", "😀", "é", "\\", "#", ": :", "@x", "`x`",
    ];

    private static readonly string[] BodyParts =
    [
        "# Heading\n", "## Same\n## Same\n", "[x](xref:", "[x](xref:f3)", "[](xref:nowhere#a)", "[a](../../outside.md)", "[b](#missing)",
        "> [!NOTE]\n", "> [!BOGUS]\n", "- [ ] task\n", "- [x] done\n", "| a | b |\n|---|\n", "{#id}", "<div>", "</script>", "```\n",
        "[^1]\n\n[^1]: note\n", "***", "\n", "text ", "<!--", "&amp;", "&#0;", "\u0000", "~~~", "    code\n", "1. one\n", "* * *\n",
    ];

    [Fact]
    public async Task Two_thousand_malformed_pages_produce_only_diagnostics()
    {
        var random = new Random(Seed);
        for (var build = 0; build < 2000 / PagesPerBuild; build++)
        {
            // Given a site of two hundred malformed pages: random bytes, YAML-ish front matter, hostile Markdown
            var files = TestSite.Minimal().ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
            for (var i = 0; i < PagesPerBuild; i++)
                files[$"articles/f{i}.md"] = random.Next(4) == 0 ? RandomBytes(random) : Encoding.UTF8.GetBytes(RandomPage(random));

            // When it is built, then nothing escapes but diagnostics with a rule id
            await AssertOnlyDiagnostics(files, $"build {build} of seed {Seed}");
        }
    }

    [Fact]
    public async Task Two_hundred_malformed_playbook_files_produce_only_diagnostics()
    {
        var random = new Random(Seed);
        var lines = TestSite.Config.Split('\n');
        for (var i = 0; i < 200; i++)
        {
            // Given the test playbook.yml with a few lines replaced by YAML-ish noise
            var config = lines.ToArray();
            for (var n = random.Next(1, 4); n > 0; n--)
                config[random.Next(config.Length)] = new string(' ', random.Next(6)) + Pick(random, Fields) + ": " + Pick(random, Values);
            var files = TestSite.Minimal(("playbook.yml", string.Join('\n', config)))
                .ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));

            // When it is built, then nothing escapes but diagnostics with a rule id
            await AssertOnlyDiagnostics(files, $"playbook.yml {i} of seed {Seed}:\n{string.Join('\n', config)}");
        }
    }

    private static async Task AssertOnlyDiagnostics(Dictionary<string, byte[]> files, string what)
    {
        BuildResult result;
        try
        {
            result = await Engine.BuildAsync(new MemoryFileSet(files), Theme, new BuildOptions { Today = TestSite.Today }, Pipelines.Default(), templates: Templates);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{what} threw {e}");
        }
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Matches("^PB0[0-5][0-9][0-9]$", d.RuleId);
            Assert.NotEmpty(d.File);
            Assert.True(d.Line >= 0 && d.Column >= 0, d.ToString());
        });
        Assert.Equal(result.Succeeded, result.Files.Count > 0);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 600)];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? [.. "---\n"u8, .. bytes] : bytes;
    }

    private static string RandomPage(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(10) > 0) text.Append("---\n");
        for (var n = random.Next(0, 8); n > 0; n--)
        {
            text.Append(new string(' ', random.Next(3) == 0 ? random.Next(1, 5) : 0));
            text.Append(Pick(random, Fields)).Append(random.Next(8) == 0 ? ":" : ": ").Append(Pick(random, Values));
            if (random.Next(20) == 0) text.Append(new string('[', random.Next(20, 200)));
            text.Append(random.Next(15) == 0 ? "\r\n" : "\n");
        }
        if (random.Next(8) > 0) text.Append(random.Next(6) == 0 ? "...\n" : "---\n");
        for (var n = random.Next(0, 12); n > 0; n--) text.Append(Pick(random, BodyParts));
        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
