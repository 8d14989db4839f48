using Playbook.Assets;

namespace Playbook.Tests.Assets;

public class MinifyJsTests
{
    [Theory]
    [InlineData("// why\nconst a = 1;\n\n  // more\nlet b = a + 2;\n", "const a=1;let b=a+2;")]
    [InlineData("if (x) {\n  /* block\n comment */\n  y();\n}\n", "if(x){y();}")]
    [InlineData("const s = {\n  a: 1,\n  b: [ 2, 3 ],\n};", "const s={a:1,b:[2,3],};")]
    [InlineData("el\n  .querySelector(x)\n  .remove();", "el.querySelector(x).remove();")]
    public void Comments_and_spare_white_space_are_dropped(string js, string expected) =>
        Assert.Equal(expected, MinifyJs.Run(js).Text);

    [Theory]
    [InlineData("return\nx", "return\nx")]
    [InlineData("a = b\n(c || d).e()", "a=b\n(c||d).e()")]
    [InlineData("i++\nj", "i++\nj")]
    [InlineData("a = b\n++c", "a=b\n++c")]
    [InlineData("let a = 1\nlet b = 2", "let a=1\nlet b=2")]
    public void A_line_break_that_automatic_semicolon_insertion_reads_stays(string js, string expected) =>
        Assert.Equal(expected, MinifyJs.Run(js).Text);

    [Theory]
    [InlineData("a + +b", "a+ +b")]
    [InlineData("a - -b", "a- -b")]
    [InlineData("typeof x === \"string\"", "typeof x===\"string\"")]
    [InlineData("1 .toString()", "1 .toString()")]
    public void Tokens_that_would_merge_keep_a_space(string js, string expected) =>
        Assert.Equal(expected, MinifyJs.Run(js).Text);

    [Theory]
    [InlineData("const s = \"a  // b /* c */\";", "const s=\"a  // b /* c */\";")]
    [InlineData("const t = `x  ${ a + `y  ${ b }` }  z`;", "const t=`x  ${a+`y  ${b}`}  z`;")]
    [InlineData("const o = `${ { a: 1 }.a }`;", "const o=`${{a:1}.a}`;")]
    [InlineData("const r = /[/\"]+  \\/ x/g.test(s);", "const r=/[/\"]+  \\/ x/g.test(s);")]
    [InlineData("return /a b/.test(s)", "return/a b/.test(s)")]
    [InlineData("const q = a / b / c;", "const q=a/b/c;")]
    [InlineData("const r = x.split(/ +/) // words", "const r=x.split(/ +/)")]
    [InlineData("if (/ x /i  in y) z()", "if(/ x /i in y)z()")]
    [InlineData("if (ok(a)) /a  b/.test(s)", "if(ok(a))/a  b/.test(s)")]
    [InlineData("const h = (a + b) / 2 / c", "const h=(a+b)/2/c")]
    public void Strings_templates_and_regular_expressions_are_copied_as_written(string js, string expected) =>
        Assert.Equal(expected, MinifyJs.Run(js).Text);

    [Theory]
    [InlineData("const a = 1;\nconst s = \"never closed\n", 2, 11, "string")]
    [InlineData("let t = `open", 1, 9, "template")]
    [InlineData("x();\n/* open", 2, 1, "comment")]
    public void Source_that_does_not_tokenize_is_left_as_written_with_where_it_stopped(string js, int line, int column, string what)
    {
        var result = MinifyJs.Run(js);

        Assert.Equal(js, result.Text);
        Assert.Equal((line, column), (result.Line, result.Column));
        Assert.Contains(what, result.Problem);
    }
}
