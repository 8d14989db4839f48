using System.Text;

namespace Playbook.Model;

/// <summary>
/// Ids and URL slugs. A slug is made only of a-z, 0-9 and '-', so no input, however hostile,
/// can name a path outside the output folder.
/// </summary>
public static class PageIds
{
    /// <summary>The id of a page is its file name without extension: articles/why-before-what.md → why-before-what.</summary>
    public static string FromPath(string path) => Slugify(Path.GetFileNameWithoutExtension(path));

    public static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if ((c is ' ' or '-' or '_' or '.') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>Folders of a source path, slugified, so the URL mirrors the input tree safely.</summary>
    public static string UrlFor(string sourcePath, string slug)
    {
        var folders = sourcePath.Split('/')[..^1].Select(Slugify).Where(s => s.Length > 0);
        var parts = folders.Append(slug).Where(s => s.Length > 0).ToList();
        if (parts.Count == 1 && slug == "index") return "/";
        if (parts.Count > 1 && parts[^1] == "index") parts.RemoveAt(parts.Count - 1);
        return "/" + string.Join('/', parts) + "/";
    }
}
