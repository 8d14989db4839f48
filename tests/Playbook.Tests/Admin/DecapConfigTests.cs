using System.Text.Json;
using Playbook.Admin;
using Playbook.Cli.Commands;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Schema;
using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Admin;

/// <summary>The editor's configuration, held field by field to the front-matter schema the build checks against.</summary>
public class DecapConfigTests
{
    /// <summary>Another playbook: other stages and phases, tags not declared, kinds in other folders with other requirements and titles.</summary>
    private const string OtherPlaybook = """
        site:
          title: Onboarding handbook
          base_url: https://handbook.example.net/
        stages:
          - id: first-week
            title: First week
          - id: true
            title: A stage whose id YAML would read as true
          - id: settled
            title: Settled
        phases:
          - id: arrival
            title: Arrival
            stages: [first-week]
          - id: "2027"
            title: The phase of 2027
            stages: [settled]
        kinds:
          article:
            folder: notes
            required: [title, owner]
          checklist:
            folder: lists
            title: Lists to tick
            required: [title, description, stage, review_by]
          guide:
            folder: flows
            required: [title]
          stage:
            folder: stages
            required: [title, stage]
          page:
            folder: ""
            required: [title]
        """;

    public static TheoryData<string> Playbooks => new()
    {
        File.ReadAllText(Path.Combine(TestSite.RepoRoot, "input", ConfigReader.FileName)),
        OtherPlaybook,
    };

    private static PlaybookConfig Read(string yaml)
    {
        var diagnostics = new DiagnosticList();
        return ConfigReader.Read(yaml, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    private static YamlMappingNode Generate(PlaybookConfig config)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(DecapConfig.Generate(config)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static YamlSequenceNode List(YamlNode node, string key) => (YamlSequenceNode)((YamlMappingNode)node)[key];

    private static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(key);

    /// <summary>A select's allowed values as the schema gives them: its enum, or its items' enum for a list.</summary>
    private static string[]? SchemaEnum(JsonElement property)
    {
        if (property.TryGetProperty("enum", out var values)) return values.EnumerateArray().Select(v => v.GetString()!).ToArray();
        if (!property.TryGetProperty("anyOf", out var anyOf)) return null;
        var array = anyOf.EnumerateArray().Single(a => a.GetProperty("type").GetString() == "array");
        return SchemaEnum(array.GetProperty("items"));
    }

    [Theory]
    [MemberData(nameof(Playbooks))]
    public void Each_kind_is_a_collection_in_its_folder_whose_fields_are_the_schemas_with_its_values_and_requirements(string playbook)
    {
        // Given a playbook and its front-matter schema
        var config = Read(playbook);
        var properties = JsonDocument.Parse(FrontMatterSchema.Generate(config)).RootElement.GetProperty("properties");

        // When the editor's configuration is generated
        var collections = List(Generate(config), "collections");

        // Then there is one collection per kind, in the kind's folder under input/
        Assert.Equal(config.Kinds.Keys.Order(), collections.Select(c => Text(c, "name")).Order());
        foreach (var collection in collections)
        {
            var kind = config.Kinds[Text(collection, "name")];
            Assert.Equal(kind.Folder.Length > 0 ? "input/" + kind.Folder : "input", Text(collection, "folder"));
            Assert.Equal(kind.Title, Text(collection, "label"));
            var fields = List(collection, "fields").Where(f => Text(f, "name") != "body").ToList();

            // And every field is one the schema has, with its description as the hint
            foreach (var field in fields)
            {
                var name = Text(field, "name");
                Assert.True(properties.TryGetProperty(name, out var property), $"{kind.Id}: the schema has no field '{name}'");
                if (Text(field, "widget") == "hidden") continue;
                Assert.Equal(property.GetProperty("description").GetString(), Text(field, "hint"));

                // And a field the kind requires is required, every other one optional
                Assert.Equal(DecapConfig.IsRequired(kind, name) ? "true" : "false", Text(field, "required"));

                // And a select offers exactly the values the schema allows, several where the field is a list
                var allowed = SchemaEnum(property);
                Assert.Equal(allowed is not null, Text(field, "widget") == "select");
                if (allowed is null) continue;
                Assert.Equal(allowed, List(field, "options").Select(o => Text(o, "value")));
                Assert.Equal(property.TryGetProperty("anyOf", out _), Has(field, "multiple"));
            }

            // And every field the kind requires is there
            foreach (var required in kind.Required)
                Assert.Contains(fields, f => Text(f, "name") == required
                    || required is "stage" or "stages" && Text(f, "name") is "stage" or "stages");
        }
    }

    [Theory]
    [MemberData(nameof(Playbooks))]
    public void New_pages_get_the_fields_in_the_order_playbook_new_writes_them_and_its_starting_body(string playbook)
    {
        var config = Read(playbook);
        foreach (var collection in List(Generate(config), "collections").Where(c => Text(c, "create") == "true"))
        {
            // Given what playbook new writes for the kind
            var kind = Text(collection, "name");
            var written = NewCommand.Template(kind, "A title", config.Stages[0].Id, config, TestSite.Today);
            var frontMatter = written.Split("---\n")[1];
            var newOrder = frontMatter.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':')]).ToList();

            // Then the editor has those fields in that order, a hidden kind where playbook new writes one,
            // and the body playbook new starts with
            var fields = List(collection, "fields").Select(f => Text(f, "name")).ToList();
            Assert.Equal(newOrder, fields.Where(newOrder.Contains));
            var kindField = List(collection, "fields").SingleOrDefault(f => Text(f, "name") == "kind");
            Assert.Equal(newOrder.Contains("kind"), kindField is not null);
            if (kindField is not null) Assert.Equal(kind, Text(kindField, "default"));
            var body = List(collection, "fields").Single(f => Text(f, "name") == "body");
            Assert.Equal("markdown", Text(body, "widget"));
            Assert.Equal(written.Split("---\n", 3)[2].TrimStart('\n'), Text(body, "default"));
        }
    }

    [Fact]
    public void Dates_are_written_as_the_build_reads_them_and_only_a_new_pages_first_dates_default_to_today()
    {
        var collection = List(Generate(Read(OtherPlaybook)), "collections").First(c => Text(c, "name") == Kinds.Checklist);
        var dates = List(collection, "fields").Where(f => FrontMatterFields.Find(Text(f, "name"))?.Type == FieldType.Date).ToList();
        Assert.Equal(["date", "updated", "review_by"], dates.Select(f => Text(f, "name")));
        Assert.All(dates, f =>
        {
            Assert.Equal("datetime", Text(f, "widget"));
            Assert.Equal("YYYY-MM-DD", Text(f, "format"));
            Assert.Equal("false", Text(f, "time_format"));
        });
        // Decap writes "" for a date left blank with an empty default, which the build refuses (PB0106).
        Assert.Equal(["{{now}}", "{{now}}"], dates.Where(f => Has(f, "default")).Select(f => Text(f, "default")));
    }

    [Fact]
    public void Values_yaml_would_read_as_other_types_are_quoted_so_the_editor_writes_them_as_text()
    {
        // Given stage ids "true" and phase "2027", when the configuration is generated and read back
        var text = DecapConfig.Generate(Read(OtherPlaybook));

        // Then they are quoted, and so read back as the same text
        Assert.Contains("value: \"true\"", text);
        Assert.Contains("value: \"2027\"", text);
    }

    [Fact]
    public void Backends_slugs_and_media_are_set_for_netlify_and_for_a_consultant_working_locally()
    {
        var root = Generate(Read(OtherPlaybook));
        Assert.Equal("git-gateway", Text(root["backend"], "name"));
        Assert.Equal("true", Text(root, "local_backend"));
        Assert.Equal("https://handbook.example.net/", Text(root, "site_url"));
        Assert.Equal("ascii", Text(root["slug"], "encoding"));
        Assert.Equal("-", Text(root["slug"], "sanitize_replacement"));
        var lists = List(root, "collections").First(c => Text(c, "name") == Kinds.Checklist);
        Assert.Equal("{{slug}}", Text(lists, "slug"));
        Assert.Equal("lists/{{slug}}/", Text(lists, "preview_path"));
        // Stage pages are one per stage of playbook.yml: the editor edits them, never adds or deletes one
        var stages = List(root, "collections").First(c => Text(c, "name") == Kinds.Stage);
        Assert.Equal("false", Text(stages, "create"));
        Assert.Equal("false", Text(stages, "delete"));
    }
}
