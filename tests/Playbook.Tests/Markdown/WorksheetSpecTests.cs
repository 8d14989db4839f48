using Playbook.Markdown;
using Playbook.Markdown.Worksheets;

namespace Playbook.Tests.Markdown;

/// <summary>
/// How a worksheet's Markdown renders, specified in Specs/Worksheets/*.md like the other Markdown
/// specs, but read as a worksheet page is: parsed, its fields marked, then rendered.
/// </summary>
public class WorksheetSpecTests
{
    public static TheoryData<string, int, string, string> Examples() => SpecFiles.Examples("Specs", "Worksheets");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Worksheet_markdown_renders_as_the_spec_says(string spec, int example, string markdown, string html)
    {
        var document = PlaybookMarkdown.Parse(markdown);
        WorksheetReader.Read(document);
        var rendered = PlaybookMarkdown.Render(document).Trim();
        Assert.True(html.Trim() == rendered, $"{spec} example {example}:\nexpected:\n{html.Trim()}\nactual:\n{rendered}");
    }
}
