using Playbook.Templates;

namespace Playbook.Tests.Templates;

public class LiquidModelTests
{
    private sealed record Sample(string Title, Markup Body, IReadOnlyList<string> Tags, DateOnly ReviewBy, bool ReviewDue);

    [Fact]
    public void Strings_stay_text_and_markup_stays_markup()
    {
        // Given a view model with a hostile title and trusted markup
        var model = new Sample("<script>alert('x')</script> & co", new Markup("<p>ok</p>"), ["a&b"], new DateOnly(2027, 1, 2), true);
        // When it becomes a Liquid value
        var hash = (Dictionary<string, object?>)LiquidModel.From(model)!;
        // Then text is the text itself (the engine escapes it on output), markup is kept as markup, and names are snake_case
        Assert.Equal("<script>alert('x')</script> & co", hash["title"]);
        Assert.Equal(new Markup("<p>ok</p>"), hash["body"]);
        Assert.Equal(new List<object?> { "a&b" }, hash["tags"]);
        Assert.Equal("2027-01-02", hash["review_by"]);
        Assert.Equal(true, hash["review_due"]);
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
