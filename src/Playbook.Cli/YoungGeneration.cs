using System.Runtime.InteropServices;
using Playbook.Files;

namespace Playbook.Cli;

/// <summary>
/// Sizes the garbage collector's young generation to the playbook. The native binary starts with
/// a fixed 4 MB per heap and DATAS off (see Playbook.Cli.csproj), which suits a playbook of a few
/// hundred pages: the memory it allocates in is used again instead of fresh, and on this machine
/// a page of fresh memory costs ~15 us on first write. Up to a few thousand pages a fixed 12 MB
/// per heap is faster (1,000 pages: 0.64 s against 0.75 s with 4 MB; 2,000 pages: 1.23 s against
/// 1.56 s with DATAS); beyond that, a fixed 24 MB (4,000 pages: 2.86 s and 353 MB against 3.01 s
/// and 415 MB with DATAS from 16 MB, which 12 MB fixed lost to with 52 gen-0 collections; 16,000
/// pages: 10.0 s and 1.32 GB against 11.2 s and 1.67 GB; 32 MB was no faster, 48 MB slower). The
/// runtime reads these settings once, as the process starts, so for a large input the command
/// starts itself again with them (~13 ms).
/// </summary>
public static class YoungGeneration
{
    /// <summary>The young generation's least budget per heap; given, it also says the size was chosen.</summary>
    public const string Setting = "DOTNET_GCgen0size";

    /// <summary>The young generation's largest budget per heap. The runtime reads only this spelling: with a lower-case 'gen0' it is ignored without a word.</summary>
    public const string MaxBudget = "DOTNET_GCGen0MaxBudget";

    /// <summary>Markdown files from which an input is large: where 8 and 16 MB cost the same with DATAS on; not measured again for 4 and 12 MB.</summary>
    public const int LargeInputPages = 300;

    /// <summary>Markdown files from which the young generation is 24 MB: at 2,000 pages 12 and 24 MB took the same time (1.31 and 1.33 s), at 1,000 pages 12 MB was ahead (0.72 against 0.74 s).</summary>
    public const int VeryLargeInputPages = 2500;

    /// <summary>Settings (environment variables, values in hex as the runtime reads them) for an input of <paramref name="pages"/> Markdown files; none for a small one.</summary>
    public static IReadOnlyList<(string Name, string Value)> SettingsFor(int pages) => pages switch
    {
        <= LargeInputPages => [],
        <= VeryLargeInputPages => Fixed("C00000"),
        _ => Fixed("1800000"),
    };

    /// <summary>A young generation of a fixed size: the least and the largest budget alike (<paramref name="bytes"/> in hex).</summary>
    private static (string Name, string Value)[] Fixed(string bytes) => [(Setting, bytes), (MaxBudget, bytes)];

    /// <summary>
    /// Starts this native binary again, with the same arguments and the settings for the size of
    /// <paramref name="inputDir"/>, when it is large and <see cref="Setting"/> was not given; returns
    /// only when it does not (or cannot) do so. A managed host (tests, <c>dotnet run</c>) is never replaced.
    /// </summary>
    public static void FitTo(string inputDir, string[] args)
    {
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported || !OperatingSystem.IsLinux()) return;
        if (Environment.GetEnvironmentVariable(Setting) is not null || Environment.ProcessPath is not { } self) return;
        var settings = SettingsFor(Pages(inputDir, VeryLargeInputPages + 1));
        if (settings.Count == 0) return;

        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => !settings.Any(s => s.Name == k))
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}")
            .Concat(settings.Select(s => $"{s.Name}={s.Value}"));
        var argv = Strings([self, .. args]);
        var envp = Strings(environment);
        try
        {
            // Returns only if the process could not be replaced; the build then goes on as it is.
            Execve(argv[0], argv, envp);
        }
        finally
        {
            foreach (var s in argv.Concat(envp)) Marshal.FreeCoTaskMem(s);
        }
    }

    /// <summary>
    /// How many Markdown files <paramref name="inputDir"/> holds, counted as the build lists them (a
    /// folder it may not read is one path, which the build reports), up to <paramref name="atMost"/>:
    /// it stops listing there (listing all 16,000 pages of a large playbook took ~35 ms).
    /// </summary>
    public static int Pages(string inputDir, int atMost) =>
        new DiskFileSet(inputDir).InWalkOrder.Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Take(atMost).Count();

    /// <summary>UTF-8 copies of <paramref name="values"/>, then the null pointer that ends a C array.</summary>
    private static nint[] Strings(IEnumerable<string> values) => [.. values.Select(Marshal.StringToCoTaskMemUTF8), 0];

    // Pointers and an array of them only, so the call needs no marshalling code.
    [DllImport("libc", EntryPoint = "execve")]
    private static extern int Execve(nint path, nint[] argv, nint[] envp);
}
