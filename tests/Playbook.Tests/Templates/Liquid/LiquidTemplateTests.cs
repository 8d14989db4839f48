using Playbook.Templates.Liquid;

namespace Playbook.Tests.Templates.Liquid;

public class LiquidTemplateTests
{
    private static readonly Dictionary<string, object?> Model = new(StringComparer.Ordinal)
    {
        ["title"] = "Plan",
        ["empty_text"] = "",
        ["nothing"] = null,
        ["n"] = 3,
        ["yes"] = true,
        ["no"] = false,
        ["tags"] = new List<object?> { "a", "b", "c" },
        ["none"] = new List<object?>(),
        ["page"] = new Dictionary<string, object?>
        {
            ["url"] = "/x/",
            ["stages"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "s1", ["title"] = "One" }, new Dictionary<string, object?> { ["id"] = "s2", ["title"] = "Two" } },
        },
    };

    private static string Render(string source, Func<string, LiquidTemplate>? include = null) =>
        LiquidParser.Parse(source, "layouts/t.liquid").Render(Model, include ?? (name => throw new LiquidException($"no include {name}")));

    [Theory]
    [InlineData("{{ title }}", "Plan")]
    [InlineData("{{ page.url }}|{{ page.stages.size }}|{{ page.stages.first.title }}|{{ page.stages.last.id }}", "/x/|2|One|s2")]
    [InlineData("{{ tags[1] }}{{ tags[-1] }}{{ page['url'] }}", "bc/x/")]
    [InlineData("[{{ missing }}][{{ missing.deeper }}][{{ nothing }}]", "[][][]")]
    [InlineData("{{ n }} {{ yes }} {{ 2.5 }} {{ 'q' }} {{ \"dq\" }}", "3 true 2.5 q dq")]
    [InlineData("{% if yes %}Y{% endif %}{% if no %}N{% endif %}{% if nothing %}0{% endif %}{% if empty_text %}E{% endif %}", "YE")]
    [InlineData("{% if n > 2 %}a{% elsif n > 1 %}b{% else %}c{% endif %}", "a")]
    [InlineData("{% if n > 5 %}a{% elsif n >= 3 %}b{% else %}c{% endif %}", "b")]
    [InlineData("{% if n < 1 %}a{% elsif n == 2 %}b{% else %}c{% endif %}", "c")]
    [InlineData("{% unless no %}U{% else %}X{% endunless %}", "U")]
    [InlineData("{% if title == 'Plan' and n != 4 %}1{% endif %}{% if title <> 'Plan' or yes %}2{% endif %}", "12")]
    [InlineData("{% if yes or no and no %}right-to-left{% endif %}", "right-to-left")]
    [InlineData("{% if tags contains 'b' %}1{% endif %}{% if title contains 'la' %}2{% endif %}{% if page contains 'url' %}3{% endif %}", "123")]
    [InlineData("{% if none == empty %}1{% endif %}{% if empty_text == empty %}2{% endif %}{% if nothing == blank %}3{% endif %}{% if tags != empty %}4{% endif %}", "1234")]
    [InlineData("{% for t in tags %}{{ forloop.index }}{{ t }}{% unless forloop.last %},{% endunless %}{% endfor %}", "1a,2b,3c")]
    [InlineData("{% for t in tags reversed %}{{ t }}{% endfor %}|{% for t in tags limit: 2 %}{{ t }}{% endfor %}|{% for t in tags offset: 1 %}{{ t }}{% endfor %}", "cba|ab|bc")]
    [InlineData("{% for t in none %}x{% else %}none{% endfor %}", "none")]
    [InlineData("{% for i in (1..n) %}{{ i }}{% endfor %}", "123")]
    [InlineData("{% for t in tags %}{% if t == 'b' %}{% continue %}{% endif %}{% if t == 'c' %}{% break %}{% endif %}{{ t }}{% endfor %}", "a")]
    [InlineData("{% for s in page.stages %}{{ s.id }}:{{ forloop.first }}/{{ forloop.rindex }} {% endfor %}", "s1:true/2 s2:false/1 ")]
    [InlineData("{% assign x = title | upcase %}{{ x }}{% for t in tags %}{% assign last = t %}{% endfor %}{{ last }}", "PLANc")]
    [InlineData("{% capture c %}[{{ title }}]{% endcapture %}{{ c }}{{ c }}", "[Plan][Plan]")]
    [InlineData("{% case n %}{% when 1, 2 %}low{% when 3 or 4 %}mid{% else %}high{% endcase %}", "mid")]
    [InlineData("{% case title %}{% when 'x' %}x{% else %}other{% endcase %}", "other")]
    [InlineData("a{% comment %} {% if %} {{ ignored }} {% endcomment %}b", "ab")]
    [InlineData("{% raw %}{{ kept }}{% if %}{% endraw %}", "{{ kept }}{% if %}")]
    [InlineData("<p>\n  {%- if yes -%}\n  x\n  {%- endif -%}\n</p>", "<p>x</p>")]
    [InlineData("{{- title -}} !", "Plan!")]
    [InlineData("{{ tags | join: ', ' }}|{{ tags | size }}|{{ title | size }}|{{ tags | first }}{{ tags | last }}", "a, b, c|3|4|ac")]
    [InlineData("{{ nothing | default: 'dflt' }}{{ empty_text | default: 'e' }}{{ title | default: 'no' }}", "dfltePlan")]
    [InlineData("{{ title | append: ')' | prepend: '(' | replace: 'Pl', 'pl' | remove: 'n' }}", "(pla)")]
    [InlineData("{{ 'a,b' | split: ',' | reverse | join: '-' }}|{{ '  x ' | strip }}|{{ 'abcdef' | truncate: 5 }}", "b-a|x|ab...")]
    [InlineData("{{ n | plus: 2 }} {{ n | minus: 5 }} {{ n | times: 2 }} {{ 7 | divided_by: 2 }} {{ 7.0 | divided_by: 2 }} {{ 7 | modulo: 4 }}", "5 -2 6 3 3.5 3")]
    [InlineData("{{ page.stages | map: 'id' | join: '+' }}|{{ page.stages | where: 'id', 's2' | map: 'title' | first }}", "s1+s2|Two")]
    [InlineData("{{ '2026-11-23' | long_date }}|{{ tags | count_label: 'tag' }}|{{ 1 | count_label: 'page' }}", "23 November 2026|3 tags|1 page")]
    [InlineData("{{ '<b>' | escape }}{{ 'a b' | url_encode }}{{ 'mIx' | downcase }}{{ 'word' | capitalize }}", "&lt;b&gt;a%20bmixWord")]
    public void Renders_like_Shopify_Liquid(string source, string expected) =>
        Assert.Equal(expected, Render(source));

    [Fact]
    public void Includes_see_the_callers_variables_and_their_own_arguments()
    {
        var includes = new Dictionary<string, LiquidTemplate>
        {
            ["item"] = LiquidParser.Parse("<{{ t }}{{ sep }}>", "includes/item.liquid"),
        };
        Assert.Equal("<a-><b-><c->", Render("{% for t in tags %}{% include 'item', sep: '-' %}{% endfor %}", name => includes[name]));
        Assert.Equal("<Plan>", Render("{% assign t = title %}{% include item %}", name => includes[name]));
    }

    [Fact]
    public void An_include_that_includes_itself_is_stopped_with_an_error()
    {
        var self = LiquidParser.Parse("x{% include 'self' %}", "includes/self.liquid");
        var error = Assert.Throws<LiquidException>(() => Render("{% include 'self' %}", _ => self));
        Assert.Equal("includes/self.liquid", error.Template);
        Assert.Contains("nested more than", error.Message);
    }

    [Theory]
    [InlineData("a\n{% if x %}", 2, 1, "if tag was never closed")]
    [InlineData("{% for x in tags %}\n {% endif %}", 2, 2, "'endif' where 'else' was expected")]
    [InlineData("ok\n  {% endfor %}", 2, 3, "'endfor' has no block to end or continue")]
    [InlineData("{% sectionx %}", 1, 1, "Unknown tag 'sectionx'")]
    [InlineData("\n\n {{ title | nope }}", 3, 2, "unknown filter 'nope'")]
    [InlineData("{{ title | append }}", 1, 1, "filter 'append' takes 1 argument, not 0")]
    [InlineData("{{ title", 1, 1, "never closed with '}}'")]
    [InlineData("{% if title == %}{% endif %}", 1, 1, "a value expected at the end")]
    [InlineData("{% for x tags %}{% endfor %}", 1, 1, "'in' expected before 'tags'")]
    [InlineData("{% for x in tags by: 2 %}{% endfor %}", 1, 1, "'by' is not an option of for")]
    [InlineData("{{ 'open }}", 1, 1, "never closed")]
    [InlineData("{% comment %} never ends", 1, 1, "comment tag was never closed")]
    [InlineData("{{ a ; b }}", 1, 1, "';' is not part of Liquid here")]
    public void Bad_templates_fail_at_their_line_and_column(string source, int line, int column, string message)
    {
        var error = Assert.Throws<LiquidException>(() => LiquidParser.Parse(source, "layouts/t.liquid"));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_render_error_points_at_the_failing_tag()
    {
        var error = Assert.Throws<LiquidException>(() => Render("line one\n  x {{ n | divided_by: 0 }}"));
        Assert.Equal(("layouts/t.liquid", 2, 5), (error.Template, error.Line, error.Column));
    }

    [Fact]
    public void Blocks_nested_deeper_than_the_limit_are_an_error_at_the_first_one_too_deep()
    {
        // Given templates with ifs nested to the limit and one past it, one 'if' per line
        static string Nested(int depth) =>
            string.Concat(Enumerable.Repeat("{% if yes %}\n", depth)) + "deep" + string.Concat(Enumerable.Repeat("{% endif %}", depth));

        // When they are parsed and rendered
        var atLimit = Render(Nested(LiquidParser.MaxNesting));
        var error = Assert.Throws<LiquidException>(() => Render(Nested(LiquidParser.MaxNesting + 1)));

        // Then the first renders, and the second is refused at the 'if' one level too deep, before any stack runs out
        Assert.EndsWith("deep", atLimit);
        Assert.Equal((LiquidParser.MaxNesting + 1, 1), (error.Line, error.Column));
        Assert.Contains("nested more than 32 levels", error.Message);
        Assert.Throws<LiquidException>(() => Render(Nested(100_000)));
    }

    [Fact]
    public void A_render_starts_empty_after_a_long_render_and_after_a_failed_one()
    {
        // Given a long render and a render that fails half way, on this thread
        Assert.Equal(100_000, Render("{% for i in (1..20000) %}abcde{% endfor %}").Length);
        Assert.Throws<LiquidException>(() => Render("left over {{ n | divided_by: 0 }}"));

        // When a short template renders next
        var output = Render("{{ title }}");

        // Then it holds only its own text
        Assert.Equal("Plan", output);
    }

    [Fact]
    public void Random_templates_either_render_or_fail_with_a_liquid_error()
    {
        // Given thousands of templates made of random pieces of Liquid syntax
        string[] pieces =
        [
            "{%", "%}", "{{", "}}", "{%-", "-%}", " if ", " elsif ", " else ", " endif ", " for ", " in ", " endfor ", " unless ",
            " case ", " when ", " endcase ", " assign ", " = ", " capture ", " endcapture ", " include ", " raw ", " endraw ",
            " comment ", " endcomment ", " break ", " continue ", "title", "tags", "page.stages", "n", "(1..3)", "'s'", "\"", "'",
            " | ", "size", "append", "divided_by", ":", ",", "0", "-1", "==", "contains", " and ", " or ", "[", "]", ".", "text ", "\n",
        ];
        var random = new Random(11);
        var rendered = 0;
        for (var i = 0; i < 5000; i++)
        {
            var source = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            LiquidTemplate template;
            // When each is parsed and rendered
            try { template = LiquidParser.Parse(source, "layouts/t.liquid"); }
            catch (LiquidException e) { Assert.True(e.Line >= 1 && e.Column >= 1, source); continue; }
            // Then nothing but a LiquidException (a diagnostic) ever comes out
            try { template.Render(Model, name => throw new LiquidException($"no include {name}")); rendered++; }
            catch (LiquidException) { }
        }
        // (and enough of them parse for the renderer to be exercised too)
        Assert.True(rendered > 500, $"only {rendered} of 5000 rendered");
    }
}
