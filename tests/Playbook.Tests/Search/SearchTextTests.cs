using Playbook.Search;

namespace Playbook.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Outsourcing Agreement", "outsourcing agreement")]
    [InlineData("The client's KPIs—and ROI!", "the clients kpis and roi")]
    [InlineData("Café über naïve", "cafe uber naive")]
    [InlineData("in-house / e-mail", "in house inhouse mail email")]
    [InlineData("A 3 step plan, 2026", "step plan 2026")]
    [InlineData("<img src=x onerror=alert(1)>", "img src onerror alert")]
    public void Words_are_lower_case_without_accents_split_on_anything_but_letters_and_digits_and_compounds_also_joined(string text, string expected)
    {
        // When text is split into words
        var words = SearchText.Words(text);

        // Then they are folded, apostrophes join, and one-letter words are dropped
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Theory]
    [InlineData("a follow-up call", "follow up followup call")]
    [InlineData("follow\u2011ups", "follow ups followups")]
    [InlineData("end-to-end", "end to end endtoend")]
    [InlineData("hand-over -- done", "hand over handover done")]
    [InlineData("follow- up", "follow up")]
    [InlineData("2026-11-23, days 1-3", "2026 11 23 days")]
    public void A_hyphenated_compound_gives_its_parts_and_then_the_parts_joined_but_dates_and_ranges_stay_apart(string text, string expected)
    {
        // When text with hyphens is split into words
        var words = SearchText.Words(text);

        // Then "follow-up" is also "followup", so either spelling meets the other; a lone or double hyphen only separates
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Fact]
    public void A_question_keeps_only_its_content_words()
    {
        // When a question becomes index terms
        var terms = SearchText.Terms("How do I end our outsourcing contract, and should we?");

        // Then the words questions are built with are stop words
        Assert.Equal(["end", "outsourcing", "contract"], terms);
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
