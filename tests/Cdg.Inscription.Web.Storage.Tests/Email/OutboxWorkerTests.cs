using Cdg.Inscription.Web.Storage.Email;
using Cdg.Inscription.Web.Storage.Memory;
using Cdg.Inscription.Web.Storage.Outbox;
using Cdg.Inscription.Web.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime.Testing;

namespace Cdg.Inscription.Web.Storage.Tests.Email;

/// <summary>The outbox worker sends at least once: a failure leaves the message pending for the next round.</summary>
public sealed class OutboxWorkerTests
{
    [Fact]
    public async Task A_message_whose_sending_fails_stays_pending_and_is_sent_once_on_the_next_round()
    {
        var store = new MemoryPortalStore();
        await store.EnqueueAsync(new OutboxMessage(0, "reset/1", "claire@example.org", "Réinitialisation", "Bonjour"), TestContext.Current.CancellationToken);
        var sender = new FailingOnceSender();
        using var worker = new OutboxWorker(store, sender, new FakeClock(Portal.Now), Options.Create(new MailOptions()), NullLogger<OutboxWorker>.Instance);

        (await worker.SendPendingAsync(TestContext.Current.CancellationToken)).Should().Be(0);
        (await store.ReadPendingAsync(10, TestContext.Current.CancellationToken)).Should().ContainSingle();

        (await worker.SendPendingAsync(TestContext.Current.CancellationToken)).Should().Be(1);
        (await worker.SendPendingAsync(TestContext.Current.CancellationToken)).Should().Be(0);
        (await store.ReadPendingAsync(10, TestContext.Current.CancellationToken)).Should().BeEmpty();
        sender.Sent.Should().Equal("reset/1");
        sender.Attempts.Should().Be(2);
    }

    private sealed class FailingOnceSender : IMailSender
    {
        public List<string> Sent { get; } = [];

        public int Attempts { get; private set; }

        public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (++Attempts == 1)
            {
                throw new IOException("Le serveur de messagerie ne répond pas.");
            }

            Sent.Add(message.Key);
            return Task.CompletedTask;
        }
    }
}
