using System.Text.Json;
using Playbook.Templates;
using Playbook.Templates.Liquid;
using Playbook.Tests.Markdown;

namespace Playbook.Tests.Templates;

/// <summary>
/// How layouts render, specified in Specs/Templates/*.md: each example is a ```` ```liquid ````
/// template, the ```` ```json ```` model it is rendered with, and the ```` ```html ```` it must give.
/// The model goes through <see cref="LiquidModel"/> as a page's view model does.
/// </summary>
public class TemplateSpecTests
{
    public static TheoryData<string, int, string, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string, string>();
        foreach (var (file, example, blocks) in SpecFiles.Read(["liquid", "json", "html"], "Specs", "Templates"))
            data.Add(file, example, blocks[0], blocks[1], blocks[2]);
        return data;
    }

    [Fact]
    public void The_spec_files_have_examples() => Assert.True(Examples().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_template_renders_as_the_spec_says(string spec, int example, string liquid, string json, string html)
    {
        // Given the example's template and model
        using var model = JsonDocument.Parse(json);
        var values = (IReadOnlyDictionary<string, object?>)LiquidModel.From(Value(model.RootElement))!;

        // When the template is rendered with it
        var rendered = LiquidParser.Parse(liquid, "layouts/spec.liquid").Render(values, name => throw new LiquidException($"no include {name} in a spec"));

        // Then it gives the example's output
        Assert.True(html == rendered, $"{spec} example {example}:\nexpected:\n{html}\nactual:\n{rendered}");
    }

    /// <summary>A JSON value as the C# value a view model holds; <c>{"$html": "..."}</c> is <see cref="Markup"/>.</summary>
    private static object? Value(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt32(out var n) ? n : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object when json.TryGetProperty("$html", out var html) => new Markup(html.GetString()!),
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value)),
        _ => null,
    };
}
