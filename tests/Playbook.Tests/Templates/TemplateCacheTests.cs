using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Pipeline;
using Playbook.Templates;
using Playbook.Tests.Support;

namespace Playbook.Tests.Templates;

public class TemplateCacheTests
{
    private static TemplateCache Theme(params (string Path, string Text)[] files) =>
        new(MemoryFileSet.FromText(files.ToDictionary(f => f.Path, f => f.Text)));

    [Fact]
    public void Layout_with_an_unclosed_tag_is_an_error_at_the_tag_line()
    {
        // Given a layout whose 'if' on line 3 is never closed
        var cache = Theme(("layouts/page.liquid", "<main>\n{{ content }}\n  {% if page.title %}\n</main>\n"));
        // When it is loaded
        var error = cache.LayoutError("page");
        // Then the error names the file, line and column
        Assert.Equal("theme/layouts/page.liquid(3,3): error PB0401: the layout does not parse: if tag was never closed", error!.ToString());
    }

    [Fact]
    public void Layout_that_is_not_utf8_is_an_error_at_the_bad_byte()
    {
        // Given a layout with a Latin-1 'é' (one byte, 0xE9) on line 2
        var bytes = System.Text.Encoding.UTF8.GetBytes("<main>\n<h1>Caf").Concat(new byte[] { 0xE9 }).Concat(System.Text.Encoding.UTF8.GetBytes("</h1>\n</main>\n")).ToArray();
        var cache = new TemplateCache(new MemoryFileSet(new Dictionary<string, byte[]> { ["layouts/page.liquid"] = bytes }));

        // When it is loaded
        var error = cache.LayoutError("page");

        // Then it is PB0113 at that character, not a replacement character in every page
        Assert.Equal(("theme/layouts/page.liquid", 2, 8, "PB0113"), (error!.File, error.Line, error.Column, error.RuleId));
    }

    [Fact]
    public void Layout_with_an_unknown_tag_is_an_error_at_that_tag()
    {
        var cache = Theme(("layouts/page.liquid", "<p>\n\n{% sectionx %}\n"));
        var error = cache.LayoutError("page");
        Assert.Equal((3, 1, "PB0401"), (error!.Line, error.Column, error.RuleId));
        Assert.Contains("Unknown tag 'sectionx'", error.Message);
    }

    [Fact]
    public void Missing_layout_is_an_error_naming_the_file_to_create()
    {
        var error = Theme().LayoutError("stage");
        Assert.Equal("PB0402", error!.RuleId);
        Assert.Contains("layouts/stage.liquid", error.Message);
    }

    [Fact]
    public void Includes_are_rendered_from_the_includes_folder()
    {
        var cache = Theme(("layouts/page.liquid", "[{% include 'nav' %}]"), ("includes/nav.liquid", "{{ site.title }}"));
        var diagnostics = new DiagnosticList();
        var html = cache.Render("page", Model(("site", new Dictionary<string, object?> { ["title"] = "T" })), "x.md", diagnostics);
        Assert.Equal("[T]", html);
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(200_000)]
    public void A_layout_rendered_as_utf8_is_the_utf8_of_its_text(int repeat)
    {
        // Given a layout whose output mixes ASCII, accents and a character outside the BMP (a surrogate
        // pair), short (one chunk of the render buffer) or over the 1M characters a thread keeps (several chunks)
        var cache = Theme(("layouts/page.liquid", "<p>{% for i in (1..{{n}}) %}Café 😀 {% endfor %}</p>".Replace("{{n}}", repeat.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        // When it is rendered as text and as UTF-8
        var text = cache.Render("page", Model(), "x.md", new DiagnosticList());
        var utf8 = cache.RenderUtf8("page", Model(), "x.md", new DiagnosticList());

        // Then the bytes are the text's UTF-8
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text!), utf8);
        Assert.Contains("Café 😀", text);
    }

    [Fact]
    public void A_layout_is_parsed_again_only_when_its_file_changes_and_a_build_starts()
    {
        var files = new Dictionary<string, byte[]> { ["layouts/page.liquid"] = "one"u8.ToArray() };
        var theme = new StampedFiles(files);
        var cache = new TemplateCache(theme);
        Assert.Equal("one", cache.Render("page", Model(), "x.md", new DiagnosticList()));
        // A change without a new timestamp is not seen: the parsed layout is reused
        files["layouts/page.liquid"] = "two"u8.ToArray();
        cache.BeginBuild();
        Assert.Equal("one", cache.Render("page", Model(), "x.md", new DiagnosticList()));
        // A new timestamp is seen by the next build, not in the middle of one
        theme.Touch();
        Assert.Equal("one", cache.Render("page", Model(), "x.md", new DiagnosticList()));
        cache.BeginBuild();
        Assert.Equal("two", cache.Render("page", Model(), "x.md", new DiagnosticList()));
    }

    [Fact]
    public void An_include_that_does_not_parse_is_an_error_at_its_own_line()
    {
        var cache = Theme(("layouts/page.liquid", "<p>{% include 'nav' %}</p>"), ("includes/nav.liquid", "ok\n{% for x in %}{% endfor %}"));
        var error = RenderFails(cache, "x.md");
        Assert.Equal(("theme/includes/nav.liquid", 2, 1, "PB0401"), (error.File, error.Line, error.Column, error.RuleId));
    }

    [Fact]
    public void A_missing_include_is_an_error_at_the_tag_that_includes_it()
    {
        var cache = Theme(("layouts/page.liquid", "<p>\n  {% include 'nav' %}</p>"));
        var error = RenderFails(cache, "articles/a.md");
        Assert.Equal(("theme/layouts/page.liquid", 2, 3, "PB0403"), (error.File, error.Line, error.Column, error.RuleId));
        Assert.Contains("include 'nav' is not in theme/includes", error.Message);
        Assert.StartsWith("the layout failed while rendering articles/a.md", error.Message);
    }

    [Fact]
    public void A_failure_inside_an_include_names_the_include_and_its_line()
    {
        var cache = Theme(("layouts/page.liquid", "{% include 'n' %}"), ("includes/n.liquid", "a\nb {{ 7 | divided_by: 0 }}"));
        var error = RenderFails(cache, "x.md");
        Assert.Equal(("theme/includes/n.liquid", 2, 3, "PB0403"), (error.File, error.Line, error.Column, error.RuleId));
        Assert.StartsWith("the include failed while rendering x.md", error.Message);
    }

    /// <summary>Renders the layout 'page' for <paramref name="pageFile"/>, which must fail with exactly one diagnostic.</summary>
    private static Diagnostic RenderFails(TemplateCache cache, string pageFile)
    {
        var diagnostics = new DiagnosticList();
        Assert.Null(cache.Render("page", Model(), pageFile, diagnostics));
        return Assert.Single(diagnostics.Sorted());
    }

    private static Dictionary<string, object?> Model(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public async Task Site_with_a_broken_layout_fails_the_build_and_writes_nothing()
    {
        // Given the real theme with its page layout broken
        var themeFiles = TestSite.Theme.Paths.ToDictionary(p => p, p => TestSite.Theme.Read(p).Bytes!);
        themeFiles["layouts/page.liquid"] = "{% for x in page.toc %}\n"u8.ToArray();
        // When the minimal site is built
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(TestSite.Minimal()), new MemoryFileSet(themeFiles), new BuildOptions { Today = TestSite.Today }, Pipelines.Default());
        // Then the build fails with the layout's line, once per layout, and returns no files
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var d = Assert.Single(result.Diagnostics, d => d.File == "theme/layouts/page.liquid");
        Assert.Equal((1, 1, "PB0401"), (d.Line, d.Column, d.RuleId));
    }

    private sealed class StampedFiles(Dictionary<string, byte[]> files) : IFileSet
    {
        private DateTime _stamp = DateTime.UnixEpoch;
        public IReadOnlyList<string> Paths => files.Keys.ToList();
        public FileRead Read(string path) => files.TryGetValue(path, out var bytes) ? FileRead.Of(bytes) : FileRead.Missing;
        public DateTime Stamp(string path) => _stamp;
        public void Touch() => _stamp = _stamp.AddSeconds(1);
    }
}
