using System.Runtime.InteropServices;
using Playbook.Files;

namespace Playbook.Cli;

/// <summary>
/// Sizes the garbage collector's young generation to the playbook. The native binary starts with
/// 8 MB (see Playbook.Cli.csproj), which suits a playbook of a few hundred pages: the memory it
/// allocates in is used again instead of fresh, and on this machine a page of fresh memory costs
/// ~15 us on first write. A larger playbook builds faster with 16 MB: at 1,000 pages 8 MB took
/// 9 gen-0, 6 gen-1 and 5 gen-2 collections and ~19% more time. The runtime reads the setting once,
/// as the process starts, so for a large input the command starts itself again with it (~13 ms).
/// </summary>
public static class YoungGeneration
{
    public const string Setting = "DOTNET_GCgen0size";
    public const string Large = "1000000";

    /// <summary>Markdown files from which an input is large: the two sizes cost the same at about this many.</summary>
    public const int LargeInputPages = 300;

    /// <summary>
    /// Starts this native binary again, with the same arguments and the 16 MB setting, when
    /// <paramref name="inputDir"/> is large and the setting was not given; returns only when it does
    /// not (or cannot) do so. A managed host (tests, <c>dotnet run</c>) is never replaced.
    /// </summary>
    public static void FitTo(string inputDir, string[] args)
    {
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported || !OperatingSystem.IsLinux()) return;
        if (Environment.GetEnvironmentVariable(Setting) is not null || Environment.ProcessPath is not { } self || !IsLarge(inputDir)) return;

        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}")
            .Append($"{Setting}={Large}");
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
    /// Whether <paramref name="inputDir"/> holds more than <see cref="LargeInputPages"/> Markdown files,
    /// counted as the build lists them (a folder it may not read is one path, which the build reports);
    /// it stops listing there (listing all 16,000 pages of a large playbook took ~35 ms).
    /// </summary>
    public static bool IsLarge(string inputDir) =>
        new DiskFileSet(inputDir).InWalkOrder.Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Skip(LargeInputPages).Any();

    /// <summary>UTF-8 copies of <paramref name="values"/>, then the null pointer that ends a C array.</summary>
    private static nint[] Strings(IEnumerable<string> values) => [.. values.Select(Marshal.StringToCoTaskMemUTF8), 0];

    // Pointers and an array of them only, so the call needs no marshalling code.
    [DllImport("libc", EntryPoint = "execve")]
    private static extern int Execve(nint path, nint[] argv, nint[] envp);
}
