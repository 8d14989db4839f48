using Playbook.Markdown;

namespace Playbook.Tests.Markdown;

/// <summary>
/// Markdown behaviour, specified in Specs/*.md: each example is a ```` ```markdown ```` block
/// followed by the ```` ```html ```` block it must render to.
/// </summary>
public class MarkdownSpecTests
{
    public static TheoryData<string, int, string, string> Examples() => SpecFiles.Examples("Specs");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Markdown_renders_as_the_spec_says(string spec, int example, string markdown, string html)
    {
        var rendered = PlaybookMarkdown.Render(PlaybookMarkdown.Parse(markdown)).Trim();
        Assert.True(html.Trim() == rendered, $"{spec} example {example}:\nexpected:\n{html.Trim()}\nactual:\n{rendered}");
    }
}
