using Playbook.Markdown;
using Playbook.Markdown.Worksheets;
using Playbook.Model;

namespace Playbook.Tests.Markdown;

public class WorksheetReaderTests
{
    private static (WorksheetData Data, IReadOnlyList<WorksheetProblem> Problems) Read(string markdown) =>
        WorksheetReader.Read(PlaybookMarkdown.Parse(markdown));

    [Fact]
    public void Fields_keep_their_prompt_size_and_section()
    {
        // Given a worksheet with fields under two headings
        var markdown = "## Goals\n\nWhat is the goal? ____\n\n## People\n\n- Who replies? ____ (2 lines)\n";

        // When it is read
        var (data, problems) = Read(markdown);

        // Then each field has its prompt without the blank, its size and its section
        Assert.Empty(problems);
        Assert.Equal([new WorksheetField("What is the goal?", 3, "Goals"), new WorksheetField("Who replies?", 2, "People")], data.Fields);
    }

    [Fact]
    public void Tables_count_the_rows_with_cells_to_fill_in()
    {
        var (data, problems) = Read("| Account | Admins |\n|---|---|\n| Main | Ann |\n| Blog | |\n| | ____ |\n");

        Assert.Empty(problems);
        var table = Assert.Single(data.Tables);
        Assert.Equal(["Account", "Admins"], table.Columns);
        Assert.Equal(2, table.EmptyRows);
    }

    [Theory]
    [InlineData("Who is it for? ____ (0 lines)\n", 1, 21, "'(0 lines)' is not a size a field can have; write a whole number from 1 to 12, e.g. '(4 lines)'")]
    [InlineData("Who is it for? ____ (13 lines)\n", 1, 21, "'(13 lines)' is not a size a field can have; write a whole number from 1 to 12, e.g. '(4 lines)'")]
    [InlineData("Intro.\n\n- Who is it for? ____ (three lines)\n", 3, 23, "'(three lines)' is not a size a field can have; write a whole number from 1 to 12, e.g. '(4 lines)'")]
    public void A_field_size_that_is_not_1_to_12_lines_is_PB0602_at_its_bracket(string markdown, int line, int column, string message)
    {
        var (data, problems) = Read(markdown);

        var problem = Assert.Single(problems);
        Assert.Equal(new WorksheetProblem(line, column, "PB0602", message), problem);
        Assert.Equal(WorksheetReader.DefaultLines, Assert.Single(data.Fields).Lines);
    }

    [Theory]
    [InlineData("Intro.\n\n____\n", 3, 1)]
    [InlineData("Intro.\n\n- ____\n", 3, 3)]
    public void A_line_of_only_underscores_is_PB0603_because_markdown_makes_it_a_rule(string markdown, int line, int column)
    {
        var (_, problems) = Read(markdown + "Who? ____\n");

        Assert.Equal([new WorksheetProblem(line, column, "PB0603",
            "a line of only underscores is a horizontal rule, not a field; write the question before the blank: 'Who is it for? ____'")], problems);
    }

    [Theory]
    [InlineData("Nothing to fill in.\n\n- Not here either.\n")]
    [InlineData("| Account | Admins |\n|---|---|\n| Main | Ann |\n")]
    [InlineData("Only a rule below.\n\n***\n")]
    public void A_worksheet_with_nothing_to_fill_in_is_PB0601(string markdown)
    {
        var (_, problems) = Read(markdown);

        Assert.Equal([new WorksheetProblem(1, 1, "PB0601",
            "this worksheet has nothing to fill in; end a question with a blank ('Who is it for? ____') or leave table cells empty")], problems);
    }

    [Fact]
    public void A_blank_inside_a_sentence_is_something_to_fill_in_but_not_a_field()
    {
        var (data, problems) = Read("The contract runs for ____ months.\n");

        Assert.Empty(problems);
        Assert.Empty(data.Fields);
    }
}
