using System.Reflection;

namespace Playbook.Themes;

/// <summary>Files embedded in an assembly under a logical-name prefix (<c>theme/…</c>, <c>starter/…</c>), by their path below it.</summary>
public static class EmbeddedFiles
{
    public static IEnumerable<string> Paths(Assembly assembly, string prefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static byte[] Read(Assembly assembly, string prefix, string path)
    {
        using var stream = assembly.GetManifestResourceStream(prefix + path)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
