using System.Text;
using Playbook.Diagnostics;
using Playbook.Files;

namespace Playbook.Assets;

/// <summary>
/// The theme's stylesheets and scripts as they are published: minified, so every page carries
/// fewer bytes. A file the minifier cannot read is published as written, with warning PB0404 at
/// the place it stopped, rather than failing a build over a theme author's unusual syntax.
/// </summary>
public static class MinifyThemeAsset
{
    public const string RuleId = "PB0404";

    public static byte[] Run(string path, byte[] bytes, string file, Action<Diagnostic> report)
    {
        var minify = path.EndsWith(".css", StringComparison.Ordinal) ? MinifyCss.Run
            : path.EndsWith(".js", StringComparison.Ordinal) ? MinifyJs.Run
            : (Func<string, AssetResult>?)null;
        if (minify is null) return bytes;
        string text;
        try
        {
            text = Utf8Text.Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Decoding would put replacement characters where the bytes were: publish them untouched.
            var (line, column) = Utf8Text.LineOfByte(bytes, e.Index);
            report(Diagnostic.Warning(file, line, column, RuleId, $"invalid UTF-8 at byte offset {e.Index}, so this file is published without minifying"));
            return bytes;
        }
        var result = minify(text);
        if (result.Problem is null) return Encoding.UTF8.GetBytes(result.Text);
        report(Diagnostic.Warning(file, result.Line, result.Column, RuleId, $"{result.Problem}, so this file is published without minifying"));
        return bytes;
    }
}
