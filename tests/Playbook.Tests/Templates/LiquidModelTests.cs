using Playbook.Templates;

namespace Playbook.Tests.Templates;

public class LiquidModelTests
{
    [Fact]
    public void Strings_stay_text_and_markup_stays_markup()
    {
        // Given a view with a hostile title, and trusted markup and a date beside it
        var model = new Dictionary<string, object?>
        {
            ["tool"] = new ToolView("<script>alert('x')</script> & co", "/a/", "", "checklist", "9 items", ["a&b"], true),
            ["body"] = new Markup("<p>ok</p>"),
            ["review_by"] = new DateOnly(2027, 1, 2),
        };
        // When it becomes a Liquid value
        var hash = (Dictionary<string, object?>)LiquidModel.From(model)!;
        var tool = (Dictionary<string, object?>)hash["tool"]!;
        // Then text is the text itself (the engine escapes it on output), markup is kept as markup, and names are snake_case
        Assert.Equal("<script>alert('x')</script> & co", tool["title"]);
        Assert.Equal(new List<object?> { "a&b" }, tool["stages"]);
        Assert.Equal(true, tool["leads_here"]);
        Assert.Equal(new Markup("<p>ok</p>"), hash["body"]);
        Assert.Equal("2027-01-02", hash["review_by"]);
    }

    private sealed record Unlisted(string Title);

    [Fact]
    public void An_object_that_is_not_a_listed_view_is_refused_by_name()
    {
        // Given an object layouts were never meant to read
        // When it becomes a Liquid value
        var error = Assert.Throws<InvalidOperationException>(() => LiquidModel.From(new Unlisted("x")));
        // Then the error names the type and where views are listed, rather than a layout rendering it empty
        Assert.Contains("Unlisted is not a view layouts may read; add it to LiquidModel.Views", error.Message);
    }

    [Fact]
    public void Text_is_escaped_once_on_output()
    {
        var template = Playbook.Templates.Liquid.LiquidParser.Parse("{{ t }}", "t.liquid");
        var html = template.Render(new Dictionary<string, object?> { ["t"] = LiquidModel.From("<script>alert('x')</script> & co") }, _ => throw new InvalidOperationException());
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html);
    }

    [Theory]
    [InlineData("ReviewBy", "review_by")]
    [InlineData("Title", "title")]
    [InlineData("EditUrl", "edit_url")]
    public void Property_names_become_snake_case(string name, string expected) =>
        Assert.Equal(expected, LiquidModel.SnakeCase(name));
}
