using System.Net;
using System.Text;
using Playbook.Diagnostics;

namespace Playbook.Cli.Preview;

/// <summary>
/// What only the preview server adds to the site: the reload script, its tag in every HTML
/// response, and the page that lists a failed build's diagnostics. None of it is ever part of
/// the build's output.
/// </summary>
public static class PreviewAssets
{
    public const string Prefix = "/__playbook/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "reload.js";
    public const string OverlayCssPath = Prefix + "overlay.css";

    // The page knows the revision it was served at (the script's ?v=) and tells the stream which
    // page it is; any other revision announced, on connect or later, means the page is stale.
    // EventSource reconnects by itself when the server restarts.
    public const string Script = """
        "use strict";
        (() => {
          const served = new URL(document.currentScript.src).searchParams.get("v");
          const events = new EventSource("/__playbook/events?path=" + encodeURIComponent(location.pathname));
          const check = (event) => { if (event.data !== served) location.reload(); };
          events.addEventListener("version", check);
          events.addEventListener("reload", check);
        })();
        """;

    public const string OverlayCss = """
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #2b0d0d; color: #fbe9e9; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
        h1 { margin-top: 0; font-size: 1.5rem; }
        li { margin: 0 0 1rem; }
        code { display: block; color: #ffd2a6; font: 0.95rem/1.4 ui-monospace, monospace; }
        .error { color: #ff8a8a; font-weight: 600; }
        .warning { color: #ffd36e; font-weight: 600; }
        """;

    /// <param name="revision">The snapshot in which the page last changed (see <see cref="LiveSite.Snapshot.RevisionOf"/>).</param>
    public static string ScriptTag(int revision) => $"<script src=\"{ScriptPath}?v={revision}\" defer></script>";

    /// <summary>Adds the reload script to a page: in its head, or at the end when it has none.</summary>
    public static byte[] InjectReload(byte[] html, int revision)
    {
        var text = Encoding.UTF8.GetString(html);
        var head = text.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var tag = ScriptTag(revision);
        return Encoding.UTF8.GetBytes(head < 0 ? text + tag : text.Insert(head, tag));
    }

    /// <summary>The page shown instead of any page while the build is failing; every value is HTML-escaped.</summary>
    public static byte[] Overlay(IReadOnlyList<Diagnostic> problems, int version, Func<string, string> displayPath)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Build failed · Playbook preview</title>\n")
            .Append($"<link rel=\"stylesheet\" href=\"{OverlayCssPath}\">\n")
            .Append(ScriptTag(version)).Append('\n')
            .Append("</head>\n<body>\n<main>\n<h1>The build failed</h1>\n")
            .Append("<p>Fix the problems below and save; this page reloads by itself once the site builds.</p>\n<ol class=\"diagnostics\">\n");
        foreach (var d in problems.OrderBy(d => d.Severity == Severity.Error ? 0 : 1))
        {
            var level = d.Severity == Severity.Error ? "error" : "warning";
            var file = displayPath(d.File);
            var where = d.Line > 0 ? $"{file}({d.Line},{Math.Max(d.Column, 1)})" : file;
            html.Append("<li><code>").Append(WebUtility.HtmlEncode(where)).Append("</code>")
                .Append($"<span class=\"{level}\">{level} {WebUtility.HtmlEncode(d.RuleId)}</span>: ")
                .Append(WebUtility.HtmlEncode(d.Message)).Append("</li>\n");
        }
        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
