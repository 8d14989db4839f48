using Playbook.Search;

namespace Playbook.Tests.Search;

public class BodyTextTests
{
    [Fact]
    public void A_body_is_cut_into_sections_at_its_headings()
    {
        // Given a rendered body with text before the first heading and two headed sections
        const string html = """
            <p>Intro <em>text</em>.</p>
            <h2 id="scope">Scope &amp; terms</h2>
            <ul><li>One</li><li>Two</li></ul>
            <h3 id="fees">Fees</h3>
            <p>Monthly&nbsp;fee&hellip;</p>
            """;

        // When it is turned into text
        var sections = BodyText.Sections(html);

        // Then each section has its heading, anchor and text; entities are decoded, list items do not run together
        Assert.Equal(
            [new Section("", "", "Intro text."), new Section("Scope & terms", "scope", "One Two"), new Section("Fees", "fees", "Monthly\u00a0fee…".Replace('\u00a0', ' '))],
            sections);
    }

    [Fact]
    public void Markup_shown_as_text_stays_text()
    {
        // Given a body where an author wrote raw HTML, which Markdown shows escaped
        const string html = "<p>&lt;img src=x onerror=alert(1)&gt;</p>";

        // When it is turned into text
        var sections = BodyText.Sections(html);

        // Then the text is the characters the reader sees
        Assert.Equal("<img src=x onerror=alert(1)>", Assert.Single(sections).Text);
    }
}
