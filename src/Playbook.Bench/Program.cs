using System.Globalization;
using Playbook.Bench;
using Playbook.Diagnostics;
using Playbook.Model;

// Benchmark: the same synthetic playbook built by Playbook and by Hugo, from clean, several
// times each, interleaved so that both tools see the same load on a shared machine.
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.WriteLine(BenchOptions.Usage);
    return 2;
}

var repo = FindRepo();
EnsureTools();
// The binary the README tells authors to run (./playbook): published once per source, then reused.
Console.WriteLine("Finding or publishing the native playbook binary (.ci/playbook-binary.sh)...");
var cli = Measure.Output("bash", Path.Combine(repo, ".ci/playbook-binary.sh")).Trim();
Console.WriteLine($"  {cli}");
if (options.Baseline is { } baselineCli) Console.WriteLine($"  baseline: {baselineCli}");

var configYaml = File.ReadAllText(Path.Combine(repo, "input/playbook.yml"));
var config = ConfigReader.Read(configYaml, new DiagnosticList())
    ?? throw new InvalidOperationException("input/playbook.yml does not parse; run 'playbook check' first");
var css = File.ReadAllText(Path.Combine(repo, "theme/assets/css/site.css"));

// Clean builds without deleting between runs: on an ext4 file system without a journal (this
// machine's), each new file skips, one by one, every inode freed in the last minute, so deleting
// an output before the next run made that run pay for the deletion (1,000 pages: 1.0-1.5 s of
// kernel time in each tool, growing from run to run). Outputs are moved aside instead and
// deleted once every run has been timed.
var aside = new SetAside(Path.Combine(options.WorkDir, ".set-aside"));
var rows = new List<Row>();
foreach (var n in options.Pages)
{
    var root = Path.Combine(options.WorkDir, n.ToString(CultureInfo.InvariantCulture));
    aside.Move(root);
    var pages = Corpus.Generate(n, options.Seed, config);
    var words = pages.Average(p => p.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);
    PlaybookSite.Write(Path.Combine(root, "playbook/input"), configYaml, pages);
    HugoSite.Write(Path.Combine(root, "hugo"), config, pages, css);
    Console.WriteLine($"{n} pages generated in {root} (seed {options.Seed}, {words:0} words a page)");

    var playbookOut = Path.Combine(root, "playbook/output");
    var hugoOut = Path.Combine(root, "hugo/public");
    Sample RunPlaybook(string binary)
    {
        aside.Move(playbookOut);
        return Measure.Run(binary, ["build", "--input", "input", "--output", "output", "--theme", Path.Combine(repo, "theme"), "--strict", "--timings"],
            Path.Combine(root, "playbook"));
    }
    Sample RunHugo()
    {
        aside.Move(hugoOut);
        return Measure.Run("hugo", ["--quiet", "-d", hugoOut], Path.Combine(root, "hugo"));
    }

    // One untimed run each, so both read their input from the same warm file cache.
    RunPlaybook(cli);
    if (options.Baseline is { } warm) RunPlaybook(warm);
    RunHugo();
    var playbook = new List<Sample>();
    var baseline = new List<Sample>();
    var hugo = new List<Sample>();
    for (var run = 1; run <= options.Runs; run++)
    {
        playbook.Add(RunPlaybook(cli));
        if (options.Baseline is { } earlier) baseline.Add(RunPlaybook(earlier));
        hugo.Add(RunHugo());
        var others = baseline.Count > 0 ? $", baseline {baseline[^1].Wall.TotalSeconds:0.00} s" : "";
        Console.WriteLine($"  run {run}: playbook {playbook[^1].Wall.TotalSeconds:0.00} s{others}, hugo {hugo[^1].Wall.TotalSeconds:0.00} s");
    }
    rows.Add(new Row(n, "playbook", playbook));
    if (baseline.Count > 0) rows.Add(new Row(n, "baseline", baseline));
    rows.Add(new Row(n, "hugo", hugo));

    if (options.Timings)
    {
        var median = playbook.OrderBy(s => s.Wall).ElementAt(playbook.Count / 2);
        Console.WriteLine($"  Playbook's steps in its median run at {n} pages:");
        Console.Write(median.Stdout);
    }
}

aside.DeleteAll();

Console.WriteLine();
Console.WriteLine($"| pages | tool | min (s) | median (s) | CPU median (s) | peak memory (MB) | Playbook/Hugo (median) | Playbook/Hugo (peak memory) |");
Console.WriteLine($"|---:|---|---:|---:|---:|---:|---:|---:|");
foreach (var group in rows.GroupBy(r => r.Pages))
{
    var hugo = group.Single(r => r.Tool == "hugo");
    string Ratio(Row row, double value, double hugoValue) => row.Tool != "hugo" ? (value / hugoValue).ToString("0.00", CultureInfo.InvariantCulture) : "";
    foreach (var row in group)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {row.Pages} | {row.Tool} | {row.Min:0.00} | {row.Median:0.00} | {row.CpuMedian:0.00} | {row.PeakMb:0} | {Ratio(row, row.Median, hugo.Median)} | {Ratio(row, row.PeakMb, hugo.PeakMb)} |"));
}
return 0;

static string FindRepo()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Playbook.sln"))) return dir.FullName;
    throw new InvalidOperationException("run the benchmark from inside the Playbook repository");
}

// A fresh machine lacks Hugo and GNU time; both come from the OS packages (Debian: hugo, time).
static void EnsureTools()
{
    if (Measure.OnPath("hugo") && File.Exists(Measure.TimeTool)) return;
    Console.WriteLine("Installing hugo and time from the OS packages...");
    var root = Environment.UserName == "root";
    string[] update = ["apt-get", "update", "-qq"];
    string[] install = ["apt-get", "install", "-y", "-qq", "hugo", "time"];
    if (root) { Measure.Exec(update[0], update[1..]); Measure.Exec(install[0], install[1..]); }
    else { Measure.Exec("sudo", update); Measure.Exec("sudo", install); }
}

internal sealed record Row(int Pages, string Tool, IReadOnlyList<Sample> Samples)
{
    public double Min => Samples.Min(s => s.Wall.TotalSeconds);
    public double Median => MedianOf(Samples.Select(s => s.Wall.TotalSeconds));
    public double CpuMedian => MedianOf(Samples.Select(s => s.CpuSeconds));
    public double PeakMb => Samples.Max(s => s.PeakKb) / 1024.0;

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
