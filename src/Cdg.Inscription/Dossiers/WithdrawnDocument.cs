using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// A document that was published in the candidate's space and has been withdrawn, with the instant
/// of its withdrawal: a convocation, when staff reopen a complete dossier (SPACE-01). The candidate
/// sees that it no longer stands; the history keeps the reopening that withdrew it.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class WithdrawnDocument : IEquatable<WithdrawnDocument>
{
    /// <summary>Creates a withdrawn document.</summary>
    /// <param name="document">The document as it was published.</param>
    /// <param name="withdrawnAt">When it was withdrawn.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withdrawnAt"/> is before the publication.</exception>
    public WithdrawnDocument(PublishedDocument document, Instant withdrawnAt)
    {
        Document = Preconditions.CheckNotNull(document, nameof(document));
        if (withdrawnAt < document.PublishedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(withdrawnAt), withdrawnAt, "A document cannot be withdrawn before it was published.");
        }

        WithdrawnAt = withdrawnAt;
    }

    /// <summary>The document as it was published.</summary>
    public PublishedDocument Document { get; }

    /// <summary>When it was withdrawn.</summary>
    public Instant WithdrawnAt { get; }

    /// <inheritdoc />
    public bool Equals(WithdrawnDocument? other) => other is not null && Document.Equals(other.Document) && WithdrawnAt == other.WithdrawnAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WithdrawnDocument);

    /// <inheritdoc />
    public override int GetHashCode() => Document.GetHashCode() ^ WithdrawnAt.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Document} withdrawn at {WithdrawnAt}";
}
