using System.Text.RegularExpressions;
using Playbook.Tests.Support;

namespace Playbook.Tests.Architecture;

/// <summary>
/// The folders of src/Playbook depend on each other in one direction only (the README's layout
/// section lists the graph), and the build's steps know nothing of preview's cache.
/// </summary>
public partial class FolderDependencyTests
{
    private static readonly string Library = Path.Combine(TestSite.RepoRoot, "src", "Playbook");

    [Fact]
    public void No_folder_of_the_library_depends_on_itself_through_others()
    {
        // Given what each folder names of the others (using directives and qualified names)
        var graph = Graph();

        // When it is walked depth first
        var cycles = new List<string>();
        var state = new Dictionary<string, int>();
        void Visit(string folder, List<string> path)
        {
            if (state.GetValueOrDefault(folder) == 1) { cycles.Add(string.Join(" -> ", path.SkipWhile(f => f != folder).Append(folder))); return; }
            if (state.GetValueOrDefault(folder) == 2) return;
            state[folder] = 1;
            foreach (var next in graph.GetValueOrDefault(folder, [])) Visit(next, [.. path, folder]);
            state[folder] = 2;
        }
        foreach (var folder in graph.Keys) Visit(folder, []);

        // Then no path comes back to where it started (and the walk did see the build's steps use the engine)
        Assert.Empty(cycles);
        Assert.Contains("Pipeline", graph["Modules"]);
    }

    [Fact]
    public void Only_preview_knows_its_cache()
    {
        // Given every source file of the library outside Preview/
        var files = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && Folder(f) != "Preview");

        // Then none of them names preview, its cache or its layer
        Assert.Empty(files.Where(f => PreviewNames().IsMatch(Code(File.ReadAllText(f)))).Select(f => Path.GetRelativePath(Library, f)));
    }

    private static Dictionary<string, HashSet<string>> Graph()
    {
        var folders = Directory.EnumerateDirectories(Library).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => folders.Contains(Folder(f))).ToDictionary(f => f, f => Code(File.ReadAllText(f)));
        // A name like Templates.StageView is a folder only when that folder declares the type (Html.Length is a property).
        var declared = files.SelectMany(f => Declared().Matches(f.Value).Select(m => (Folder(f.Key), m.Groups["type"].Value))).ToHashSet();
        var graph = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var (file, code) in files)
        {
            var folder = Folder(file);
            foreach (Match m in Named().Matches(code))
            {
                var named = m.Groups["folder"].Value;
                var qualified = m.Groups["type"].Success;
                if (named != folder && folders.Contains(named) && (!qualified || declared.Contains((named, m.Groups["type"].Value))))
                    graph[folder].Add(named);
            }
        }
        return graph;
    }

    private static string Folder(string file) => Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar)[0];

    private static bool IsBuildOutput(string file) => Folder(file) is "bin" or "obj";

    /// <summary>The code without comments and string literals, where a folder's name is only prose.</summary>
    private static string Code(string source) => Comments().Replace(source, "");

    [GeneratedRegex(@"//[^\n]*|""(?:\\.|[^""\\\n])*""")]
    private static partial Regex Comments();

    [GeneratedRegex(@"\busing\s+Playbook\.(?<folder>\w+)|\bPlaybook\.(?<folder>\w+)\.|(?<![\w.])(?<folder>[A-Z]\w*)\.(?<type>[A-Z]\w*)")]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum|delegate\s+\S+)\s+(?<type>[A-Z]\w*)")]
    private static partial Regex Declared();

    [GeneratedRegex(@"\bRenderCache\b|\bCacheLayer\b|\bIncrementalBuilder\b|Playbook\.Preview\b|\bPreview\.[A-Z]")]
    private static partial Regex PreviewNames();
}
