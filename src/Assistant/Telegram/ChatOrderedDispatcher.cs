namespace Assistant.Telegram;

/// <summary>
/// Runs work for different chats concurrently (up to a limit) and work for one chat in arrival order,
/// so a slow AI answer for one user does not hold up everyone else, and one user's replies never overtake each other.
/// </summary>
internal sealed class ChatOrderedDispatcher(int maxConcurrency)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, Task> tails = [];
    private readonly SemaphoreSlim slots = new(maxConcurrency, maxConcurrency);

    /// <summary>Queues <paramref name="work"/> behind earlier work for the same key. Work must handle its own exceptions.</summary>
    public void Dispatch(long key, Func<Task> work)
    {
        lock (gate)
        {
            var previous = tails.GetValueOrDefault(key, Task.CompletedTask);
            var next = RunAfterAsync(previous, work);
            tails[key] = next;
            _ = next.ContinueWith(_ =>
            {
                lock (gate)
                {
                    if (tails.TryGetValue(key, out var tail) && tail == next) tails.Remove(key);
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Completes when all work queued so far has finished.</summary>
    public Task DrainAsync()
    {
        lock (gate) return Task.WhenAll(tails.Values);
    }

    private async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        await Task.Yield(); // never run the work inside the caller's lock
        try { await previous; } catch { /* its own failure was already handled and logged */ }
        await slots.WaitAsync();
        try { await work(); }
        finally { slots.Release(); }
    }
}
