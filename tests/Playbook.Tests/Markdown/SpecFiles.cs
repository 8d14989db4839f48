using System.Text.RegularExpressions;

namespace Playbook.Tests.Markdown;

/// <summary>
/// The examples of the spec files in one folder: each a run of fenced blocks in a fixed order of
/// languages, such as a ```` ```markdown ```` block followed by its ```` ```html ```` block.
/// </summary>
public static partial class SpecFiles
{
    [GeneratedRegex("```([a-z]+)\n(.*?)\n```\n", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>File name, example number (from 1), Markdown and expected HTML of every example in <paramref name="folder"/> (not its subfolders).</summary>
    public static TheoryData<string, int, string, string> Examples(params string[] folder)
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var (file, example, blocks) in Read(["markdown", "html"], folder))
            data.Add(file, example, blocks[0] + "\n", blocks[1]);
        return data;
    }

    /// <summary>File name, example number (from 1) and the blocks of every example in <paramref name="folder"/>, in the order of <paramref name="languages"/>; blocks in other languages are prose.</summary>
    public static IEnumerable<(string File, int Example, string[] Blocks)> Read(string[] languages, params string[] folder)
    {
        foreach (var file in Directory.GetFiles(Path.Combine([AppContext.BaseDirectory, .. folder]), "*.md").Order())
        {
            var blocks = Block().Matches(File.ReadAllText(file).Replace("\r\n", "\n"))
                .Where(m => languages.Contains(m.Groups[1].Value))
                .Select(m => m.Groups[2].Value)
                .ToList();
            for (var i = 0; i + languages.Length <= blocks.Count; i += languages.Length)
                yield return (Path.GetFileName(file), i / languages.Length + 1, blocks.GetRange(i, languages.Length).ToArray());
        }
    }
}
