using Cdg.Inscription.AspNetCore.Messages;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson;

namespace Cdg.Inscription.AspNetCore.TestHost;

/// <summary>
/// The store of the tests: what a host writes over its database, in memory. One lock makes each
/// append a transaction; <see cref="ConflictsBeforeAppend"/> lets a test make the next appends meet
/// a conflict, as if another request had appended first.
/// </summary>
public sealed class InMemoryDossierStore : IDossierStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DossierNumber, (string SessionCode, List<StoredEvent> Events)> _dossiers = [];
    private readonly Dictionary<string, DossierNumber> _keys = new(StringComparer.Ordinal);
    private readonly List<CandidateMessage> _outbox = [];

    /// <summary>How many of the next appends fail with a conflict.</summary>
    public int ConflictsBeforeAppend { get; set; }

    /// <summary>An error that every read throws, as a database that is down would; null for none.</summary>
    public Exception? ReadFailure { get; set; }

    /// <summary>How many appends were tried, conflicts included.</summary>
    public int Appends { get; private set; }

    /// <summary>The messages written to the outbox, in order.</summary>
    public IReadOnlyList<CandidateMessage> Outbox
    {
        get
        {
            lock (_gate)
            {
                return [.. _outbox];
            }
        }
    }

    /// <summary>The stored events of a dossier.</summary>
    public IReadOnlyList<StoredEvent> EventsOf(DossierNumber number)
    {
        lock (_gate)
        {
            return _dossiers.TryGetValue(number, out var dossier) ? [.. dossier.Events] : [];
        }
    }

    /// <inheritdoc />
    public Task<StoredDossier?> ReadAsync(DossierNumber number, CancellationToken cancellationToken)
    {
        if (ReadFailure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            return Task.FromResult(_dossiers.TryGetValue(number, out var dossier)
                ? new StoredDossier(dossier.SessionCode, null, [.. dossier.Events])
                : null);
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(DossierAppend append, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(append);
        lock (_gate)
        {
            Appends++;
            if (ConflictsBeforeAppend > 0)
            {
                ConflictsBeforeAppend--;
                throw new DossierConcurrencyException(append.Number, append.ExpectedVersion);
            }

            var exists = _dossiers.TryGetValue(append.Number, out var dossier);
            var version = exists ? dossier.Events.Count : 0;
            if (version != append.ExpectedVersion || (append.ExpectedVersion == 0 && exists)
                || (append.IdempotencyKey is { } taken && _keys.ContainsKey(taken)))
            {
                throw new DossierConcurrencyException(append.Number, append.ExpectedVersion);
            }

            if (!exists)
            {
                dossier = (append.SessionCode, []);
                _dossiers.Add(append.Number, dossier);
            }

            dossier.Events.AddRange(append.Events);
            _outbox.AddRange(append.Messages);
            if (append.IdempotencyKey is { } key)
            {
                _keys.Add(key, append.Number);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DossierNumber?> FindIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<DossierNumber?>(_keys.TryGetValue(idempotencyKey, out var number) ? number : null);
        }
    }
}
