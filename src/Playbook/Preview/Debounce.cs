using System.Threading.Channels;

namespace Playbook.Preview;

/// <summary>
/// Editors save in bursts (a temp file, a rename, a second write; "save all"), so changes are
/// gathered until the folder has been quiet for a moment and then handled as one rebuild.
/// </summary>
public static class Debounce
{
    /// <summary>
    /// An editor's save is a burst of writes and renames a few milliseconds apart, so 30 ms of
    /// quiet ends it; every millisecond here is one more before the page reloads.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    /// <summary>Waits for a first change, then takes every change that follows within <paramref name="quiet"/> of the previous one.</summary>
    public static async Task<IReadOnlyList<T>> NextBatchAsync<T>(ChannelReader<T> changes, TimeSpan quiet, CancellationToken cancel)
    {
        var batch = new List<T> { await changes.ReadAsync(cancel) };
        while (true)
        {
            while (changes.TryRead(out var more)) batch.Add(more);
            using var window = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            window.CancelAfter(quiet);
            try
            {
                if (!await changes.WaitToReadAsync(window.Token)) break;
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                break;
            }
        }
        return batch.Distinct().ToList();
    }
}
