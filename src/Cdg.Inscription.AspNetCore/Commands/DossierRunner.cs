using Cdg.Inscription.AspNetCore.Messages;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Serialization.SystemTextJson;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cdg.Inscription.AspNetCore.Commands;

/// <summary>
/// Load, decide, append: gives one command to a stored dossier at the clock's instant and appends
/// its events, with the e-mails they cause and the form post's idempotency key, on the condition
/// that nobody appended first. On a conflict it loads and decides again, up to
/// <see cref="CdgInscriptionOptions.MaxAttempts"/> times, then throws
/// <see cref="DossierConcurrencyException"/> (a 409). A command already done, or a request whose
/// idempotency key was recorded, stores nothing and says so in French (<see cref="DossierRun.Notice"/>).
/// </summary>
/// <remarks>Registered per request (scoped); it holds no dossier between calls.</remarks>
public sealed partial class DossierRunner
{
    private readonly IDossierStore _store;
    private readonly ExamSessionCatalog _sessions;
    private readonly IClock _clock;
    private readonly int _maxAttempts;
    private readonly ILogger<DossierRunner> _logger;

    /// <summary>Creates the runner; DI does it.</summary>
    /// <param name="store">The host's store.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="options">The options.</param>
    /// <param name="logger">Where conflicts are logged.</param>
    public DossierRunner(IDossierStore store, ExamSessionCatalog sessions, IClock clock, IOptions<CdgInscriptionOptions> options, ILogger<DossierRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _sessions = sessions ?? throw new ArgumentNullException(nameof(sessions));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _maxAttempts = options.Value.MaxAttempts;
    }

    /// <summary>Rebuilds a stored dossier: the read path of pages.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossier, or null when there is none with this number.</returns>
    /// <exception cref="StoredEventException">What was stored cannot be read back: the data was changed outside the application.</exception>
    /// <exception cref="InvalidOperationException">The dossier's session is not among the configured sessions.</exception>
    public async Task<Dossier?> LoadAsync(DossierNumber number, CancellationToken cancellationToken = default)
    {
        var stored = await _store.ReadAsync(number, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (!_sessions.TryGet(stored.SessionCode, out var session))
        {
            throw new InvalidOperationException($"Dossier {number} belongs to the exam session '{stored.SessionCode}', which is not configured.");
        }

        return stored.SnapshotJson is { } snapshot
            ? DossierJson.Rehydrate(session, snapshot, stored.Events)
            : DossierJson.Rehydrate(session, stored.Events);
    }

    /// <summary>Pre-registers a candidate (LIFE-01) and stores the new dossier.</summary>
    /// <param name="session">The session: one of the catalogue's, or an <see cref="ArgumentException"/>.</param>
    /// <param name="number">The new dossier's number, which the host chose.</param>
    /// <param name="candidate">The candidate.</param>
    /// <param name="situation">The declared situation, if any (PIECE-04).</param>
    /// <param name="idempotencyKey">The form post's key, or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The new dossier; or, for a key already recorded, the dossier it created, with nothing stored.</returns>
    /// <exception cref="RuleViolationException">The pre-registration is refused (DEAD-05…); nothing was stored.</exception>
    /// <exception cref="DossierConcurrencyException">The number is taken (the host chooses another and tries again); nothing was stored.</exception>
    public async Task<DossierRun> PreRegisterAsync(
        Sessions.ExamSession session,
        DossierNumber number,
        Candidate candidate,
        CandidateSituation? situation = null,
        string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(candidate);
        if (!_sessions.TryGet(session.Code, out var configured) || !ReferenceEquals(configured, session))
        {
            throw new ArgumentException($"The exam session '{session.Code}' is not one of the configured sessions.", nameof(session));
        }

        if (await RepeatedAsync(idempotencyKey, cancellationToken) is { } earlier)
        {
            return new DossierRun(await LoadRequiredAsync(earlier, cancellationToken), CommandOutcome.Applied, isRepeatedRequest: true);
        }

        var dossier = Dossier.PreRegister(session, number, candidate, Actor.Candidate, _clock.GetCurrentInstant(), situation);
        try
        {
            await AppendAsync(dossier, 0, idempotencyKey, cancellationToken);
            return new DossierRun(dossier, CommandOutcome.Applied, isRepeatedRequest: false);
        }
        catch (DossierConcurrencyException) when (idempotencyKey is not null)
        {
            // The same form post, sent twice at once: the other one created the dossier.
            if (await RepeatedAsync(idempotencyKey, cancellationToken) is { } raced)
            {
                return new DossierRun(await LoadRequiredAsync(raced, cancellationToken), CommandOutcome.Applied, isRepeatedRequest: true);
            }

            throw;
        }
    }

    /// <summary>Gives a command that may be already done (<c>AddFile</c>, <c>Close</c>) to a stored dossier and stores its event.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="command">The command, given the dossier and the clock's instant, read on each attempt.</param>
    /// <param name="idempotencyKey">The form post's key, or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="DossierNotFoundException">No dossier has this number.</exception>
    /// <exception cref="RuleViolationException">The command is refused; nothing was stored.</exception>
    /// <exception cref="DossierConcurrencyException">Every attempt met a conflict; nothing was stored.</exception>
    public async Task<DossierRun> ExecuteAsync(
        DossierNumber number, Func<Dossier, Instant, CommandOutcome> command, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; ; attempt++)
        {
            switch (await RepeatedAsync(idempotencyKey, cancellationToken))
            {
                case { } earlier when earlier == number:
                    return new DossierRun(await LoadRequiredAsync(number, cancellationToken), CommandOutcome.Applied, isRepeatedRequest: true);
                case not null:
                    // A key already used on another dossier is a client's mistake: it protects nothing here.
                    idempotencyKey = null;
                    break;
            }

            var dossier = await LoadRequiredAsync(number, cancellationToken);
            var loadedVersion = dossier.Version;
            var outcome = command(dossier, _clock.GetCurrentInstant());
            if (dossier.Version == loadedVersion)
            {
                return new DossierRun(dossier, outcome, isRepeatedRequest: false);
            }

            try
            {
                await AppendAsync(dossier, loadedVersion, idempotencyKey, cancellationToken);
                return new DossierRun(dossier, outcome, isRepeatedRequest: false);
            }
            catch (DossierConcurrencyException conflict) when (attempt < _maxAttempts)
            {
                LogConflict(_logger, conflict, number, attempt);
            }
        }
    }

    /// <summary>Gives a command to a stored dossier and stores its event.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="command">The command, given the dossier and the clock's instant, read on each attempt.</param>
    /// <param name="idempotencyKey">The form post's key, or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="DossierNotFoundException">No dossier has this number.</exception>
    /// <exception cref="RuleViolationException">The command is refused; nothing was stored.</exception>
    /// <exception cref="DossierConcurrencyException">Every attempt met a conflict; nothing was stored.</exception>
    public Task<DossierRun> ExecuteAsync(DossierNumber number, Action<Dossier, Instant> command, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ExecuteAsync(
            number,
            (dossier, at) =>
            {
                command(dossier, at);
                return CommandOutcome.Applied;
            },
            idempotencyKey,
            cancellationToken);
    }

    /// <summary>
    /// Adds a file that the candidate uploaded to a piece (PIECE-02, LIFE-10): stores its bytes, gives
    /// <c>AddFile</c> to the dossier as the candidate, and deletes the bytes again when nothing refers
    /// to them (the file refused, already in the piece, a repeated request, a conflict, a failed or
    /// cancelled save or request).
    /// </summary>
    /// <param name="number">The dossier.</param>
    /// <param name="piece">The piece.</param>
    /// <param name="upload">The accepted upload.</param>
    /// <param name="contents">Where the bytes go.</param>
    /// <param name="idempotencyKey">The form post's key, or null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="DossierNotFoundException">No dossier has this number.</exception>
    /// <exception cref="RuleViolationException">The file is refused; nothing was stored.</exception>
    /// <exception cref="DossierConcurrencyException">Every attempt met a conflict; nothing was stored.</exception>
    public async Task<DossierRun> AddFileAsync(
        DossierNumber number, PieceCode piece, PieceUpload upload, IFileContentStore contents, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(contents);
        var fileId = upload.File.Record.Id;
        var kept = false;
        try
        {
            await contents.SaveAsync(fileId, upload.Content, cancellationToken);
            var run = await ExecuteAsync(
                number, (dossier, at) => dossier.AddFile(piece, upload.File, Actor.Candidate, at, upload.IssuedOn), idempotencyKey, cancellationToken);
            kept = run.IsApplied;
            return run;
        }
        finally
        {
            if (!kept)
            {
                await contents.DeleteAsync(fileId, CancellationToken.None);
            }
        }
    }

    private async Task<DossierNumber?> RepeatedAsync(string? idempotencyKey, CancellationToken cancellationToken) =>
        idempotencyKey is null ? null : await _store.FindIdempotencyKeyAsync(IdempotencyKeys.Checked(idempotencyKey), cancellationToken);

    private async Task<Dossier> LoadRequiredAsync(DossierNumber number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ?? throw new DossierNotFoundException(number);

    private Task AppendAsync(Dossier dossier, long loadedVersion, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var newEvents = dossier.EventsSince(loadedVersion);
        return _store.AppendAsync(
            new DossierAppend(dossier.Number, dossier.Session.Code, loadedVersion, DossierJson.ToStored(newEvents), CandidateMessages.For(dossier, newEvents), idempotencyKey),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier {Number}: another request appended first (attempt {Attempt}); deciding again.")]
    private static partial void LogConflict(ILogger logger, Exception exception, DossierNumber number, int attempt);
}
