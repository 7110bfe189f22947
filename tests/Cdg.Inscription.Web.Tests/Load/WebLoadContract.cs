using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Web.Portal;
using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Tests.Load;

/// <summary>The whole portal over real HTTP on Kestrel, under load: many candidates closing at once, and one dossier closed fifty times at once. Bounded at 120 s; figures to <c>CDG_LOAD_REPORT</c>, never asserted.</summary>
[Collection(WebLoadCollection.Name)]
public abstract class WebLoadContract : IAsyncLifetime
{
    private const int Dossiers = 200;
    private const int Clients = 50;
    private const string Session = DemoSessions.Adjoint;
    private const string Piece = DemoSessions.IdentityPiece;
    private static readonly string UnderReview = DossierStatusLabels.Label(DossierStatus.UnderReview);
    private KestrelPortalFactory? _factory;

    /// <summary>The portal.</summary>
    protected KestrelPortalFactory Factory => _factory!;

    /// <summary>The store's name in the report.</summary>
    internal abstract string StoreName { get; }

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _factory = await StartAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _factory?.Dispose();
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Two hundred dossiers, each with its identity document, closed online by fifty clients at once.</summary>
    /// <returns>A task.</returns>
    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "LIFE-04")]
    [Trait("Rule", "PIECE-05")]
    [Trait("Category", "Load")]
    public async Task Two_hundred_dossiers_closed_online_by_fifty_clients_at_once_are_all_under_review_and_every_accepted_command_is_one_event()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        var token = timeout.Token;
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf-ghostscript-text.pdf"), token);
        var candidates = Enumerable.Range(0, Dossiers).Select(_ => new LoadCandidate(Factory.Address)).ToArray();
        try
        {
            // One alone first, to read from the store how many events a pre-registration and an upload write.
            var before = await Factory.Store.CountEventsAsync(token);
            await PreRegisterAsync(candidates[0], 0, token);
            var preRegistrationEvents = await Factory.Store.CountEventsAsync(token) - before;
            await UploadAsync(candidates[0], pdf, token);
            var uploadEvents = await Factory.Store.CountEventsAsync(token) - before - preRegistrationEvents;
            preRegistrationEvents.Should().Be(1, "a pre-registration writes one event");
            uploadEvents.Should().Be(1, "an accepted file writes one event");

            using var gate = new SemaphoreSlim(Clients);
            await Task.WhenAll(candidates.Skip(1).Select((candidate, i) => WithAsync(gate, async () =>
            {
                await PreRegisterAsync(candidate, i + 1, token);
                await UploadAsync(candidate, pdf, token);
            }, token)));
            var forms = await Task.WhenAll(candidates.Select(c => WithAsync(gate, () => c.PrepareClosureAsync(token), token)));
            var accepted = await Factory.Store.CountEventsAsync(token) - before;
            accepted.Should().Be(Dossiers * (preRegistrationEvents + uploadEvents));

            var watch = Stopwatch.StartNew();
            var answers = await Task.WhenAll(candidates.Select((c, i) => WithAsync(gate, () => c.CloseAsync(forms[i], token), token)));
            watch.Stop();
            WebLoadReport.Write(StoreName, $"HTTP: {Dossiers} dossiers closed by {Clients} clients", Dossiers, watch.Elapsed, [.. answers.Select(a => a.Milliseconds)]);

            answers.Should().OnlyContain(a => (int)a.Status < 500, "no closure meets a server error");
            answers.Should().OnlyContain(a => a.Status == HttpStatusCode.Redirect && a.Location != null && a.Location.StartsWith("/Dossier", StringComparison.Ordinal), "every closure is accepted and leads back to the dossier");
            var pages = await Task.WhenAll(candidates.Select((c, i) => WithAsync(gate, () => c.PageOfAsync(answers[i], token), token)));
            foreach (var (status, html) in pages)
            {
                status.Should().Be(HttpStatusCode.OK);
                html.Should().Contain($"id=\"status-label\">{UnderReview}<").And.Contain(DossierStatusLabels.OnlineClosureConfirmation, "this organiser shows the review at once (LIFE-04)");
            }

            (await Factory.Store.CountEventsAsync(token) - before).Should().Be(accepted + Dossiers, "every accepted command is one event: pre-registrations, files, closures");
            var numbers = await Factory.Store.ListDossiersAsync(Session, token);
            numbers.Select(n => n.Value).Should().BeEquivalentTo(candidates.Select(c => c.Number));
        }
        finally
        {
            foreach (var candidate in candidates)
            {
                candidate.Dispose();
            }
        }
    }

    /// <summary>One dossier closed by fifty requests at once, each with its own form token and idempotency key.</summary>
    /// <returns>A task.</returns>
    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "LIFE-11")]
    [Trait("Category", "Load")]
    public async Task Fifty_closures_of_one_dossier_at_once_apply_once_and_every_other_answer_is_a_french_notice_that_it_is_closed_or_was_just_modified()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        var token = timeout.Token;
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf-ghostscript-text.pdf"), token);
        using var candidate = new LoadCandidate(Factory.Address);
        await PreRegisterAsync(candidate, 0, token);
        await UploadAsync(candidate, pdf, token);
        var before = await Factory.Store.CountEventsAsync(token);

        // Fifty tabs of the same browser session: the same sign-in and antiforgery cookies, each its own page, token and key.
        var tabs = Enumerable.Range(0, Clients).Select(_ => new LoadCandidate(Factory.Address, sameCookiesAs: candidate)).ToArray();
        try
        {
            var forms = await Task.WhenAll(tabs.Select(t => t.PrepareClosureAsync(token)));
            forms.Select(f => f.Token).Should().OnlyHaveUniqueItems();
            using var start = new SemaphoreSlim(0);
            var closing = tabs.Select((t, i) => Task.Run(async () =>
            {
                await start.WaitAsync(token);
                return await t.CloseAsync(forms[i], token);
            }, token)).ToArray();
            var watch = Stopwatch.StartNew();
            start.Release(Clients);
            var answers = await Task.WhenAll(closing);
            watch.Stop();
            WebLoadReport.Write(StoreName, $"HTTP: {Clients} closures of one dossier at once", Clients, watch.Elapsed, [.. answers.Select(a => a.Milliseconds)]);

            answers.Should().OnlyContain(a => (int)a.Status < 500, "no closure meets a server error");
            var pages = await Task.WhenAll(tabs.Select((t, i) => t.PageOfAsync(answers[i], token)));
            var applied = pages.Count(p => p.Html.Contains(DossierStatusLabels.OnlineClosureConfirmation, StringComparison.Ordinal));
            var alreadyClosed = pages.Count(p => p.Html.Contains("Votre inscription est déjà clôturée", StringComparison.Ordinal));
            var conflicts = pages.Count(p => p.Status == HttpStatusCode.Conflict && p.Html.Contains(PortalMessages.Conflict, StringComparison.Ordinal));
            TestContext.Current.SendDiagnosticMessage($"{StoreName}: {applied} applied, {alreadyClosed} told already closed, {conflicts} conflicts");

            applied.Should().Be(1, "exactly one closure applies");
            (applied + alreadyClosed + conflicts).Should().Be(Clients, "every other answer is a French page: already closed, or « {0} »", PortalMessages.Conflict);
            pages.Should().OnlyContain(p => p.Html.Contains("<html lang=\"fr\">"));
            (await Factory.Store.CountEventsAsync(token) - before).Should().Be(1, "one closure event, whatever the number of requests");
            var (_, dossier) = await candidate.GetAsync("/Dossier", token);
            dossier.Should().Contain($"id=\"status-label\">{UnderReview}<");
        }
        finally
        {
            foreach (var tab in tabs)
            {
                tab.Dispose();
            }
        }
    }

    /// <summary>Starts the portal over the store under test.</summary>
    /// <returns>The started factory.</returns>
    internal abstract Task<KestrelPortalFactory> StartAsync();

    /// <summary>Removes what the store left (after the portal is stopped).</summary>
    /// <returns>A task.</returns>
    internal virtual ValueTask StopAsync() => ValueTask.CompletedTask;

    private static async Task PreRegisterAsync(LoadCandidate candidate, int index, CancellationToken token)
    {
        var (status, html) = await candidate.PreRegisterAsync(Session, index, token);
        status.Should().Be(HttpStatusCode.OK, "the pre-registration is accepted");
        candidate.Number.Should().NotBeNullOrEmpty(html.Length > 2000 ? html[..2000] : html);
    }

    private static async Task UploadAsync(LoadCandidate candidate, byte[] pdf, CancellationToken token)
    {
        var (status, html) = await candidate.UploadAsync(Piece, pdf, "carte.pdf", token);
        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("carte.pdf").And.NotContain("id=\"refusal-identity-document\"");
    }

    private static async Task<T> WithAsync<T>(SemaphoreSlim gate, Func<Task<T>> action, CancellationToken token)
    {
        await gate.WaitAsync(token);
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }

    private static Task WithAsync(SemaphoreSlim gate, Func<Task> action, CancellationToken token) =>
        WithAsync(gate, async () =>
        {
            await action();
            return true;
        }, token);
}

/// <summary>The load tests run one at a time, so that their figures measure one load.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebLoadCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Web load";
}

/// <summary>The load on a SQLite file (WAL) in a temporary data folder.</summary>
public sealed class SqliteWebLoadTests : WebLoadContract
{
    /// <inheritdoc />
    internal override string StoreName => "SQLite";

    /// <inheritdoc />
    internal override Task<KestrelPortalFactory> StartAsync() => Task.FromResult(KestrelPortalFactory.Sqlite());
}

/// <summary>The load on PostgreSQL, in a schema of its own created before and dropped after, through a pool of 10 connections.</summary>
public sealed class PostgresWebLoadTests : WebLoadContract
{
    private PostgresSchema? _schema;

    /// <inheritdoc />
    internal override string StoreName => "PostgreSQL";

    /// <inheritdoc />
    internal override async Task<KestrelPortalFactory> StartAsync()
    {
        _schema = await PostgresSchema.CreateAsync();
        return KestrelPortalFactory.Postgres(_schema.ConnectionString);
    }

    /// <inheritdoc />
    internal override async ValueTask StopAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
