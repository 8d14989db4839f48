using Playbook.Model;

namespace Playbook.Tests.Model;

public class SuggestTests
{
    [Fact]
    public void A_close_name_is_suggested() =>
        Assert.Equal("; did you mean 'strategic'?", Suggest.DidYouMean("stratgic", ["strategic", "tactical"]));

    [Fact]
    public void A_short_list_is_given_whole_when_nothing_is_close() =>
        Assert.Equal("; expected one of: strategic, tactical", Suggest.DidYouMean("zzzzzzzz", ["strategic", "tactical"]));

    [Fact]
    public void From_thousands_of_page_ids_only_the_nearest_few_are_named()
    {
        // Given the ids of a large site, none close to the one asked for
        var ids = Enumerable.Range(0, 4000).Select(i => $"article-{i:00000}").Append("pricing-guide").ToList();
        // When a suggestion is made
        var message = Suggest.DidYouMean("pricing-model-v2", ids);
        // Then the message names the count and three nearest ids, not all 4,001
        Assert.StartsWith("; none of the 4001 is close, the nearest are: pricing-guide, ", message);
        Assert.Equal(3, message.Split(':')[1].Split(',').Length);
    }
}
