using System.Globalization;

namespace Playbook.Bench;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchOptions(IReadOnlyList<int> Pages, int Runs, int Seed, string WorkDir, bool Timings, string? Baseline = null)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project src/Playbook.Bench -- [options]

          --pages <n[,n...]>   Pages in the synthetic playbook; several sizes run one after another (default: 4000)
          --runs <n>           Timed clean builds of each tool per size, after one untimed warm-up (default: 5)
          --seed <n>           Seed of the generated corpus (default: 42)
          --work <dir>         Where corpora and outputs go (default: <temp>/playbook-bench)
          --timings            Also print Playbook's per-step timings of its median run
          --baseline <binary>  Also time another playbook binary (an earlier commit's), interleaved with
                               the other two, so a change is compared with what it changed in one run
        """;

    /// <summary>Null when the arguments are not understood (the caller prints the usage).</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions([4000], 5, 42, Path.Combine(Path.GetTempPath(), "playbook-bench"), false);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : "";
            switch (args[i])
            {
                case "--pages":
                    var sizes = Value().Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
                    if (sizes.Any(n => n < 10)) return null;
                    options = options with { Pages = sizes };
                    break;
                case "--runs":
                    if (!int.TryParse(Value(), out var runs) || runs < 1) return null;
                    options = options with { Runs = runs };
                    break;
                case "--seed":
                    if (!int.TryParse(Value(), out var seed)) return null;
                    options = options with { Seed = seed };
                    break;
                case "--work":
                    options = options with { WorkDir = Path.GetFullPath(Value()) };
                    break;
                case "--timings":
                    options = options with { Timings = true };
                    break;
                case "--baseline":
                    var baseline = Value();
                    if (!File.Exists(baseline)) return null;
                    options = options with { Baseline = Path.GetFullPath(baseline) };
                    break;
                default:
                    return null;
            }
        }
        return options;
    }
}
