namespace OpsKnowledge.Web.Hosting;

/// <summary>At most so many requests at work at once; one that cannot get in quickly is turned away instead of queued.</summary>
/// <remarks>Every request holds a rendered page or JSON answer in memory; an unbounded queue of slow clients is unbounded memory.</remarks>
internal sealed class ConcurrencyGate(int slots)
{
    // A short wait smooths bursts without letting a queue build.
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _slots = new(slots, slots);

    public int Slots { get; } = slots;

    /// <summary>True when a slot was taken (release it with <see cref="Leave"/>); false when the server is full.</summary>
    public Task<bool> EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(Wait, cancellationToken);

    public void Leave() => _slots.Release();
}
