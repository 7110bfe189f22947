using System.Collections.Concurrent;
using System.Diagnostics;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Storage.Tests.Load;

/// <summary>Load through the real runner over a store: many clients at once, every event accounted for. Bounded at 60 s; figures to <c>CDG_LOAD_REPORT</c>.</summary>
public abstract class RunnerLoadContract : IAsyncLifetime
{
    private const int Dossiers = 200;
    private const int Clients = 50;
    private StoreKind? _kind;

    private IPortalStore Store => _kind!.Store;

    internal abstract Task<StoreKind> CreateAsync();

    internal abstract string Name { get; }

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
    [Trait("Category", "Load")]
    public async Task Two_hundred_dossiers_closed_by_fifty_clients_at_once_are_all_closed_and_every_accepted_command_is_one_event()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var runner = Portal.Runner(Store);
        for (var i = 1; i <= Dossiers; i++)
        {
            await Portal.PreRegisterAsync(runner, i, cancellationToken: timeout.Token);
        }

        var next = 0;
        var latencies = new ConcurrentBag<double>();
        var applied = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= Dossiers)
            {
                var (run, ms) = await LoadReport.TimedAsync(() => Portal.CloseAsync(runner, i, timeout.Token));
                latencies.Add(ms);
                if (run.IsApplied)
                {
                    Interlocked.Increment(ref applied);
                }
            }
        }, timeout.Token)));
        LoadReport.Write($"{Name}: {Dossiers} closures by {Clients} clients", Dossiers, watch.Elapsed, latencies);

        applied.Should().Be(Dossiers);
        (await Store.CountEventsAsync(timeout.Token)).Should().Be(Dossiers + applied, "one pre-registration and one closure per dossier");
        foreach (var number in await Store.ListDossiersAsync(Portal.SessionCode, timeout.Token))
        {
            (await Store.ReadAsync(number, timeout.Token))!.Events.Select(e => e.Type).Should().Equal("pre-registered", "closed-online");
        }
    }

    [Fact]
    [Trait("Category", "Load")]
    public async Task Fifty_closures_of_one_dossier_at_once_apply_once_and_the_others_are_told_it_is_done_or_meet_a_conflict()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var runner = Portal.Runner(Store);
        await Portal.PreRegisterAsync(runner, 1, cancellationToken: timeout.Token);
        var latencies = new ConcurrentBag<double>();

        var watch = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var run = await Portal.CloseAsync(runner, 1, timeout.Token);
                return run.IsApplied ? "applied" : run.Notice is not null ? "already-done" : "other";
            }
            catch (DossierConcurrencyException)
            {
                return "conflict";
            }
            finally
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }, timeout.Token)));
        LoadReport.Write($"{Name}: {Clients} closures of one dossier", Clients, watch.Elapsed, latencies);

        outcomes.Count(o => o == "applied").Should().Be(1);
        outcomes.Should().OnlyContain(o => o == "applied" || o == "already-done" || o == "conflict");
        (await Store.CountEventsAsync(timeout.Token)).Should().Be(2, "the pre-registration and the one closure");
    }
}
