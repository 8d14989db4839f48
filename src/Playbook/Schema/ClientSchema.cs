using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Playbook.Schema;

/// <summary>
/// The JSON Schema of a client file: what the client dashboard exports and imports
/// (<c>theme/assets/js/clients.js</c> checks a file by the same rules before it changes anything).
/// The format belongs to the site's code, not to a playbook, so the schema is the same for every build.
/// </summary>
public static class ClientSchema
{
    public const string Url = "/schema/client.schema.json";
    public const string FileType = "playbook-client";
    public const int Version = 1;
    public const int MaxFileBytes = 1024 * 1024;
    public const int MaxName = 100;
    public const int MaxNote = 2000;
    public const string IdPattern = "^[A-Za-z0-9_-]{1,64}$";

    public static byte[] Generate()
    {
        var byPage = (JsonNode value, string description) => new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["additionalProperties"] = value,
        };
        var text = (string description) => new JsonObject { ["type"] = "string", ["description"] = description };
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = Url,
            ["title"] = "A Playbook client, as exported from the client dashboard",
            ["description"] = $"One client's stage, checklist ticks, guide walks and notes. Files larger than {MaxFileBytes} bytes are refused. Every map is keyed by a page's URL path (\"/checklists/outsourcing-agreement/\").",
            ["type"] = "object",
            ["required"] = new JsonArray("type", "version", "client"),
            ["properties"] = new JsonObject
            {
                ["$schema"] = text("Where this schema is published."),
                ["type"] = new JsonObject { ["const"] = FileType },
                ["version"] = new JsonObject { ["const"] = Version, ["description"] = "The format's version; a file of another version is refused." },
                ["client"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("id", "name", "stage", "ticks", "walks", "notes", "touched"),
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject
                    {
                        ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern, ["description"] = "Names the client across files: an import with the same id asks before replacing it." },
                        ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = MaxName, ["pattern"] = "\\S" },
                        ["stage"] = text("The id of the stage the client is at (playbook.yml), or empty."),
                        ["ticks"] = byPage(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                            "Per checklist page, the ids of the ticked items (as in /playbook.json). Ids the checklist no longer has are kept and reported."),
                        ["walks"] = byPage(new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = new JsonArray("path", "outcome"),
                            ["properties"] = new JsonObject
                            {
                                ["path"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "The steps walked, from the start." },
                                ["outcome"] = text("The outcome reached, or empty while the walk is unfinished."),
                            },
                        }, "Per guide page, the walk through its steps."),
                        ["notes"] = byPage(new JsonObject { ["type"] = "string", ["maxLength"] = MaxNote }, "Per page, the consultant's note."),
                        ["touched"] = byPage(new JsonObject { ["type"] = "string", ["format"] = "date-time" }, "Per page, when the client's work on it last changed."),
                    },
                },
            },
        };
        var json = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n");
    }
}
