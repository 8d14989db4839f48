using System.Text.RegularExpressions;

namespace Playbook.Tests.Markdown;

/// <summary>The examples of the Markdown spec files in one folder: each a ```` ```markdown ```` block followed by its ```` ```html ```` block.</summary>
public static partial class SpecFiles
{
    [GeneratedRegex("```(markdown|html)\n(.*?)\n```\n", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>File name, example number (from 1), Markdown and expected HTML of every example in <paramref name="folder"/> (not its subfolders).</summary>
    public static TheoryData<string, int, string, string> Examples(params string[] folder)
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine([AppContext.BaseDirectory, .. folder]), "*.md").Order())
        {
            var blocks = Block().Matches(File.ReadAllText(file).Replace("\r\n", "\n"));
            for (var i = 0; i + 1 < blocks.Count; i += 2)
                data.Add(Path.GetFileName(file), i / 2 + 1, blocks[i].Groups[2].Value + "\n", blocks[i + 1].Groups[2].Value);
        }
        return data;
    }
}
