using System.Security.Cryptography;
using Playbook.Assets;
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
    public const string LogicalPathKey = "asset.logical";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var assets = context.Theme.Paths.Where(p => p.StartsWith(AssetsFolder, StringComparison.Ordinal))
            .Select(path =>
            {
                var file = "theme/" + path;
                var bytes = MinifyThemeAsset.Run(path, context.Theme.Read(path)!, file, context.Report);
                return new Page { SourcePath = file, Id = path, Url = "/" + Fingerprint(path, bytes), Kind = Kinds.Generated, Bytes = bytes }
                    .WithData(LogicalPathKey, path);
            });
        IReadOnlyList<Page> output = pages.Concat(assets).ToList();
        return Task.FromResult(output);
    }

    public static string Fingerprint(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
