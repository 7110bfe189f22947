using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson;
using Cdg.Inscription.Web.Storage.Accounts;
using Cdg.Inscription.Web.Storage.Outbox;
using NodaTime;

namespace Cdg.Inscription.Web.Storage.Memory;

/// <summary>
/// The portal's store in memory (<c>Storage:Kind=memory</c>): what the page tests run on. One lock
/// makes each call a transaction, with the same conditions as the relational stores.
/// </summary>
public sealed class MemoryPortalStore : IPortalStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DossierNumber, (string SessionCode, List<StoredEvent> Events)> _dossiers = [];
    private readonly Dictionary<string, DossierNumber> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<DossierNumber, string> _passwords = [];
    private readonly Dictionary<DossierNumber, (string TokenHash, Instant ExpiresAt)> _resets = [];
    private readonly Dictionary<string, StaffAccount> _staff = new(StringComparer.Ordinal);
    private readonly List<(OutboxMessage Message, bool Sent)> _outbox = [];

    /// <summary>How many of the next appends fail with a conflict, as if another request had appended first.</summary>
    public int ConflictsBeforeAppend { get; set; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<StoredDossier?> ReadAsync(DossierNumber number, CancellationToken cancellationToken)
    {
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
            var exists = _dossiers.TryGetValue(append.Number, out var dossier);
            var version = exists ? dossier.Events.Count : 0;
            if (ConflictsBeforeAppend > 0 || version != append.ExpectedVersion || (append.ExpectedVersion == 0 && exists)
                || (append.IdempotencyKey is { } taken && _keys.ContainsKey(taken)))
            {
                ConflictsBeforeAppend = Math.Max(0, ConflictsBeforeAppend - 1);
                throw new DossierConcurrencyException(append.Number, append.ExpectedVersion);
            }

            if (!exists)
            {
                dossier = (append.SessionCode, []);
                _dossiers.Add(append.Number, dossier);
            }

            dossier.Events.AddRange(append.Events);
            foreach (var message in append.Messages)
            {
                Enqueue(new OutboxMessage(0, OutboxMessage.EventKey(message.DossierNumber, message.Sequence), message.To, message.Subject, message.Body));
            }

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

    /// <inheritdoc />
    public Task<IReadOnlyList<DossierNumber>> ListDossiersAsync(string sessionCode, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DossierNumber> numbers = [.. _dossiers
                .Where(pair => string.Equals(pair.Value.SessionCode, sessionCode, StringComparison.Ordinal))
                .Select(pair => pair.Key)
                .OrderBy(number => number.Value, StringComparer.Ordinal)];
            return Task.FromResult(numbers);
        }
    }

    /// <inheritdoc />
    public Task<long> CountEventsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_dossiers.Values.Sum(dossier => (long)dossier.Events.Count));
        }
    }

    /// <inheritdoc />
    public Task SetCandidatePasswordAsync(DossierNumber number, string passwordHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _passwords[number] = passwordHash;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string?> FindCandidatePasswordAsync(DossierNumber number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_passwords.GetValueOrDefault(number));
        }
    }

    /// <inheritdoc />
    public Task SaveResetTokenAsync(DossierNumber number, string tokenHash, Instant expiresAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _resets[number] = (tokenHash, expiresAt);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> TryResetPasswordAsync(DossierNumber number, string tokenHash, Instant now, string newPasswordHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_resets.TryGetValue(number, out var reset)
                || !string.Equals(reset.TokenHash, tokenHash, StringComparison.Ordinal) || now >= reset.ExpiresAt)
            {
                return Task.FromResult(false);
            }

            _resets.Remove(number);
            _passwords[number] = newPasswordHash;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task SaveStaffAsync(StaffAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate)
        {
            _staff[account.Login] = account;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StaffAccount?> FindStaffAsync(string login, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_staff.GetValueOrDefault(login));
        }
    }

    /// <inheritdoc />
    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            Enqueue(message);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<OutboxMessage> pending = [.. _outbox.Where(entry => !entry.Sent).Select(entry => entry.Message).Take(max)];
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task MarkSentAsync(long id, Instant sentAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _outbox.FindIndex(entry => entry.Message.Id == id);
            if (index >= 0)
            {
                _outbox[index] = (_outbox[index].Message, true);
            }
        }

        return Task.CompletedTask;
    }

    private void Enqueue(OutboxMessage message)
    {
        if (_outbox.Exists(entry => string.Equals(entry.Message.Key, message.Key, StringComparison.Ordinal)))
        {
            return;
        }

        _outbox.Add((message with { Id = _outbox.Count + 1 }, false));
    }
}
