using System.Diagnostics;
using System.Globalization;

namespace Playbook.Bench;

/// <summary>One timed run of a command: wall time, CPU time, peak resident memory, and what it printed.</summary>
public sealed record Sample(TimeSpan Wall, double CpuSeconds, long PeakKb, string Stdout);

/// <summary>
/// Runs a command under <c>/usr/bin/time</c>, which reports the peak resident set size (VmHWM) and
/// CPU time of the process once it has exited, so nothing is missed between two polls.
/// </summary>
public static class Measure
{
    public const string TimeTool = "/usr/bin/time";

    public static Sample Run(string fileName, IReadOnlyList<string> args, string workingDir)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo(TimeTool)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-f", "%M %U %S", "-o", report, fileName }.Concat(args)) start.ArgumentList.Add(a);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed with exit code {process.ExitCode}:\n{stdout.Result}{stderr.Result}");

        // The last line holds the format; earlier lines may be the tool's own notes.
        var fields = File.ReadAllLines(report).Last().Split(' ');
        File.Delete(report);
        var cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
        return new Sample(wall, cpu, long.Parse(fields[0], CultureInfo.InvariantCulture), stdout.Result);
    }

    /// <summary>Runs a setup command (a build, an install) and fails loudly with its output when it fails.</summary>
    public static void Exec(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', args)}' failed with exit code {process.ExitCode}");
    }

    /// <summary>Runs a setup command and returns what it printed; its progress notes go to the console as they come.</summary>
    public static string Output(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', args)}' failed with exit code {process.ExitCode}");
        return stdout;
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}
