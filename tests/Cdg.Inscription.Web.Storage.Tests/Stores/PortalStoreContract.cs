using Cdg.Inscription.AspNetCore.Messages;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson;
using Cdg.Inscription.Web.Storage.Accounts;
using Cdg.Inscription.Web.Storage.Outbox;
using Cdg.Inscription.Web.Storage.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Web.Storage.Tests.Stores;

/// <summary>What every portal store does, whatever its database.</summary>
public abstract class PortalStoreContract : IAsyncLifetime
{
    private StoreKind? _kind;

    private IPortalStore Store => _kind!.Store;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Creates the store under test.</summary>
    internal abstract Task<StoreKind> CreateAsync();

    public async ValueTask InitializeAsync() => _kind = await CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_kind is not null)
        {
            await _kind.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_dossier_appended_by_the_runner_is_read_back_event_for_event()
    {
        var runner = Portal.Runner(Store);
        var run = await Portal.PreRegisterAsync(runner, 1, cancellationToken: Token);
        await Portal.CloseAsync(runner, 1, Token);

        var stored = await Store.ReadAsync(Portal.Number(1), Token);

        stored!.SessionCode.Should().Be(Portal.SessionCode);
        stored.Events.Select(e => (e.Sequence, e.Type)).Should().Equal((1L, "pre-registered"), (2L, "closed-online"));
        (await runner.LoadAsync(Portal.Number(1), Token))!.ToSnapshot().Should().NotBe(run.Dossier.ToSnapshot());
        (await Store.ReadAsync(Portal.Number(2), Token)).Should().BeNull();
    }

    [Fact]
    public async Task A_second_append_at_the_same_expected_version_is_a_conflict_and_stores_nothing()
    {
        await Store.AppendAsync(Append(1, 0, 1, key: null, messages: false), Token);
        await Store.AppendAsync(Append(1, 1, 1, key: null, messages: false), Token);

        var second = () => Store.AppendAsync(Append(1, 1, 1, key: "k-2", messages: true), Token);

        await second.Should().ThrowAsync<DossierConcurrencyException>();
        (await Store.ReadAsync(Portal.Number(1), Token))!.Events.Should().HaveCount(2);
        (await Store.FindIdempotencyKeyAsync("k-2", Token)).Should().BeNull();
        (await Store.ReadPendingAsync(10, Token)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_number_already_taken_is_a_conflict_on_version_zero()
    {
        await Store.AppendAsync(Append(1, 0, 1, key: null, messages: false), Token);

        var again = () => Store.AppendAsync(Append(1, 0, 1, key: null, messages: true), Token);

        await again.Should().ThrowAsync<DossierConcurrencyException>();
        (await Store.CountEventsAsync(Token)).Should().Be(1);
        (await Store.ReadPendingAsync(10, Token)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_idempotency_key_used_twice_is_a_conflict_and_the_first_dossier_keeps_it()
    {
        await Store.AppendAsync(Append(1, 0, 1, key: "form-1", messages: false), Token);

        var twice = () => Store.AppendAsync(Append(2, 0, 1, key: "form-1", messages: false), Token);

        await twice.Should().ThrowAsync<DossierConcurrencyException>();
        (await Store.FindIdempotencyKeyAsync("form-1", Token)).Should().Be(Portal.Number(1));
        (await Store.ReadAsync(Portal.Number(2), Token)).Should().BeNull();
    }

    [Fact]
    public async Task The_runner_given_the_same_key_twice_stores_one_dossier()
    {
        var runner = Portal.Runner(Store);
        await Portal.PreRegisterAsync(runner, 1, "form-1", Token);

        var repeated = await Portal.PreRegisterAsync(runner, 2, "form-1", Token);

        repeated.IsRepeatedRequest.Should().BeTrue();
        repeated.Dossier.Number.Should().Be(Portal.Number(1));
        (await Store.CountEventsAsync(Token)).Should().Be(1);
    }

    [Fact]
    public async Task The_events_messages_are_in_the_outbox_written_in_the_same_transaction()
    {
        await Store.AppendAsync(Append(1, 0, 1, key: null, messages: true), Token);

        var pending = await Store.ReadPendingAsync(10, Token);

        pending.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Key = OutboxMessage.EventKey(Portal.Number(1).Value, 1), To = "claire@example.org", Subject = "Votre dossier a été créé" });
    }

    [Fact]
    public async Task A_message_marked_sent_is_no_longer_pending_and_a_key_enqueued_twice_is_one_message()
    {
        await Store.EnqueueAsync(new OutboxMessage(0, "reset/1", "claire@example.org", "Réinitialisation du mot de passe", "Bonjour"), Token);
        await Store.EnqueueAsync(new OutboxMessage(0, "reset/1", "autre@example.org", "Autre", "Autre"), Token);
        await Store.EnqueueAsync(new OutboxMessage(0, "reset/2", "claire@example.org", "Réinitialisation du mot de passe", "Bonjour"), Token);
        var pending = await Store.ReadPendingAsync(10, Token);
        pending.Select(m => m.Key).Should().Equal("reset/1", "reset/2");
        pending[0].To.Should().Be("claire@example.org");

        await Store.MarkSentAsync(pending[0].Id, Portal.Now, Token);

        (await Store.ReadPendingAsync(10, Token)).Select(m => m.Key).Should().Equal("reset/2");
        (await Store.ReadPendingAsync(0, Token)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_candidate_password_is_stored_and_replaced()
    {
        (await Store.FindCandidatePasswordAsync(Portal.Number(1), Token)).Should().BeNull();
        await Store.SetCandidatePasswordAsync(Portal.Number(1), "hash-1", Token);
        await Store.SetCandidatePasswordAsync(Portal.Number(1), "hash-2", Token);

        (await Store.FindCandidatePasswordAsync(Portal.Number(1), Token)).Should().Be("hash-2");
    }

    [Fact]
    public async Task A_reset_token_works_once_before_it_expires_and_only_with_its_hash()
    {
        var number = Portal.Number(1);
        await Store.SetCandidatePasswordAsync(number, "old", Token);
        await Store.SaveResetTokenAsync(number, "token", Portal.Now + Duration.FromHours(1), Token);

        (await Store.TryResetPasswordAsync(number, "wrong", Portal.Now, "new", Token)).Should().BeFalse();
        (await Store.TryResetPasswordAsync(number, "token", Portal.Now + Duration.FromHours(1), "new", Token)).Should().BeFalse("it has expired");
        (await Store.FindCandidatePasswordAsync(number, Token)).Should().Be("old");
        (await Store.TryResetPasswordAsync(number, "token", Portal.Now, "new", Token)).Should().BeTrue();
        (await Store.TryResetPasswordAsync(number, "token", Portal.Now, "newer", Token)).Should().BeFalse("it was spent");
        (await Store.FindCandidatePasswordAsync(number, Token)).Should().Be("new");
    }

    [Fact]
    public async Task A_new_reset_token_replaces_the_last()
    {
        var number = Portal.Number(1);
        await Store.SaveResetTokenAsync(number, "first", Portal.Now + Duration.FromHours(1), Token);
        await Store.SaveResetTokenAsync(number, "second", Portal.Now + Duration.FromHours(1), Token);

        (await Store.TryResetPasswordAsync(number, "first", Portal.Now, "new", Token)).Should().BeFalse();
        (await Store.TryResetPasswordAsync(number, "second", Portal.Now, "new", Token)).Should().BeTrue();
    }

    [Fact]
    public async Task A_staff_account_is_found_by_its_exact_login_and_replaced()
    {
        await Store.SaveStaffAsync(new StaffAccount("agent.dupont", "Agnès Dupont", "h1"), Token);
        await Store.SaveStaffAsync(new StaffAccount("agent.dupont", "Agnès Dupont-Leroy", "h2"), Token);

        (await Store.FindStaffAsync("agent.dupont", Token)).Should().Be(new StaffAccount("agent.dupont", "Agnès Dupont-Leroy", "h2"));
        (await Store.FindStaffAsync("AGENT.DUPONT", Token)).Should().BeNull();
    }

    [Fact]
    public async Task The_dossiers_are_listed_by_session_in_ascending_number_and_the_events_counted()
    {
        await Store.AppendAsync(Append(3, 0, 1, key: null, messages: false), Token);
        await Store.AppendAsync(Append(1, 0, 2, key: null, messages: false), Token);
        await Store.AppendAsync(Append(2, 0, 1, key: null, messages: false) with { SessionCode = "ATTACHE-EXT" }, Token);

        (await Store.ListDossiersAsync(Portal.SessionCode, Token)).Should().Equal(Portal.Number(1), Portal.Number(3));
        (await Store.ListDossiersAsync("AUTRE", Token)).Should().BeEmpty();
        (await Store.CountEventsAsync(Token)).Should().Be(4);
    }

    private static DossierAppend Append(int dossier, long expectedVersion, int events, string? key, bool messages)
    {
        var number = Portal.Number(dossier);
        var stored = Enumerable.Range(1, events).Select(i => new StoredEvent("test-event", expectedVersion + i, $$"""{"n":{{i}}}""")).ToList();
        IReadOnlyList<CandidateMessage> mail = messages
            ? [new CandidateMessage(number.Value, expectedVersion + 1, "claire@example.org", "Votre dossier a été créé", "Bonjour Madame,")]
            : [];
        return new DossierAppend(number, Portal.SessionCode, expectedVersion, stored, mail, key);
    }
}
