using System.Buffers;
using System.Diagnostics;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Model;
using Playbook.Templates;

namespace Playbook.Pipeline;

/// <summary>
/// A file of the finished site, in memory: bytes as they are (assets, indexes, laid-out pages) or
/// the text of a page made without a layout (redirects), which is encoded as UTF-8 only when it is
/// written or read.
/// </summary>
public sealed class OutputFile
{
    private readonly byte[]? _bytes;
    private readonly string? _text;

    public OutputFile(string path, byte[] bytes) => (Path, _bytes) = (path, bytes);

    public OutputFile(string path, string text) => (Path, _text) = (path, text);

    public string Path { get; }

    /// <summary>The file's content; a page's text is encoded anew at each call.</summary>
    public byte[] Bytes => _bytes ?? Encoding.UTF8.GetBytes(_text!);

    /// <summary>Whether both hold the same bytes. A page kept by preview's cache is the same string from build to build, which compares at once.</summary>
    public bool SameContent(OutputFile other)
    {
        if (_text is not null && other._text is not null) return string.Equals(_text, other._text, StringComparison.Ordinal);
        if (_bytes is not null && other._bytes is not null) return ReferenceEquals(_bytes, other._bytes) || _bytes.AsSpan().SequenceEqual(other._bytes);
        return Bytes.AsSpan().SequenceEqual(other.Bytes);
    }

    /// <summary>Writes the content to <paramref name="handle"/> through a pooled buffer, not a new array per page.</summary>
    public void WriteTo(SafeFileHandle handle)
    {
        if (_bytes is not null)
        {
            RandomAccess.Write(handle, _bytes, 0);
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(_text!.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(_text, buffer);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>
/// A step's wall time, the processor time the process spent meanwhile (above the wall time when
/// the step runs on several cores) and the bytes it allocated (the GC's work grows with them).
/// </summary>
public sealed record StepTiming(string Pipeline, string Module, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes)
{
    /// <summary>Measures <paramref name="step"/> as a StepTiming.</summary>
    public static async Task<(T Result, StepTiming Timing)> Measure<T>(string pipeline, string module, Func<Task<T>> step)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = await step();
        var elapsed = clock.Elapsed;
        process.Refresh();
        return (result, new StepTiming(pipeline, module, elapsed, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated));
    }
}

/// <summary>What a build produced: its files (only when it succeeded), every diagnostic, and where the time went.</summary>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<StepTiming> Timings,
    TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int PageCount => Pages.Count(p => !p.IsAsset);
}

/// <summary>
/// Runs the pipelines in order over the input and returns the site in memory. Writes nothing
/// itself: it hands the files to <c>filesFinal</c>, when given, as soon as they are final: in
/// batches while the last step of the phase marked <see cref="Pipeline.FilesFinal"/> makes them,
/// when that step works page by page, or all at once after the phase.
/// </summary>
public static class Engine
{
    public static async Task<BuildResult> BuildAsync(IFileSet input, IFileSet theme, BuildOptions options,
        IReadOnlyList<Pipeline> pipelines, TemplateCache? templates = null, Action<string>? progress = null,
        CancellationToken cancel = default, Action<IReadOnlyList<OutputFile>>? filesFinal = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticList();
        var config = ConfigReader.Load(input, diagnostics);
        if (config is null)
            return new BuildResult([], diagnostics.Sorted(), [], [], clock.Elapsed);

        var context = new BuildContext(config, options, input, theme, diagnostics, templates ?? new TemplateCache(theme), cancel);
        context.Templates.BeginBuild();
        var timings = new List<StepTiming>();
        IReadOnlyList<Page> pages = [];
        foreach (var pipeline in pipelines)
        {
            progress?.Invoke(pipeline.Name);
            var streamed = false;
            foreach (var module in pipeline.Modules)
            {
                // Preview drops a build that a newer save has made stale; a build is never stopped halfway through a step's output.
                cancel.ThrowIfCancellationRequested();
                var before = pages;
                // The last step of a phase whose files are then final hands them on as it makes them,
                // so the writes overlap the rest of the build; a build that fails keeps none of them.
                streamed = pipeline.FilesFinal && filesFinal is not null && module == pipeline.Modules[^1] && module is IPerPageModule;
                (pages, var timing) = await StepTiming.Measure(pipeline.Name, module.Name, () => streamed
                    ? Task.FromResult(Stream((IPerPageModule)module, before, context, filesFinal!))
                    : module.ExecuteAsync(before, context));
                timings.Add(timing);
            }
            if (pipeline.FilesFinal && filesFinal is not null && !streamed) filesFinal(Files(pages));
        }

        var sorted = diagnostics.Sorted();
        if (options.Strict) sorted = sorted.Select(d => d.AsError()).ToList();
        var failed = sorted.Any(d => d.Severity == Severity.Error);
        var files = failed ? [] : Files(pages);
        return new BuildResult(files, sorted, pages, timings, clock.Elapsed);
    }

    /// <summary>Pages handed on in batches this large: big enough that a batch is worth a task, small enough to start writing early.</summary>
    private const int WriteBatch = 64;

    /// <summary>Runs <paramref name="module"/>, handing its finished files to <paramref name="filesFinal"/> a batch at a time as they are made.</summary>
    private static IReadOnlyList<Page> Stream(IPerPageModule module, IReadOnlyList<Page> pages, BuildContext context, Action<IReadOnlyList<OutputFile>> filesFinal)
    {
        var batch = new List<OutputFile>(WriteBatch);
        var gate = new Lock();
        void Done(Page page)
        {
            if (!page.IsWritten) return;
            List<OutputFile>? full = null;
            lock (gate)
            {
                batch.Add(File(page));
                if (batch.Count >= WriteBatch) (full, batch) = (batch, new List<OutputFile>(WriteBatch));
            }
            if (full is not null) filesFinal(full);
        }
        var output = module.ExecuteOn(pages, context, static _ => true, Done);
        if (batch.Count > 0) filesFinal(batch);
        return output;
    }

    private static OutputFile File(Page page) => (page.Bytes ?? page.Utf8Html) is { } bytes ? new OutputFile(page.OutputPath, bytes) : new OutputFile(page.OutputPath, page.Html);

    private static List<OutputFile> Files(IReadOnlyList<Page> pages) =>
        pages.Where(p => p.IsWritten)
            .Select(File)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
}
