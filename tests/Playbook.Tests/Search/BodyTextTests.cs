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

    [Fact]
    public void Each_checklist_item_is_a_part_of_its_own_with_its_lead_as_heading_and_its_checkbox_as_anchor()
    {
        // Given a checklist section as Markdig renders it, with text after the list
        const string html = """
            <h2 id="protocols">Protocols</h2>
            <ul class="contains-task-list">
            <li class="task-list-item"><input type="checkbox" class="checklist-box" id="check-agree-a-protocol-1" data-item="x"><label for="check-agree-a-protocol-1"> <strong>Agree a protocol.</strong> Decide who is told.</label></li>
            <li class="task-list-item"><input type="checkbox" class="checklist-box" id="check-plain-2"><label for="check-plain-2"> Keep a register.</label></li>
            </ul>
            <p>Review it yearly.</p>
            """;

        // When it is turned into text
        var sections = BodyText.Sections(html);

        // Then the heading, each item (lead as heading, checkbox id as anchor) and the text after them are parts in page order
        Assert.Equal(
            [
                new Section("Protocols", "protocols", ""),
                new Section("Agree a protocol.", "check-agree-a-protocol-1", "Decide who is told.", IsItem: true),
                new Section("", "check-plain-2", "Keep a register.", IsItem: true),
                new Section("Protocols", "protocols", "Review it yearly."),
            ],
            sections);
    }

    [Fact]
    public void A_list_made_mostly_of_links_is_left_out_of_the_text_and_counted()
    {
        // Given a section with a sentence and a list of links to other pages, and a list of prose with one link
        const string html = """
            <h2 id="pages">Pages for this stage</h2>
            <p>Read these.</p>
            <ul><li>Articles: <a href="/a/">Why before what</a>, <a href="/b/">Speak for yourself</a>.</li></ul>
            <ul><li>Ask why first, then read <a href="/a/">this</a> and decide what to measure.</li></ul>
            """;

        // When it is turned into text
        var section = Assert.Single(BodyText.Sections(html));

        // Then the list of links is gone from the text, its characters counted, and the prose list stays
        Assert.Equal("Read these. Ask why first, then read this and decide what to measure.", section.Text);
        Assert.Equal("Articles:Whybeforewhat,Speakforyourself.".Length, section.ListChars);
    }
}
