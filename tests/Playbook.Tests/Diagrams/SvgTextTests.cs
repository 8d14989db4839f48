using Playbook.Diagrams;

namespace Playbook.Tests.Diagrams;

public class SvgTextTests
{
    [Fact]
    public void Wrap_breaks_between_words_and_keeps_every_line_within_the_width()
    {
        var lines = SvgText.Wrap("Can the client say why it is on social media?", 16, 5);

        Assert.Equal(["Can the client", "say why it is on", "social media?"], lines);
    }

    [Fact]
    public void Wrap_cuts_a_word_longer_than_a_line()
    {
        Assert.Equal(["abcdef", "ghij"], SvgText.Wrap("abcdefghij", 6, 3));
    }

    [Fact]
    public void Wrap_ends_the_last_allowed_line_with_an_ellipsis_when_text_is_left_over()
    {
        var lines = SvgText.Wrap("No, it would only ever be done when there is time left over", 16, 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1]);
        Assert.All(lines, l => Assert.True(l.Length <= 16, l));
    }

    [Fact]
    public void Numbers_are_whole_pixels_with_no_culture_in_them()
    {
        Assert.Equal("13", SvgText.Number(12.5));
        Assert.Equal("-3", SvgText.Number(-2.5));
        Assert.Equal("1234", SvgText.Number(1234.2));
    }
}
