namespace Cdg.Inscription.Dossiers;

/// <summary>
/// Who gives a command, as the history records it: the candidate, or a named member of the CDG's
/// staff (LIFE-10, LIFE-11).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class Actor : IEquatable<Actor>
{
    private const string CandidateId = "candidat";

    private Actor(ActorRole role, string id)
    {
        Role = role;
        Id = id;
    }

    /// <summary>The candidate of the dossier.</summary>
    public static Actor Candidate { get; } = new(ActorRole.Candidate, CandidateId);

    /// <summary>The role of the actor.</summary>
    public ActorRole Role { get; }

    /// <summary>The actor's identifier as the history records it: <c>candidat</c>, or the staff member's login.</summary>
    public string Id { get; }

    /// <summary>A member of the CDG's staff.</summary>
    /// <param name="id">The staff member's login or name, as the history should record it.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, longer than 100 characters, or holds control or bidirectional-override characters.</exception>
    public static Actor Staff(string id)
    {
        return new Actor(ActorRole.Staff, Text.Require(id, nameof(id), 100));
    }

    /// <summary>Recreates an actor read from storage.</summary>
    /// <param name="role">The stored role.</param>
    /// <param name="id">The stored identifier; ignored for the candidate.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">The role is unknown, or a staff identifier is blank.</exception>
    public static Actor Of(ActorRole role, string id) => role switch
    {
        ActorRole.Candidate => Candidate,
        ActorRole.Staff => Staff(id),
        _ => throw new ArgumentException("Unknown role.", nameof(role)),
    };

    /// <inheritdoc />
    public bool Equals(Actor? other) => other is not null && Role == other.Role && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id) ^ (int)Role;

    /// <summary>The actor in French, for a history: <c>le candidat</c> or <c>le gestionnaire m.durand</c>.</summary>
    /// <returns>The French description.</returns>
    public override string ToString() => Role == ActorRole.Candidate ? "le candidat" : $"le gestionnaire {Id}";
}
