using System.Security.Cryptography;
using Playbook.Assets;
using Playbook.Files;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Adds the theme's CSS, JavaScript and images to the build under fingerprinted names
/// (<c>/assets/css/site.3f2a9c1d.css</c>), so they can be cached for a year and still change.
/// Stylesheets and scripts are minified first, so the fingerprint is of what is published.
/// </summary>
public sealed class CopyThemeAssets : IModule
{
    public const string AssetsFolder = "assets/";
    public static readonly PageKey<string> LogicalPathKey = new("asset.logical");

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var assets = context.Theme.Paths.Where(p => p.StartsWith(AssetsFolder, StringComparison.Ordinal))
            .Select(path => Copy(path, context))
            .OfType<Page>();
        IReadOnlyList<Page> output = pages.Concat(assets).ToList();
        return Task.FromResult(output);
    }

    private static Page? Copy(string path, BuildContext context)
    {
        var file = "theme/" + path;
        var read = context.Theme.Read(path);
        if (read.Bytes is not { } bytes)
        {
            context.Report(read.IsMissing ? FileRead.Deleted(file) : read.Error(file));
            return null;
        }
        var minified = MinifyThemeAsset.Run(path, bytes, file, context.Report);
        return new Page { SourcePath = file, Id = path, Url = "/" + Fingerprint(path, minified), Kind = Kinds.Generated, Bytes = minified }
            .With(LogicalPathKey, path);
    }

    public static string Fingerprint(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
