using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Reads the input folder: every Markdown file becomes a page, every other file (images,
/// downloads) an asset copied as it is. Files that cannot be read at all, or not as text, are
/// reported here, once, and left out.
/// </summary>
/// <param name="memo">How a file's bytes become a page: at once, unless a layer composed around the
/// build can hand back the page it made from the same bytes before.</param>
public sealed class ReadInput(ReadInput.Memo? memo = null) : IModule
{
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The page for <paramref name="path"/>'s <paramref name="bytes"/>, or <paramref name="read"/>'s.</summary>
    public delegate Page? Memo(string path, byte[] bytes, Func<Page?> read);

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var paths = context.Input.Paths.Where(p => p != ConfigReader.FileName).ToList();
        var read = new Page?[paths.Count];
        Parallel.For(0, paths.Count, i => read[i] = Read(paths[i], context));
        IReadOnlyList<Page> output = pages.Concat(read.OfType<Page>()).ToList();
        return Task.FromResult(output);
    }

    private Page? Read(string path, BuildContext context)
    {
        var read = context.Input.Read(path);
        if (read.Bytes is not { } bytes)
        {
            context.Report(read.IsMissing ? FileRead.Deleted(path) : read.Error(path));
            return null;
        }
        return memo is null ? Read(path, bytes, context) : memo(path, bytes, () => Read(path, bytes, context));
    }

    private static Page? Read(string path, byte[] bytes, BuildContext context)
    {
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return new Page { SourcePath = path, Id = path, Url = "/" + path, Kind = Kinds.Generated, Bytes = bytes };

        if (bytes.Length > MaxBytes)
        {
            context.Report(Diagnostic.Error(path, 1, 1, "PB0112",
                $"file is {bytes.Length / 1024 / 1024.0:0.0} MB, over the 2 MB limit; split it into smaller pages"));
            return null;
        }
        if (Utf8Text.Decode(path, bytes, context.Diagnostics) is not { } text) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Report(Diagnostic.Error(path, 1, 1, "PB0111", "the file is empty; write its front matter and content, or delete it"));
            return null;
        }
        return new Page { SourcePath = path, Id = PageIds.FromPath(path), Source = text.Replace("\r\n", "\n") };
    }
}
