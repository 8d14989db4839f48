using Playbook.Diagnostics;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Markdown;

/// <summary>HTML written in Markdown: what is allowed renders as HTML, anything hostile never reaches the page.</summary>
public class InlineHtmlTests
{
    private static async Task<(string Body, BuildResult Result)> Build(string markdown, BuildOptions? options = null)
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\n---\n" + markdown + "\n")),
            options ?? new BuildOptions { Today = TestSite.Today });
        var body = result.Succeeded ? TestSite.Html(result, "articles/a/index.html").QuerySelector(".prose")!.InnerHtml : "";
        return (body, result);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "alert")]
    [InlineData("Text <script>alert(1)</script> more.", "alert")]
    [InlineData("<img src=\"https://example.org/x.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "ascript")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "data:")]
    [InlineData("<svg onload=\"alert(1)\"></svg>", "onload")]
    [InlineData("<form action=\"/x\"><form><input name=\"q\"></form></form>", "form")]
    [InlineData("<style>body { display: none }</style>", "display")]
    [InlineData("<p style=\"color: red\">red</p>", "style")]
    [InlineData("<iframe src=\"https://example.org/\"></iframe>", "iframe")]
    [InlineData("<b>unclosed <i>tags <script>alert(1)", "alert")]
    [InlineData("<div>\n<object data=\"x.swf\"></object>\n</div>", "object")]
    public async Task Hostile_html_never_reaches_the_page_and_is_a_warning(string markdown, string mustNotAppear)
    {
        // Given a page with hostile HTML
        // When it is built
        var (body, result) = await Build(markdown);

        // Then the page is built without it, and what was dropped is a PB0121 warning
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(mustNotAppear, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "PB0121" && d.Severity == Severity.Warning && d.File == "articles/a.md" && d.Line == 5);
    }

    [Fact]
    public async Task Allowed_html_renders_as_html_with_its_quotes_as_typed()
    {
        var markdown = """
            Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, the "real" <abbr title="Key performance indicator">KPI</abbr>.

            <details>
            <summary>More</summary>

            Hidden **detail**.

            </details>

            <table><tr><th scope="col">Stage</th></tr><tr><td>Tactical</td></tr></table>
            """;

        var (body, result) = await Build(markdown);

        Assert.True(result.Succeeded && result.Warnings == 0, TestSite.Errors(result));
        Assert.Contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>", body);
        Assert.Contains("\u201Creal\u201D <abbr title=\"Key performance indicator\">KPI</abbr>", body);
        Assert.Contains("<details>\n<summary>More</summary>\n<p>Hidden <strong>detail</strong>.</p>\n</details>", body);
        Assert.Contains("<th scope=\"col\">Stage</th>", body);
    }

    [Fact]
    public async Task An_inline_tag_left_open_does_not_wrap_the_blocks_after_it()
    {
        var (body, result) = await Build("Some <b>bold <i>text.\n\n| a |\n|---|\n| b |\n\nAfter.");

        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Contains("<p>Some <b>bold <i>text.</i></b></p>", body);
        Assert.Contains("\n<table>", body);
        Assert.DoesNotMatch("<(b|i)>\\s*<(table|p)", body);
    }

    [Fact]
    public async Task Inline_images_may_be_data_urls_but_links_may_not()
    {
        var (body, result) = await Build("<img alt=\"dot\" src=\"data:image/png;base64,iVBORw0KGgo=\"> <a href=\"data:image/png;base64,iVBORw0KGgo=\">x</a>");

        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", body);
        Assert.DoesNotContain("href=\"data:", body);
        Assert.Single(result.Diagnostics, d => d.RuleId == "PB0121");
    }

    [Fact]
    public async Task A_broken_link_in_html_is_reported_at_the_html_like_a_markdown_link()
    {
        var (_, result) = await Build("Intro.\n\nSee <a href=\"/nowhere/\">there</a>.");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(7,5): error PB0201: broken link '/nowhere/': no page or file at /nowhere/", error.ToString());
    }

    [Fact]
    public async Task A_dropped_element_fails_a_strict_build()
    {
        var (_, result) = await Build("<script>alert(1)</script>", new BuildOptions { Today = TestSite.Today, Strict = true });

        Assert.False(result.Succeeded);
        Assert.Equal("articles/a.md(5,1): error PB0121: the HTML element <script> is not allowed and was dropped with what it holds; use Markdown or an element the README's inline HTML list allows",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_page_with_html_keeps_the_markup_playbook_renders_itself()
    {
        var markdown = "## Step\n\n- [ ] task\n\n> [!NOTE]\n> A note with <kbd>Esc</kbd>.\n\nA footnote[^1].\n\n[^1]: The note.";
        var plain = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\n---\n" + markdown.Replace("<kbd>Esc</kbd>", "Esc") + "\n")));

        var (body, result) = await Build(markdown);

        Assert.True(result.Succeeded, TestSite.Errors(result));
        var plainBody = TestSite.Html(plain, "articles/a/index.html").QuerySelector(".prose")!.InnerHtml;
        Assert.Equal(plainBody.Replace("Esc", "<kbd>Esc</kbd>"), body);
    }
}
