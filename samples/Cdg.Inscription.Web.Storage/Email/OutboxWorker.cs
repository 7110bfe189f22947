using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>
/// Sends the outbox: reads the pending messages, sends each one, marks it sent. A message that fails
/// stays pending and is tried again on the next round, so that each is sent at least once.
/// </summary>
public sealed partial class OutboxWorker : BackgroundService
{
    private const int Batch = 50;
    private readonly IPortalStore _store;
    private readonly IMailSender _sender;
    private readonly IClock _clock;
    private readonly TimeSpan _interval;
    private readonly ILogger<OutboxWorker> _logger;
    private readonly SemaphoreSlim _round = new(1, 1);

    /// <summary>Creates the worker.</summary>
    /// <param name="store">The store whose outbox is sent.</param>
    /// <param name="sender">The mail system.</param>
    /// <param name="clock">The clock that dates the sending.</param>
    /// <param name="options">The mail settings: <see cref="MailOptions.PollInterval"/>.</param>
    /// <param name="logger">Where failures are logged.</param>
    public OutboxWorker(IPortalStore store, IMailSender sender, IClock clock, IOptions<MailOptions> options, ILogger<OutboxWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _sender = sender;
        _clock = clock;
        _interval = options.Value.PollInterval;
        _logger = logger;
    }

    /// <summary>One round: sends every pending message once.</summary>
    /// <param name="cancellationToken">Cancels the round.</param>
    /// <returns>How many messages were sent.</returns>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            foreach (var message in await _store.ReadPendingAsync(Batch, cancellationToken))
            {
                try
                {
                    await _sender.SendAsync(message, cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    LogFailure(_logger, message.Key, failure);
                    continue;
                }

                await _store.MarkSentAsync(message.Id, _clock.GetCurrentInstant(), cancellationToken);
                sent++;
            }

            return sent;
        }
        finally
        {
            _round.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _round.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendPendingAsync(stoppingToken);
                await Task.Delay(_interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogRoundFailure(_logger, failure);
                await Task.Delay(_interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The e-mail {Key} could not be sent; it stays in the outbox.")]
    private static partial void LogFailure(ILogger logger, string key, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox could not be read.")]
    private static partial void LogRoundFailure(ILogger logger, Exception exception);
}
