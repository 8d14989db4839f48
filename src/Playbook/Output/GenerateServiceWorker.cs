using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Search;

namespace Playbook.Output;

/// <summary>
/// Writes <c>/sw.js</c>, the service worker that keeps the site for offline use, from the theme's
/// <c>service-worker.js</c> and two constants put before it: the build's version, a hash of every
/// other file of the build (so a new deploy replaces the old cache, and two builds of the same
/// input write the same bytes), and the files to keep from the first visit. Runs last, when
/// every file is final. A theme without the template gets no service worker.
/// </summary>
public sealed partial class GenerateServiceWorker : IModule
{
    public const string Url = "/sw.js";
    public const string TemplatePath = "service-worker.js";

    /// <summary>Pages kept at once: the way in, search and the client workspace, which a consultant needs on site.</summary>
    private static readonly string[] Pages = ["/", BuildSearchIndex.Folder, GenerateClientPages.DashboardUrl, GenerateClientPages.ReportUrl, GeneratePlaybookJson.Url];

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var read = context.Theme.Read(TemplatePath);
        if (read.Problem is not null) context.Report(read.Error("theme/" + TemplatePath));
        if (read.Bytes is not { } template)
            return Task.FromResult(pages);
        var written = pages.Where(p => p.IsWritten).OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
        var urls = written.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var precache = written.Where(p => p.IsAsset && (p.Url.StartsWith('/' + CopyThemeAssets.AssetsFolder, StringComparison.Ordinal)
                                                        || p.Url.StartsWith(BuildSearchIndex.Folder, StringComparison.Ordinal)))
            .Select(p => p.Url)
            .Concat(Pages.Where(urls.Contains))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var head = $"const VERSION = \"{Version(written, template)}\";\nconst PRECACHE = {JsonSerializer.Serialize(precache, UrlList.Default.ListString)};\n";
        IReadOnlyList<Page> output = [.. pages, SiteFiles.File(Url, [.. Encoding.UTF8.GetBytes(head), .. template])];
        return Task.FromResult(output);
    }

    // Generated at compile time, as reflection-based serialization is not there in the native binary.
    [JsonSerializable(typeof(List<string>))]
    private sealed partial class UrlList : JsonSerializerContext;

    private static string Version(List<Page> written, byte[] template)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(template);
        // Pages are encoded into one buffer, reused: an array per page only to hash it was a tenth of what a build allocated.
        var buffer = Array.Empty<byte>();
        foreach (var page in written)
        {
            AppendUtf8(hash, page.OutputPath, ref buffer);
            hash.AppendData("\0"u8);
            if ((page.Bytes ?? page.Utf8Html) is { } bytes) hash.AppendData(bytes);
            else AppendUtf8(hash, page.Html, ref buffer);
            hash.AppendData("\0"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void AppendUtf8(IncrementalHash hash, string text, ref byte[] buffer)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (buffer.Length < max) buffer = new byte[max];
        hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
    }
}
