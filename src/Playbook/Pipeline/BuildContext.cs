using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Model;
using Playbook.Templates;

namespace Playbook.Pipeline;

/// <summary>What every module of one build shares: read-only settings and the diagnostics list.</summary>
public sealed class BuildContext(PlaybookConfig config, BuildOptions options, IFileSet input, IFileSet theme, DiagnosticList diagnostics, TemplateCache templates,
    CancellationToken cancel = default)
{
    public PlaybookConfig Config { get; } = config;
    public BuildOptions Options { get; } = options;
    public IFileSet Input { get; } = input;
    public IFileSet Theme { get; } = theme;
    public DiagnosticList Diagnostics { get; } = diagnostics;
    public TemplateCache Templates { get; } = templates;

    /// <summary>Set when preview no longer needs this build (a newer save came in); steps over many pages stop early.</summary>
    public CancellationToken Cancel { get; } = cancel;

    /// <summary>For steps that run over pages in parallel: they stop when the build is no longer needed.</summary>
    public ParallelOptions Parallelism => new() { CancellationToken = Cancel };

    /// <summary>The site's base URL: the command line's, or playbook.yml's.</summary>
    public string BaseUrl => (Options.BaseUrl ?? Config.Site.BaseUrl).TrimEnd('/') + "/";

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);
}
