using Playbook.Markdown;

namespace Playbook.Tests.Markdown;

/// <summary>
/// Markdown behaviour, specified in Specs/*.md: each example is a ```` ```markdown ```` block
/// followed by the ```` ```html ```` block it must render to.
/// </summary>
public class MarkdownSpecTests
{
    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order())
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var blocks = System.Text.RegularExpressions.Regex.Matches(text, "```(markdown|html)\n(.*?)\n```\n", System.Text.RegularExpressions.RegexOptions.Singleline);
            for (var i = 0; i + 1 < blocks.Count; i += 2)
                data.Add(Path.GetFileName(file), i / 2 + 1, blocks[i].Groups[2].Value + "\n", blocks[i + 1].Groups[2].Value);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Markdown_renders_as_the_spec_says(string spec, int example, string markdown, string html)
    {
        var rendered = PlaybookMarkdown.Render(PlaybookMarkdown.Parse(markdown)).Trim();
        Assert.True(html.Trim() == rendered, $"{spec} example {example}:\nexpected:\n{html.Trim()}\nactual:\n{rendered}");
    }
}
