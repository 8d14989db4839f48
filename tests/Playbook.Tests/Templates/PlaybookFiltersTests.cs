using Playbook.Templates;

namespace Playbook.Tests.Templates;

public class PlaybookFiltersTests
{
    [Theory]
    [InlineData("2026-11-23", "23 November 2026")]
    [InlineData("not a date", "not a date")]
    [InlineData(null, "")]
    public void Long_date_writes_the_day_month_and_year(string? input, string expected) =>
        Assert.Equal(expected, PlaybookFilters.LongDate(input));

    [Theory]
    [InlineData(1, "1 page")]
    [InlineData(3, "3 pages")]
    [InlineData(0, "0 pages")]
    public void Count_label_agrees_with_the_number(int count, string expected) =>
        Assert.Equal(expected, PlaybookFilters.CountLabel(count, "page"));
}
