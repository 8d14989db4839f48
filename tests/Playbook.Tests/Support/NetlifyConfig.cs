namespace Playbook.Tests.Support;

/// <summary>
/// The repository's netlify.toml, read with a TOML reader as small as the file (tables, arrays
/// of tables, string values), so tests check what Netlify will do and the browser tests serve
/// pages under the very CSP Netlify sends. It depends on nothing else in this project, so the
/// browser test project can compile it in as a linked file.
/// </summary>
public sealed class NetlifyConfig
{
    public const string FileName = "netlify.toml";

    /// <summary>Keys outside [[headers]] by their dotted path: <c>build.publish</c>, <c>context.production.command</c>.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<HeaderRule> Headers { get; } = [];

    /// <summary>The Content-Security-Policy Netlify sends with every page.</summary>
    public static string ContentSecurityPolicy => Load().HeadersFor("/*")["Content-Security-Policy"];

    public IReadOnlyDictionary<string, string> HeadersFor(string pattern) =>
        Headers.SingleOrDefault(h => h.For == pattern)?.Values
        ?? throw new InvalidOperationException($"{FileName} has no [[headers]] for \"{pattern}\"");

    public static NetlifyConfig Load(string? path = null) => Parse(File.ReadAllText(path ?? Path.Combine(FindRoot(), FileName)));

    public static NetlifyConfig Parse(string toml)
    {
        var config = new NetlifyConfig();
        var table = "";
        foreach (var (raw, number) in toml.Split('\n').Select((l, i) => (l.Trim(), i + 1)))
        {
            var line = raw;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line == "[[headers]]") { config.Headers.Add(new HeaderRule()); table = "headers"; continue; }
            if (line.StartsWith('[')) { table = line.Trim('[', ']').Trim(); continue; }
            var eq = line.IndexOf('=');
            if (eq < 0) throw new FormatException($"{FileName}({number}): expected key = value");
            var key = line[..eq].Trim().Trim('"');
            var value = ParseString(line[(eq + 1)..].Trim(), number);
            if (table == "headers") config.Headers[^1].For = value;
            else if (table == "headers.values") config.Headers[^1].Values[key] = value;
            else config.Values[table.Length == 0 ? key : $"{table}.{key}"] = value;
        }
        return config;
    }

    /// <summary>A basic ("...", with \" and \\ escapes) or literal ('...') string, then an optional comment.</summary>
    private static string ParseString(string text, int number)
    {
        if (text.Length < 2 || text[0] is not ('"' or '\''))
            throw new FormatException($"{FileName}({number}): only string values are read here");
        var quote = text[0];
        var value = new System.Text.StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                var rest = text[(i + 1)..].Trim();
                if (rest.Length > 0 && !rest.StartsWith('#')) throw new FormatException($"{FileName}({number}): text after the value");
                return value.ToString();
            }
            if (c == '\\' && quote == '"' && i + 1 < text.Length) c = text[++i];
            value.Append(c);
        }
        throw new FormatException($"{FileName}({number}): unterminated string");
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, FileName))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException($"{FileName} not found above the test binaries");
    }
}

public sealed class HeaderRule
{
    public string For { get; set; } = "";

    public Dictionary<string, string> Values { get; } = new(StringComparer.OrdinalIgnoreCase);
}
