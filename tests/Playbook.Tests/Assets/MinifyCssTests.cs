using Playbook.Assets;

namespace Playbook.Tests.Assets;

public class MinifyCssTests
{
    [Theory]
    [InlineData("a { color: red; }\n", "a{color:red}")]
    [InlineData("/* why */\nh1,\nh2 > p { margin: 0 auto ; }", "h1,h2>p{margin:0 auto}")]
    [InlineData("@media (min-width: 40rem) {\n  .x { padding: .5rem 1rem; }\n}", "@media (min-width:40rem){.x{padding:.5rem 1rem}}")]
    [InlineData("a { color: red !important; }", "a{color:red!important}")]
    public void White_space_and_comments_no_parser_needs_are_dropped(string css, string expected) =>
        Assert.Equal(expected, MinifyCss.Run(css).Text);

    [Theory]
    [InlineData(".toc :is(h2, h3) a { x: 1 }", ".toc :is(h2,h3) a{x:1}")]
    [InlineData("a { width: calc(100% - 2rem); }", "a{width:calc(100% - 2rem)}")]
    [InlineData("@media print and (min-width: 1px) { a { b: c } }", "@media print and (min-width:1px){a{b:c}}")]
    [InlineData(".a + .b ~ .c { x: y }", ".a + .b ~ .c{x:y}")]
    public void Spaces_that_carry_meaning_stay(string css, string expected) =>
        Assert.Equal(expected, MinifyCss.Run(css).Text);

    [Fact]
    public void Strings_are_copied_as_written()
    {
        var result = MinifyCss.Run("a::after { content: \" (\"   attr(href)  \") /* not a comment */ \"; }");

        Assert.Equal("a::after{content:\" (\" attr(href) \") /* not a comment */ \"}", result.Text);
    }

    [Fact]
    public void An_unclosed_comment_leaves_the_file_as_written_and_says_where()
    {
        var css = "a { b: c; }\n\n  /* never closed";

        var result = MinifyCss.Run(css);

        Assert.Equal(css, result.Text);
        Assert.Equal((3, 3), (result.Line, result.Column));
        Assert.Contains("comment", result.Problem);
    }
}
