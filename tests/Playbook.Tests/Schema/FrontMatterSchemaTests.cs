using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Schema;
using Playbook.Tests.Support;

namespace Playbook.Tests.Schema;

public class FrontMatterSchemaTests
{
    private static readonly string CheckedIn = Path.Combine(TestSite.RepoRoot, ".vscode", "frontmatter.schema.json");

    private static PlaybookConfig DefaultConfig() =>
        ConfigReader.Read(File.ReadAllText(Path.Combine(TestSite.RepoRoot, "input", ConfigReader.FileName)), new DiagnosticList())!;

    private static JsonElement DefaultSchema() => JsonDocument.Parse(FrontMatterSchema.Generate(DefaultConfig())).RootElement;

    [Fact]
    public void The_checked_in_editor_schema_is_the_one_the_default_playbook_generates()
    {
        // Given the schema VS Code reads, when the default playbook's schema is generated, then they are the same bytes
        var generated = Encoding.UTF8.GetString(FrontMatterSchema.Generate(DefaultConfig()));
        Assert.True(generated == File.ReadAllText(CheckedIn),
            "the front matter changed: build, then copy output/schema/frontmatter.schema.json to .vscode/frontmatter.schema.json");
    }

    [Fact]
    public async Task The_build_publishes_the_schema_at_its_url()
    {
        // Given the default playbook, when it is built
        var result = await TestSite.BuildDefaultAsync();

        // Then the site carries the schema generated from its playbook.yml
        var file = Assert.Single(result.Files, f => "/" + f.Path == FrontMatterSchema.Url);
        Assert.Equal(FrontMatterSchema.Generate(DefaultConfig()), file.Bytes);
    }

    [Fact]
    public void Every_field_is_a_property_with_its_type_and_no_other_field_is_allowed()
    {
        var schema = DefaultSchema();
        var properties = schema.GetProperty("properties");
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(FrontMatterFields.All.Select(f => f.Name), properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal("integer", properties.GetProperty("order").GetProperty("type").GetString());
        Assert.Equal("boolean", properties.GetProperty("draft").GetProperty("type").GetString());
        Assert.Equal(FrontMatterSchema.DatePattern, properties.GetProperty("review_by").GetProperty("pattern").GetString());
        Assert.Equal(["title"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Stages_phases_tags_and_kinds_are_the_enums_of_playbook_yml()
    {
        var config = DefaultConfig();
        var properties = DefaultSchema().GetProperty("properties");
        Assert.Equal(config.Stages.Select(s => s.Id), Enum(properties.GetProperty("stage")));
        Assert.Equal(config.Stages.Select(s => s.Id), Enum(properties.GetProperty("stages").GetProperty("anyOf")[0].GetProperty("items")));
        Assert.Equal(config.Phases.Select(p => p.Id), Enum(properties.GetProperty("phase")));
        Assert.Equal(config.Tags, Enum(properties.GetProperty("tags").GetProperty("anyOf")[1]));
        Assert.Equal(config.Kinds.Keys.Order(StringComparer.Ordinal), Enum(properties.GetProperty("kind")));
        Assert.Equal(["public", "internal"], Enum(properties.GetProperty("audience")));
    }

    [Fact]
    public void A_kind_named_in_the_front_matter_brings_its_required_fields()
    {
        var article = DefaultSchema().GetProperty("allOf").EnumerateArray()
            .Single(rule => rule.GetProperty("if").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString() == "article");
        Assert.Equal(["title", "description", "tags"], article.GetProperty("then").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Front_matter_of_every_default_page_fits_the_schema()
    {
        // Given the pages of the default playbook, when their front matter is checked against the schema, then none is flagged
        var schema = DefaultSchema();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestSite.RepoRoot, "input"), "*.md", SearchOption.AllDirectories))
        {
            var yaml = File.ReadAllText(path).Split("---\n")[1];
            Assert.True(Violations(schema, yaml).Count == 0, $"{path}: {string.Join("; ", Violations(schema, yaml))}");
        }
    }

    [Theory]
    [InlineData("stages: [strategc]", "stages")]
    [InlineData("phase: broadcasting", "phase")]
    [InlineData("tags: [kpo]", "tags")]
    [InlineData("tittle: Typo", "tittle")]
    [InlineData("review_by: 23/11/2026", "review_by")]
    [InlineData("audience: staff", "audience")]
    public void Front_matter_the_build_rejects_is_flagged_by_the_schema(string line, string field)
    {
        var violations = Violations(DefaultSchema(), "title: T\n" + line + "\n");
        Assert.Equal([field], violations);
    }

    private static IEnumerable<string?> Enum(JsonElement property) =>
        property.GetProperty("enum").EnumerateArray().Select(e => e.GetString());

    /// <summary>
    /// The fields of flat front matter that the schema's properties, enums and patterns reject:
    /// enough of JSON Schema to show the editor flags what the build does, without a validator package.
    /// </summary>
    private static List<string> Violations(JsonElement schema, string yaml)
    {
        var properties = schema.GetProperty("properties");
        var flagged = new List<string>();
        foreach (Match m in Regex.Matches(yaml, @"^([a-z_]+):\s*(.*)$", RegexOptions.Multiline))
        {
            var (name, raw) = (m.Groups[1].Value, m.Groups[2].Value.Trim());
            if (!properties.TryGetProperty(name, out var property)) { flagged.Add(name); continue; }
            var values = raw.StartsWith('[') ? raw.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [raw.Trim('"')];
            var item = property.TryGetProperty("anyOf", out var anyOf) ? anyOf[1] : property;
            var ok = values.All(v =>
                (!item.TryGetProperty("enum", out var allowed) || allowed.EnumerateArray().Any(a => a.GetString() == v)) &&
                (!item.TryGetProperty("pattern", out var pattern) || Regex.IsMatch(v, pattern.GetString()!)));
            if (!ok) flagged.Add(name);
        }
        return flagged;
    }
}
