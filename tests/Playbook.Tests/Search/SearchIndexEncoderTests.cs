using System.Text;
using Playbook.Search;

namespace Playbook.Tests.Search;

public class SearchIndexEncoderTests
{
    private static readonly IReadOnlyList<Facet> Stages = [new("tactical", "Tactical"), new("strategic", "Strategic")];

    private static SearchDocument Doc(string url, string title, string body, string kind = "article", params string[] stages) =>
        new(url, title, "", kind, stages, [], [new Section("", "", body)]);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(31, "V")]
    [InlineData(32, "X0")]
    [InlineData(1000, "_8")]
    [InlineData(40000, "XdY0")]
    public void Varints_take_five_bits_a_character_most_significant_first(int value, string expected)
    {
        var sb = new StringBuilder();
        Digits.AppendVarint(sb, value);
        Assert.Equal(expected, sb.ToString());
    }

    [Fact]
    public void Postings_round_trip_through_their_text_form()
    {
        // Given postings with small and large gaps and every weight
        var postings = Enumerable.Range(0, 64).Select(i => new Posting(i * i * 37, i == 0 ? 1 : i)).ToList();

        // When they are encoded and decoded
        var decoded = ReferenceSearch.Decode(SearchIndexEncoder.Postings(postings));

        // Then nothing is lost
        Assert.Equal(postings, decoded);
    }

    [Fact]
    public void An_encoded_index_reads_back_as_the_same_terms_documents_and_facets()
    {
        // Given an index of three pages
        var index = SearchIndexBuilder.Build(
        [
            Doc("/b/", "Retainer fees", "How to price a retainer.", "checklist", "strategic"),
            Doc("/a/", "Handover", "Handing over a retainer.", "article", "tactical", "strategic"),
            Doc("/c/", "Zebra", "Nothing else.", "guide"),
        ], Stages);

        // When it is encoded into files and read back
        var files = SearchIndexEncoder.Encode(index);
        var search = ReferenceSearch.From(new Playbook.Pipeline.BuildResult(
            files.Select(f => new Playbook.Pipeline.OutputFile("search/" + f.Path, f.Bytes)).ToList(), [], [], [], TimeSpan.Zero));

        // Then every term comes back with its postings, pages come back in URL order, and facets decode
        Assert.Equal(index.Terms.Select(t => (t.Term, string.Join(",", t.Postings))), search.Terms().Select(t => (t.Term, string.Join(",", t.Postings))));
        Assert.Equal(["/a/", "/b/", "/c/"], Enumerable.Range(0, 3).Select(i => search.Document(i).GetProperty("url").GetString()));
        var (width, facets) = SearchIndexEncoder.Facets(index);
        var codes = Enumerable.Range(0, 3).Select(i => Digits.Value(facets[i * width])).ToList();
        Assert.Equal([(0 << 2) | 0b11, (1 << 2) | 0b10, (2 << 2) | 0b00], codes);
    }

    [Fact]
    public void Result_files_hold_a_fixed_number_of_pages_each_and_the_last_holds_the_rest()
    {
        // Given an index of more pages than fit in two result files
        var count = SearchIndexEncoder.DocsPerFile * 2 + 3;
        var index = SearchIndexBuilder.Build(
            Enumerable.Range(0, count).Select(i => Doc($"/p{i:D3}/", $"Page {i}", "Some words.")).ToList(), Stages);

        // When it is encoded
        var files = SearchIndexEncoder.Encode(index);
        var search = ReferenceSearch.From(new Playbook.Pipeline.BuildResult(
            files.Select(f => new Playbook.Pipeline.OutputFile("search/" + f.Path, f.Bytes)).ToList(), [], [], [], TimeSpan.Zero));

        // Then there are three result files, full but for the last, and every page is found where the manifest says
        var docFiles = files.Where(f => f.Path.StartsWith("docs/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, docFiles.Count);
        Assert.Equal(SearchIndexEncoder.DocsPerFile, search.Manifest.GetProperty("docsPerFile").GetInt32());
        Assert.Equal(
            Enumerable.Range(0, count).Select(i => $"/p{i:D3}/"),
            Enumerable.Range(0, count).Select(i => search.Document(i).GetProperty("url").GetString()));
        Assert.Equal(3, search.Json(docFiles[2].Path).GetArrayLength());
    }

    [Fact]
    public void Shard_and_document_files_have_content_hashed_names_and_the_manifest_a_stable_one()
    {
        // Given the same pages indexed twice, and once with one word changed
        SearchDocument[] Pages(string word) => [Doc("/a/", "Alpha", "Common words here."), Doc("/b/", "Beta", word)];
        var first = SearchIndexEncoder.Encode(SearchIndexBuilder.Build(Pages("zebra"), Stages));
        var again = SearchIndexEncoder.Encode(SearchIndexBuilder.Build(Pages("zebra"), Stages));
        var changed = SearchIndexEncoder.Encode(SearchIndexBuilder.Build(Pages("zephyr"), Stages));

        // Then the output is byte-identical when nothing changed
        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), again.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
        // And a change renames only the shard it touches (and the documents), never the manifest
        var renamed = first.Select(f => f.Path).Except(changed.Select(f => f.Path)).ToList();
        Assert.Contains(renamed, p => p.StartsWith("shards/ze.", StringComparison.Ordinal));
        Assert.DoesNotContain(renamed, p => p.StartsWith("shards/co.", StringComparison.Ordinal));
        Assert.Contains(changed, f => f.Path == "manifest.json");
    }

    [Fact]
    public void A_long_section_is_cut_at_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));
        var excerpt = SearchIndexEncoder.Excerpt(text, 300);
        Assert.True(excerpt.Length <= 301);
        Assert.EndsWith("word…", excerpt);
    }

    [Theory]
    [InlineData(new[] { 100, 200, 300 }, 1000, int.MaxValue)]
    [InlineData(new[] { 100, 2000, 3000 }, 1000, 450)]
    [InlineData(new[] { 900, 900 }, 1000, 500)]
    public void A_page_over_its_text_budget_keeps_its_short_parts_whole_and_cuts_the_long_ones_to_one_length(int[] lengths, int budget, int cap)
    {
        // When a page's parts are fitted into its share of the snippet text
        // Then parts shorter than an even share stay whole and the rest share what is left
        Assert.Equal(cap, SearchIndexEncoder.PartChars(lengths, budget));
    }

    [Fact]
    public void A_large_shard_is_cut_by_one_more_letter_and_short_terms_keep_their_own_key()
    {
        // Given many pages with many terms starting "da", and the term "da" itself
        var pages = Enumerable.Range(0, 400).Select(i => Doc($"/p{i:000}/", $"Page {i}", $"da darado{i % 50} damain{i % 7} zebra")).ToList();
        var index = SearchIndexBuilder.Build(pages, Stages);

        // When it is cut into shards of at most 1,000 characters
        var keys = SearchIndexEncoder.Shards(index.Terms, 1000).Select(g => g.Key).ToList();

        // Then "da" has its own small shard and the rest of "da…" is split by three letters (and more where still large), while "ze" stays whole
        Assert.Contains("da", keys);
        Assert.Contains("dam", keys);
        Assert.Contains(keys, k => k.StartsWith("dar", StringComparison.Ordinal));
        Assert.Contains("ze", keys);
        Assert.DoesNotContain("zeb", keys);
    }
}
