using System.Threading.Channels;
using Playbook.Preview;

namespace Playbook.Tests.Preview;

public class DebounceTests
{
    [Fact]
    public async Task A_burst_of_saves_becomes_one_batch_with_each_file_once()
    {
        // Given an editor that wrote a file twice and another file once in one burst
        var changes = Channel.CreateUnbounded<SiteChange>();
        changes.Writer.TryWrite(new SiteChange(SiteArea.Input, "a.md"));
        changes.Writer.TryWrite(new SiteChange(SiteArea.Input, "b.md"));
        changes.Writer.TryWrite(new SiteChange(SiteArea.Input, "a.md"));

        // When the next batch is taken
        var batch = await Debounce.NextBatchAsync(changes.Reader, Debounce.Quiet, CancellationToken.None);

        // Then it holds both files, once each, in the order they were first saved
        Assert.Equal([new SiteChange(SiteArea.Input, "a.md"), new SiteChange(SiteArea.Input, "b.md")], batch);
    }

    [Fact]
    public async Task A_change_that_arrives_after_the_quiet_period_starts_the_next_batch()
    {
        // Given one save, and a second one held back until the first batch has been taken
        var changes = Channel.CreateUnbounded<SiteChange>();
        changes.Writer.TryWrite(new SiteChange(SiteArea.Input, "a.md"));

        // When batches are taken
        var first = await Debounce.NextBatchAsync(changes.Reader, Debounce.Quiet, CancellationToken.None);
        changes.Writer.TryWrite(new SiteChange(SiteArea.Theme, "layouts/base.liquid"));
        var second = await Debounce.NextBatchAsync(changes.Reader, Debounce.Quiet, CancellationToken.None);

        // Then each save is in its own batch
        Assert.Equal("a.md", Assert.Single(first).Path);
        Assert.Equal("layouts/base.liquid", Assert.Single(second).Path);
    }
}
