using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>
/// One entry of a dossier's append-only history (LIFE-11): its sequence number, the instant, who
/// did it, the status after it, and, in each derived type, the details. A host stores these and
/// gives them back to <see cref="Dossier.Rehydrate(ExamSession, IEnumerable{DossierEvent})"/>.
/// </summary>
/// <remarks>This type and all its derived types are immutable.</remarks>
public abstract record DossierEvent
{
    private protected DossierEvent(long sequence, Instant at, Actor actor, DossierStatus status)
    {
        Preconditions.CheckArgument(sequence > 0, nameof(sequence), "Sequence numbers start at 1.");
        Sequence = sequence;
        At = at;
        Actor = Required(actor, sequence, nameof(Actor));
        Status = status;
    }

    /// <summary>The position of the event in the history, from 1; also the dossier's version after it.</summary>
    public long Sequence { get; init; }

    /// <summary>When it happened.</summary>
    public Instant At { get; init; }

    /// <summary>Who did it.</summary>
    public Actor Actor { get; init; }

    /// <summary>The dossier's status after the event.</summary>
    public DossierStatus Status { get; init; }

    /// <summary>What happened, in French, for the history shown to candidates and staff.</summary>
    /// <param name="session">The dossier's session, for the labels of its pieces.</param>
    /// <returns>One French sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public string Describe(ExamSession session) => DescribeIn(Preconditions.CheckNotNull(session, nameof(session)));

    /// <summary>What happened, in French, once the session is known not to be null.</summary>
    private protected abstract string DescribeIn(ExamSession session);

    /// <summary>
    /// What makes the event unfit for a history, as the end of a sentence that starts with "the
    /// event numbered N" (for example "has no actor"); null when it is fit. The constructors
    /// refuse these faults; a <c>with</c> expression or a host's own reader can still bring them.
    /// </summary>
    internal virtual string? Fault() =>
        Actor is null ? "has no actor"
        : !SupportedRange.Contains(At) ? $"is dated outside {SupportedRange.MinInstant} to {SupportedRange.MaxInstant}"
        : null;

    /// <summary>A content that an event needs, or an <see cref="ArgumentNullException"/> that names the event's sequence.</summary>
    private protected static T Required<T>(T? value, long sequence, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name, $"The event numbered {sequence} has no {name}.");

    /// <summary>The state after this event, from the state before it (null before the first event).</summary>
    internal DossierSnapshot ApplyTo(DossierSnapshot? state)
    {
        var next = Evolve(state);
        return next with
        {
            Version = Sequence,
            UpdatedAt = At,
            Status = Status,
            StatusSince = state is null || state.Status != Status ? At : state.StatusSince,
        };
    }

    /// <summary>The event's own effect on the state; the common fields are set by <see cref="ApplyTo"/>.</summary>
    private protected abstract DossierSnapshot Evolve(DossierSnapshot? state);

    /// <summary>The label of a piece of the session, or its code if the session does not list it.</summary>
    private protected static string LabelOf(ExamSession session, Pieces.PieceCode code) => session.LabelOf(code);

    /// <summary>Free text typed by staff, to stand inside a one-line sentence: white space folded, without its final full stop.</summary>
    private protected static string Fragment(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ';', '!', '…').TrimEnd();
}
