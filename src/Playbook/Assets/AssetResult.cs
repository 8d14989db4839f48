namespace Playbook.Assets;

/// <summary>
/// A minifier's answer: the shrunk text, or, when the source does not tokenize (an unclosed string
/// or comment), the source unchanged with where and why, so the build can warn and still publish.
/// </summary>
public sealed record AssetResult(string Text, int Line, int Column, string? Problem)
{
    public static AssetResult Minified(string text) => new(text, 0, 0, null);

    public static AssetResult Failed(string source, int index, string problem)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < source.Length; i++)
        {
            if (source[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new AssetResult(source, line, index - lineStart + 1, problem);
    }
}
