using System.Text.Encodings.Web;
using System.Text.Json;
using Playbook.Model;

namespace Playbook.Schema;

/// <summary>
/// The JSON Schema (draft-07, what the VS Code YAML extension reads) of a page's front matter,
/// made from <see cref="FrontMatterFields"/> and the vocabularies of playbook.yml, so the editor
/// completes and flags exactly what the build accepts.
/// </summary>
public static class FrontMatterSchema
{
    public const string Url = "/schema/frontmatter.schema.json";
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public static byte[] Generate(PlaybookConfig config)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Read by editors, never embedded in HTML: keep apostrophes and accents readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", $"Front matter of a page of {config.Site.Title}");
            json.WriteString("description", "Generated from playbook.yml by Playbook; fields and allowed values as the build checks them.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);

            json.WriteStartObject("properties");
            foreach (var field in FrontMatterFields.All)
            {
                json.WriteStartObject(field.Name);
                json.WriteString("description", field.Description);
                WriteType(json, field, Allowed(field.Name, config));
                json.WriteEndObject();
            }
            json.WriteEndObject();

            WriteStrings(json, "required", RequiredByEveryKind(config));
            WriteKindRequirements(json, config);
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The values a field may take, when playbook.yml or the model fixes them; the web editor's selects offer the same.</summary>
    public static IReadOnlyList<string>? Allowed(string field, PlaybookConfig config) => field switch
    {
        "stage" or "stages" => config.Stages.Select(s => s.Id).ToList(),
        "phase" => config.Phases.Select(p => p.Id).ToList(),
        "tags" when config.Tags.Count > 0 => config.Tags,
        "kind" => config.Kinds.Keys.Order(StringComparer.Ordinal).ToList(),
        "audience" => [Audiences.Public, Audiences.Internal],
        _ => null,
    };

    private static void WriteType(Utf8JsonWriter json, FieldSpec field, IReadOnlyList<string>? allowed)
    {
        switch (field.Type)
        {
            case FieldType.Text:
                WriteText(json, allowed);
                break;
            case FieldType.TextList:
                // The build also takes a single value for a list ("tags: kpi"), so the schema does too.
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteText(json, allowed);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject();
                WriteText(json, allowed);
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case FieldType.Date:
                json.WriteString("type", "string");
                json.WriteString("pattern", DatePattern);
                break;
            case FieldType.Boolean:
                json.WriteString("type", "boolean");
                break;
            case FieldType.Integer:
                json.WriteString("type", "integer");
                break;
        }
    }

    private static void WriteText(Utf8JsonWriter json, IReadOnlyList<string>? allowed)
    {
        json.WriteString("type", "string");
        if (allowed is not null) WriteStrings(json, "enum", allowed);
    }

    private static IReadOnlyList<string> RequiredByEveryKind(PlaybookConfig config) =>
        config.Kinds.Values.Select(k => k.Required.AsEnumerable())
            .Aggregate((a, b) => a.Intersect(b)).Distinct().ToList();

    /// <summary>
    /// A page's kind usually comes from its folder, which the schema cannot see; when the page
    /// names its kind, that kind's required fields apply.
    /// </summary>
    private static void WriteKindRequirements(Utf8JsonWriter json, PlaybookConfig config)
    {
        json.WriteStartArray("allOf");
        foreach (var kind in config.Kinds.Values.OrderBy(k => k.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteStartObject("if");
            json.WriteStartObject("properties");
            json.WriteStartObject("kind");
            json.WriteString("const", kind.Id);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteStrings(json, "required", ["kind"]);
            json.WriteEndObject();
            json.WriteStartObject("then");
            WriteStrings(json, "required", kind.Required.Where(f => f is not ("stage" or "stages")));
            if (kind.Required.Any(f => f is "stage" or "stages"))
            {
                // The build takes either spelling for a page's stages.
                json.WriteStartArray("anyOf");
                foreach (var field in new[] { "stage", "stages" })
                {
                    json.WriteStartObject();
                    WriteStrings(json, "required", [field]);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
