using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Playbook.Schema;
using Playbook.Tests.Support;

namespace Playbook.Tests.Schema;

/// <summary>The published client schema and the import checks of clients-dashboard.js (with the limits clients.js keeps) state the same rules.</summary>
public partial class ClientSchemaTests
{
    private static readonly string Store = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "theme", "assets", "js", "clients.js"));
    private static readonly string Script = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "theme", "assets", "js", "clients-dashboard.js"));

    private static JsonElement Schema() => JsonDocument.Parse(ClientSchema.Generate()).RootElement;

    private static string Constant(string name, string? script = null) =>
        Regex.Match(script ?? Script, $@"const {name} = ([^;]+);").Groups[1].Value is { Length: > 0 } value ? value : throw new InvalidOperationException($"clients.js has no {name}");

    [Fact]
    public async Task The_build_publishes_the_schema_at_its_url()
    {
        var result = await TestSite.BuildDefaultAsync();
        var file = Assert.Single(result.Files, f => "/" + f.Path == ClientSchema.Url);
        Assert.Equal(ClientSchema.Generate(), file.Bytes);
    }

    [Fact]
    public void The_file_type_version_and_limits_are_those_the_import_checks()
    {
        var schema = Schema();
        var properties = schema.GetProperty("properties");
        Assert.Equal($"\"{ClientSchema.FileType}\"", Constant("FILE_TYPE"));
        Assert.Equal(ClientSchema.FileType, properties.GetProperty("type").GetProperty("const").GetString());
        Assert.Equal(ClientSchema.Version.ToString(CultureInfo.InvariantCulture), Constant("FILE_VERSION"));
        Assert.Equal(ClientSchema.Version, properties.GetProperty("version").GetProperty("const").GetInt32());
        Assert.Equal("1024 * 1024", Constant("MAX_FILE_BYTES"));
        Assert.Equal(1024 * 1024, ClientSchema.MaxFileBytes);
        var client = properties.GetProperty("client").GetProperty("properties");
        Assert.Equal(ClientSchema.MaxName.ToString(CultureInfo.InvariantCulture), Constant("MAX_NAME", Store));
        Assert.Equal(ClientSchema.MaxName, client.GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal(ClientSchema.MaxNote.ToString(CultureInfo.InvariantCulture), Constant("MAX_NOTE", Store));
        Assert.Equal(ClientSchema.MaxNote, client.GetProperty("notes").GetProperty("additionalProperties").GetProperty("maxLength").GetInt32());
        Assert.Contains($"/{ClientSchema.IdPattern}/", Script);
        Assert.Equal(ClientSchema.IdPattern, client.GetProperty("id").GetProperty("pattern").GetString());
    }

    [Fact]
    public void The_client_fields_are_exactly_those_the_import_accepts_and_all_are_required()
    {
        var client = Schema().GetProperty("properties").GetProperty("client");
        var fields = Regex.Matches(Constant("FIELDS"), "\"([a-z]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.False(client.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(fields, client.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(fields, client.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }
}
