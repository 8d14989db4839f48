using System.Text;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Pipeline;

public class PageTests
{
    [Fact]
    public void A_laid_out_page_is_kept_as_utf8_and_reads_back_as_its_text()
    {
        // Given a page whose body is text, then laid out as UTF-8
        var body = new Page { SourcePath = "a.md", Id = "a", Url = "/a/", Html = "<p>body</p>" };
        var laidOut = body with { Utf8Html = Encoding.UTF8.GetBytes("<main>Café 😀</main>") };

        // Then the laid-out page has HTML, reads as its text, and a new text drops the bytes
        Assert.Null(body.Utf8Html);
        Assert.True(laidOut.HasHtml && laidOut.IsWritten);
        Assert.Equal("<main>Café 😀</main>", laidOut.Html);
        Assert.Null((laidOut with { Html = "<p>again</p>" }).Utf8Html);
        Assert.False(new Page { SourcePath = "", Id = "empty" }.HasHtml);
    }

    [Fact]
    public async Task Every_page_of_the_default_playbook_is_written_from_the_bytes_its_layout_made()
    {
        // Given the default playbook, built
        var result = await TestSite.BuildDefaultAsync();

        // Then each laid-out page's file is its UTF-8, as it is, with no second encoding
        var files = result.Files.ToDictionary(f => f.Path);
        var laidOut = result.Pages.Where(p => p.Utf8Html is not null).ToList();
        Assert.True(laidOut.Count > 60);
        Assert.All(laidOut, p => Assert.Same(p.Utf8Html, files[p.OutputPath].Bytes));
    }
}
