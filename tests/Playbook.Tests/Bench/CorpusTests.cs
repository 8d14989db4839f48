using Playbook.Bench;
using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Bench;

public class CorpusTests
{
    private static readonly string ConfigYaml = File.ReadAllText(Path.Combine(TestSite.RepoRoot, "input/playbook.yml"));
    private static readonly PlaybookConfig Config = ConfigReader.Read(ConfigYaml, new DiagnosticList())!;

    [Fact]
    public async Task Generated_corpus_builds_strictly_without_a_diagnostic()
    {
        // Given a small benchmark corpus: its cross-links, anchors, stages, phases and tags must all be valid,
        // or the benchmark would time a failing build
        var files = PlaybookSite.Files(ConfigYaml, Corpus.Generate(60, seed: 7, Config)).ToDictionary(f => f.Path, f => f.Text);

        // When it is built with every check on
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(files), TestSite.Theme,
            new BuildOptions { Today = TestSite.Today, Strict = true }, Pipelines.Default());

        // Then nothing is reported and every page is built
        Assert.Empty(result.Diagnostics);
        Assert.Equal(60 + Config.Stages.Count + 3, result.Pages.Count(p => p.Source.Length > 0));
    }

    [Fact]
    public void Same_seed_gives_the_same_corpus_and_another_seed_another()
    {
        // Given two corpora from one seed and one from another
        string Text(int seed) => string.Join('\n', Corpus.Generate(30, seed, Config).Select(p => p.Id + p.Title + p.Body));

        // Then the first two are identical, the third is not
        Assert.Equal(Text(1), Text(1));
        Assert.NotEqual(Text(1), Text(2));
    }
}
