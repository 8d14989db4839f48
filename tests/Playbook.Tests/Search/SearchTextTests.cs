using Playbook.Search;

namespace Playbook.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Outsourcing Agreement", "outsourcing agreement")]
    [InlineData("The client's KPIs—and ROI!", "the clients kpis and roi")]
    [InlineData("Café über naïve", "cafe uber naive")]
    [InlineData("in-house / e-mail", "in house mail")]
    [InlineData("A 3 step plan, 2026", "step plan 2026")]
    [InlineData("<img src=x onerror=alert(1)>", "img src onerror alert")]
    public void Words_are_lower_case_without_accents_split_on_anything_but_letters_and_digits(string text, string expected)
    {
        // When text is split into words
        var words = SearchText.Words(text);

        // Then they are folded, apostrophes join, and one-letter words are dropped
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Fact]
    public void Terms_leave_out_stop_words_and_fold_plurals()
    {
        // When text becomes index terms
        var terms = SearchText.Terms("The agreements of the policies");

        // Then stop words are gone and plurals meet their singulars
        Assert.Equal(["agreement", "policy"], terms);
    }

    [Theory]
    [InlineData("agreements", "agreement")]
    [InlineData("policies", "policy")]
    [InlineData("processes", "processe")]
    [InlineData("kpis", "kpi")]
    [InlineData("status", "status")]
    [InlineData("business", "business")]
    [InlineData("toes", "toe")]
    [InlineData("gas", "gas")]
    [InlineData("handover", "handover")]
    public void The_stemmer_folds_only_plurals(string word, string stem)
    {
        Assert.Equal(stem, Stemmer.Stem(word));
    }
}
