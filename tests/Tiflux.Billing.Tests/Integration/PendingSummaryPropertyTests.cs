using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Property: the stored pending summaries never drift. After every random change — time entries of every modality
/// (warranty, travel, standalone, shared credit from member clients), reviews, billings, reversals, new rider releases,
/// renamed clients — the totals read through the summaries equal, to the cent and for every client, the totals of the
/// explained engine's lines computed from scratch, on random dates, modes, scopes and client selections.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PendingSummaryPropertyTests : IAsyncLifetime
{
    private const int Cases = 200;

    private static readonly DateOnly Today = new(2026, 4, 20);

    private static readonly DateOnly Start = new(2025, 12, 1);

    private readonly BillingWorld _world = new();

    private readonly List<Party> _parties = [];

    private readonly List<Guid> _billings = [];

    private readonly List<(int Ticket, Guid Entry)> _entries = [];

    /// <summary>A client, the riders its tickets may use (its own; a shared-credit member also the owner's), its open tickets.</summary>
    private sealed record Party(Guid Client, string Name, string TaxId, List<(Guid Contract, Guid Rider)> Riders, List<int> OpenTickets);

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        await _world.Tickets(async (ITicketSetup t) =>
        {
            await t.SaveSettingsAsync(new TicketSettingsDto(AllowOverlappingEntries: true), default);
            return true;
        });
        // The shared-credit owner (last) shares with the Horas and the Limite de Atendimento clients.
        foreach (var (client, name, taxId, contract, rider) in await _world.ModalityClientsAsync("Cliente", "Grupo Dono", 80_000_000, new Random(19)))
        {
            _parties.Add(new Party(client, name, taxId, [(contract, rider)], []));
        }

        foreach (var member in new[] { _parties[1], _parties[2] })
        {
            member.Riders.Add(_parties[^1].Riders[0]);
        }

        _parties.Add(new Party(_world.Alfa, "Alfa Serviços", "11.222.333/0001-81", [], []));
        foreach (var party in _parties)
        {
            for (var t = 0; t < 3; t++)
            {
                party.OpenTickets.Add(await _world.OpenTicketAsync(party.Client));
            }
        }
    }

    public Task DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Summaries_equal_the_explained_engine_after_every_change()
    {
        var failures = new List<string>();
        var applied = new Dictionary<string, int>();
        var compared = 0;
        for (var n = 0; n < Cases; n++)
        {
            var random = new Random(1000 + n);
            var change = await ChangeAsync(random);
            applied[change] = applied.GetValueOrDefault(change) + 1;
            var request = RandomRequest(random);
            var summaries = await _world.TotalsAsync(request);
            var allLines = await _world.LinesAsync(request);
            var expected = Expected(allLines);

            // One client's lines (cached per client fingerprint) equal that client's lines in the all-clients computation.
            var one = _parties[random.Next(_parties.Count)].Client;
            var clientLines = (await _world.LinesAsync(request with { ClientIds = [one] })).Select(LineRow);
            var fromAll = allLines.Where(l => l.ClientId == one).Select(LineRow);
            if (!clientLines.SequenceEqual(fromAll))
            {
                failures.Add($"case {n} after {change}, lines of {one}:\n  client {string.Join("; ", clientLines)}\n  all    {string.Join("; ", fromAll)}");
            }

            compared += expected.Count;
            if (!summaries.Select(Row).SequenceEqual(expected.Select(Row)))
            {
                failures.Add($"case {n} after {change}, {request}:\n  summaries {string.Join("; ", summaries.Select(Row))}\n  engine    {string.Join("; ", expected.Select(Row))}");
            }

            var awaitingRequest = new AwaitingReviewRequest(random.Next(4) == 0 ? [_parties[random.Next(_parties.Count)].Client] : null, request.Scope);
            var awaiting = (await _world.Services.InScopeAsync<IBillingModule, IReadOnlyList<AwaitingReviewSummary>>(b => b.GetAwaitingReviewAsync(awaitingRequest, default)))
                .Select(AwaitingRow).ToList();
            var awaitingExpected = await ExpectedAwaitingAsync(awaitingRequest);
            if (!awaiting.SequenceEqual(awaitingExpected))
            {
                failures.Add($"case {n} after {change}, awaiting {awaitingRequest}:\n  snapshots {string.Join("; ", awaiting)}\n  items     {string.Join("; ", awaitingExpected)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));

        // The generator really exercised the paths: every kind of change happened several times and rows were compared.
        string[] kinds = ["contract entry", "standalone entry", "ticket reviewed", "billing", "reversal", "new rider release", "client renamed", "entry deleted"];
        Assert.True(kinds.All(k => applied.GetValueOrDefault(k) >= 3) && compared > Cases, $"changes {string.Join(", ", applied)}; rows compared {compared}");
    }

    [Fact]
    public async Task A_change_the_stamps_do_not_see_is_caught_by_the_comparison()
    {
        // Self-test of the property: with Tickets' stamp triggers off, new entries leave the summary stale and the
        // comparison the property makes reports it.
        var request = new PendingRequest(Today, null, null, PendingScope.Both);
        var party = _parties[1];
        var before = await _world.TotalsAsync(request);
        Assert.Equal(Expected(await _world.LinesAsync(request)).Select(Row), before.Select(Row));
        const string Tables = "tickets.tickets, tickets.time_entries";
        await ExecuteAsync(string.Join(";", Tables.Split(", ").Select(t => $"ALTER TABLE {t} DISABLE TRIGGER USER")));
        try
        {
            await _world.ContractEntryAsync(party.OpenTickets[0], "2026-03-05", 9, party.Riders[0].Rider);
            await _world.ContractEntryAsync(party.OpenTickets[0], "2026-03-06", 9, party.Riders[0].Rider);
            var stale = await _world.TotalsAsync(request);
            var fresh = Expected(await _world.LinesAsync(request));
            Assert.NotEqual(before.Select(Row), fresh.Select(Row));
            Assert.NotEqual(fresh.Select(Row), stale.Select(Row));
        }
        finally
        {
            await ExecuteAsync(string.Join(";", Tables.Split(", ").Select(t => $"ALTER TABLE {t} ENABLE TRIGGER USER")));
        }
    }

    [Fact]
    public async Task Readers_in_parallel_after_changes_all_get_the_fresh_totals()
    {
        // Twelve readers at once on dates nobody has read yet (every client stale) and, after a change, again: the
        // advisory lock lets one compute while the others wait, and nobody fails on the summary's primary key.
        for (var round = 0; round < 3; round++)
        {
            var party = _parties[round];
            await _world.ContractEntryAsync(party.OpenTickets[0], "2026-02-03", 3 + round, party.Riders[0].Rider);
            var request = new PendingRequest(Today.AddDays(round + 40), null, null, PendingScope.Both);
            var readers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => _world.TotalsAsync(request))));
            var expected = Expected(await _world.LinesAsync(request)).Select(Row).ToList();
            Assert.NotEmpty(expected);
            Assert.All(readers, rows => Assert.Equal(expected, rows.Select(Row)));
        }
    }

    [Fact]
    public async Task The_job_stores_todays_summaries_and_forgets_other_dates_nobody_refreshed_for_a_day()
    {
        var old = new DateOnly(2026, 1, 31);
        await _world.TotalsAsync(new PendingRequest(old, null, null, PendingScope.Both));
        await ExecuteAsync($"UPDATE billing.pending_summaries SET refreshed_at = refreshed_at - interval '2 days' WHERE as_of = '{PtBr.Iso(old)}'");

        await using (var scope = _world.Services.Provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Pending.Summary.PendingSummaryJob>().RunAsync(default);
        }

        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM billing.pending_summaries WHERE as_of = '{PtBr.Iso(old)}'"));
        var clients = await CountAsync("SELECT count(*) FROM contracts.clients");
        Assert.Equal(clients, await CountAsync($"SELECT count(*) FROM billing.pending_summaries WHERE as_of = '{PtBr.Iso(Today)}' AND NOT exact_due_date"));
    }

    private async Task<string> ChangeAsync(Random random)
    {
        var party = _parties[random.Next(_parties.Count)];
        var ticket = party.OpenTickets[random.Next(party.OpenTickets.Count)];
        switch (random.Next(10))
        {
            case 0 or 1 or 2:
                // Alfa logs standalone work with its service (and sometimes its travel); the others log contract time,
                // the shared-credit members sometimes on the owner's rider.
                var rider = party.Riders.Count > 0 ? party.Riders[random.Next(party.Riders.Count)].Rider : (Guid?)null;
                var hours = random.Next(1, 9);
                var entry = await _world.Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
                    new SaveTimeEntryRequest(
                        ticket, null, Start.AddDays(random.Next(0, 140)), new TimeOnly(8, 0), new TimeOnly(8 + hours, 0), BillingWorld.Tech.UserId, BillingWorld.Tech.Name,
                        "Atendimento", (AttendanceMode)random.Next(1, 4), rider is null ? EntryKind.Standalone : EntryKind.Contract, rider,
                        rider is null ? _world.AlfaCatalog.Service : null, rider is null && random.Next(3) == 0 ? _world.AlfaCatalog.Travel : null, null, random.Next(6) == 0),
                    BillingWorld.Tech,
                    default));
                if (entry.IsSuccess)
                {
                    _entries.Add((ticket, entry.Value));
                }

                return !entry.IsSuccess ? "entry refused" : rider is null ? "standalone entry" : "contract entry";
            case 3:
                await _world.CloseTicketAsync(ticket, approve: true);
                party.OpenTickets.Remove(ticket);
                party.OpenTickets.Add(await _world.OpenTicketAsync(party.Client));
                return "ticket reviewed";
            case 4 or 5:
                var billed = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
                    new CommitBillingRequest(new BillingDraftRequest(party.Client, new PendingRequest(Today, null, [party.Client], PendingScope.Both), [], true),
                        null, Today, null, 0m, 0m, null, "", [], "teste"), default));
                if (billed.IsSuccess)
                {
                    _billings.Add(billed.Value.Id);
                }

                return billed.IsSuccess ? "billing" : "billing refused";
            case 6 when _billings.Count > 0:
                var pick = _billings[random.Next(_billings.Count)];
                var reversed = await _world.Services.InScopeAsync<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(pick, "Propriedade", "teste", default));
                _billings.Remove(pick);
                return reversed.IsSuccess ? "reversal" : "reversal refused";
            case 7 when party.Riders.Count > 0:
                var (contract, _) = party.Riders[0];
                var release = await _world.Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.AddRiderAsync(contract,
                    new RiderTermsRequest(new DateOnly(2026, random.Next(2, 5), 1), null, 10, 100m * random.Next(1, 30), 0m, DiscountType.Currency,
                        60 * random.Next(1, 10), 90m, 49.9m, 150m, 100m, 80m, random.Next(0, 3), 35m, [new RiderItemDto("Licença", 25m, random.Next(1, 9))], "Reajuste"),
                    "teste", default));
                return release.IsSuccess ? "new rider release" : "rider release refused";
            case 8:
                var name = $"{party.Name} {random.Next(100)}";
                var renamed = await _world.Services.InScopeAsync<IClientsAdministration, Result>(c => c.UpdateClientAsync(party.Client,
                    new SaveClientRequest(name, name + " Ltda", party.TaxId, ["financeiro@cliente.com.br"], ClosingReportLayout.Detailed, ""), default));
                return renamed.IsSuccess ? "client renamed" : "rename refused";
            default:
                if (_entries.Count == 0)
                {
                    return "nothing";
                }

                var (entryTicket, entryId) = _entries[random.Next(_entries.Count)];
                var deleted = await _world.Tickets((ITicketWork t) => t.DeleteTimeEntryAsync(entryTicket, entryId, BillingWorld.Tech, default));
                _entries.Remove((entryTicket, entryId));
                return deleted.IsSuccess ? "entry deleted" : "entry delete refused";
        }
    }

    private static PendingRequest RandomRequest(Random random)
    {
        DateOnly[] dates = [Today, Today.AddDays(-25), new DateOnly(2026, 3, 5), Today.AddMonths(1)];
        var date = dates[random.Next(dates.Length)];
        DateOnly? exact = random.Next(5) == 0 ? new DateOnly(2026, random.Next(1, 5), 10) : null;
        return new PendingRequest(date, exact, null, (PendingScope)random.Next(3));
    }

    /// <summary>The oracle: the engine's explained lines of the request, totalled per client.</summary>
    private static List<PendingClientSummary> Expected(IReadOnlyList<PendingLineDto> lines) =>
        [.. lines
            .GroupBy(l => (l.ClientId, l.ClientName))
            .Select(g => new PendingClientSummary(
                g.Key.ClientId,
                g.Key.ClientName,
                g.Where(l => l.IsContractLine && l.Billable).Sum(l => l.Amount),
                g.Where(l => !l.IsContractLine && l.Billable).Sum(l => l.Amount),
                g.Where(l => l.DueDate is not null).Select(l => l.DueDate).Min(),
                g.Count(),
                [.. g.Where(l => l.Kind == PendingLineKind.ContractProblem).Select(l => l.Description)]))
            .OrderBy(s => s.ClientName, PtBr.Collator)
            .ThenBy(s => s.ClientName, StringComparer.Ordinal)
            .ThenBy(s => s.ClientId)];

    /// <summary>The oracle for work awaiting review: Tickets' items, totalled per client.</summary>
    private async Task<List<string>> ExpectedAwaitingAsync(AwaitingReviewRequest request)
    {
        var items = (await _world.Tickets((ITicketBilling t) => t.GetAwaitingReviewItemsAsync(new AwaitingReviewItemsRequest(request.ClientIds), default)))
            .Where(i => request.Scope switch
            {
                PendingScope.Contracts => i.Kind == AwaitingReviewItemKind.ContractEntry,
                PendingScope.Standalone => i.Kind != AwaitingReviewItemKind.ContractEntry,
                _ => true,
            })
            .ToList();
        var clients = await _world.Services.InScopeAsync<IContractsModule, IReadOnlyList<ClientSummary>>(c => c.GetClientsAsync([.. items.Select(i => i.ClientId).Distinct()], default));
        return [.. items.GroupBy(i => i.ClientId)
            .Select(g => new AwaitingReviewSummary(
                g.Key,
                clients.Single(c => c.Id == g.Key).Name,
                g.Select(i => i.TicketId).Distinct().Count(),
                g.Count(i => i.Kind != AwaitingReviewItemKind.ContractEntry),
                g.Where(i => i.Kind != AwaitingReviewItemKind.ContractEntry && !i.Warranty).Sum(i => i.Value),
                g.Count(i => i.Kind == AwaitingReviewItemKind.ContractEntry),
                g.Where(i => i.Kind == AwaitingReviewItemKind.ContractEntry && !i.Warranty).Sum(i => i.Minutes ?? 0),
                [.. g.Select(i => i.TicketNumber).Distinct().Order()]))
            .OrderBy(s => s.ClientName, StringComparer.Ordinal)
            .ThenBy(s => s.ClientId)
            .Select(AwaitingRow)];
    }

    private static string AwaitingRow(AwaitingReviewSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.ClientName}: {s.TicketCount} tickets [{string.Join(",", s.TicketNumbers)}], {s.StandaloneItemCount} items {s.StandaloneValue:F2}, {s.ContractEntryCount} entries {s.ContractMinutes} min");

    private static string LineRow(PendingLineDto l) => string.Create(CultureInfo.InvariantCulture,
        $"{l.Key} {l.ClientName} {l.Amount:F2} {l.Billable} {l.Explanation.Formula} [{string.Join(",", l.Explanation.Entries.Select(e => $"{e.ClientName}:{e.BilledMinutes}"))}]");

    private static string Row(PendingClientSummary s) =>
        // Amounts compared as values (F2): the stored numeric(14,2) comes back as 0.00 where the engine's sum is 0.
        string.Create(CultureInfo.InvariantCulture, $"{s.ClientName}: {s.ContractTotal:F2}+{s.StandaloneTotal:F2} due {s.EarliestDueDate:yyyy-MM-dd} lines {s.LineCount} problems [{string.Join(",", s.Problems)}]");

    private Task<long> CountAsync(string sql) => _world.ScalarAsync<long>(sql);

    private Task ExecuteAsync(string sql) => _world.ExecuteAsync(sql);
}
