using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>A document published in the candidate's space, with its publication instant (SPACE-01).</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class PublishedDocument : IEquatable<PublishedDocument>
{
    /// <summary>Creates a published document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">The French title shown to the candidate.</param>
    /// <param name="reference">The host's reference of the stored content.</param>
    /// <param name="publishedAt">When it was published.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="reference"/> is blank or holds control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public PublishedDocument(DocumentKind kind, string title, string reference, Instant publishedAt)
    {
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        Title = Text.Require(title, nameof(title), 200);
        Reference = Text.Require(reference, nameof(reference), 500);
        PublishedAt = publishedAt;
    }

    /// <summary>The kind of document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The French title shown to the candidate.</summary>
    public string Title { get; }

    /// <summary>The host's reference of the stored content.</summary>
    public string Reference { get; }

    /// <summary>When it was published.</summary>
    public Instant PublishedAt { get; }

    /// <inheritdoc />
    public bool Equals(PublishedDocument? other) =>
        other is not null && Kind == other.Kind && Title == other.Title && Reference == other.Reference && PublishedAt == other.PublishedAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublishedDocument);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Reference);

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Kind}, {PublishedAt})";
}
