using System.Globalization;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Property: when nothing is wrong, reconciliation balances to zero. After every random change — contract time on every
/// modality (shared credit from member clients, warranty), standalone time with travel and ride-alongs, extras, reviews,
/// billings, reversals, deletions — every client's logged minutes, travel fees and extras equal the sum of their buckets
/// with no problem, and the buckets agree with independent oracles: logged minutes with the stored entries, billed values
/// with the active billing lines, excess with the excess and adjustment lines, pending values with the pending engine.
/// Work is never logged into a cycle already billed (that is a real difference, tested apart).
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReconciliationPropertyTests : IAsyncLifetime
{
    private const int Cases = 120;

    private static readonly DateOnly Today = new(2026, 4, 20);

    private static readonly DateOnly Start = new(2025, 12, 1);

    private static readonly ReconciliationRequest Everything = new(null, Start, new DateOnly(2026, 4, 30));

    private readonly BillingWorld _world = new();

    private readonly List<Party> _parties = [];

    private readonly List<Guid> _billings = [];

    /// <summary>Contracts billed at least once: new work on them goes to the cycle not yet due (April).</summary>
    private readonly HashSet<Guid> _billedContracts = [];

    private readonly List<(int Ticket, Guid Entry, Guid? Contract, DateOnly Date)> _entries = [];

    private Guid _extraExpense;

    private sealed record Party(Guid Client, List<(Guid Contract, Guid Rider)> Riders, List<int> OpenTickets);

    public async Task InitializeAsync()
    {
        await _world.InitializeAsync();
        await _world.Tickets(async (ITicketSetup t) =>
        {
            await t.SaveSettingsAsync(new TicketSettingsDto(AllowOverlappingEntries: true), default);
            return true;
        });
        _extraExpense = (await _world.Services.InScopeAsync<ICatalogAdministration, Result<Guid>>(c =>
            c.SaveExtraExpenseAsync(null, new SaveExtraExpenseRequest("Cabo de rede", 12.5m, "", true), default))).Value;
        foreach (var (client, _, _, contract, rider) in await _world.ModalityClientsAsync("Conciliação", "Conciliação Dono", 81_000_000, new Random(25)))
        {
            _parties.Add(new Party(client, [(contract, rider)], []));
        }

        foreach (var member in new[] { _parties[1], _parties[2] })
        {
            member.Riders.Add(_parties[^1].Riders[0]);
        }

        _parties.Add(new Party(_world.Alfa, [], []));
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
    public async Task Reconciliation_balances_to_zero_after_every_change()
    {
        var failures = new List<string>();
        var applied = new Dictionary<string, int>();
        var buckets = new HashSet<ReconciliationBucket>();
        for (var n = 0; n < Cases; n++)
        {
            var change = await ChangeAsync(new Random(2000 + n));
            applied[change] = applied.GetValueOrDefault(change) + 1;
            var result = await ReconcileAsync(Everything);
            buckets.UnionWith(result.Clients.SelectMany(c => c.Lines).Select(l => l.Bucket));
            foreach (var client in result.Clients.Where(c => !c.Balances))
            {
                failures.Add($"case {n} after {change}: {client.ClientName} time {client.TimeDifferenceMinutes}, travel {client.TravelDifference}, extras {client.ExtraDifference}; "
                    + string.Join("; ", client.Problems.Select(p => $"#{p.TicketNumber} {p.Reason}")));
            }

            failures.AddRange((await OracleMismatchesAsync(result)).Select(m => $"case {n} after {change}: {m}"));
            if (failures.Count > 10)
            {
                break;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        string[] kinds = ["contract entry", "standalone entry", "extra", "ticket reviewed", "billing", "reversal", "entry deleted"];
        Assert.True(kinds.All(k => applied.GetValueOrDefault(k) >= 3), $"changes {string.Join(", ", applied)}");
        ReconciliationBucket[] expected =
        [
            ReconciliationBucket.Billed, ReconciliationBucket.CoveredByContract, ReconciliationBucket.BilledAsExcess, ReconciliationBucket.Warranty,
            ReconciliationBucket.RideAlong, ReconciliationBucket.PendingOpenTicket, ReconciliationBucket.PendingBilling, ReconciliationBucket.PendingCycle,
        ];
        Assert.True(expected.All(buckets.Contains), $"buckets seen: {string.Join(", ", buckets)}");
    }

    [Fact]
    public async Task An_entry_marked_billed_in_a_billing_that_does_not_exist_is_exactly_the_one_problem()
    {
        var party = _parties[^1];
        var ticket = party.OpenTickets[0];
        var orphan = (await StandaloneEntryAsync(ticket, new DateOnly(2026, 4, 6), 2, travel: false))!.Value;
        await StandaloneEntryAsync(ticket, new DateOnly(2026, 4, 7), 1, travel: true);
        await _world.CloseTicketAsync(ticket, approve: true);
        Assert.DoesNotContain((await ReconcileAsync(Everything)).Clients, c => !c.Balances);

        await _world.ExecuteAsync($"UPDATE tickets.time_entries SET billed_in_billing_id = gen_random_uuid() WHERE id = '{orphan}'");

        var client = (await ReconcileAsync(Everything with { ClientId = party.Client })).Clients.Single();
        var problem = Assert.Single(client.Problems);
        Assert.Equal(orphan, problem.ItemId);
        Assert.Equal(ticket, problem.TicketNumber);
        Assert.Equal(ReconciliationFamily.Time, problem.Family);
        Assert.Contains("faturamento que não existe", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(120, client.TimeDifferenceMinutes);
        Assert.Equal(0, client.TravelDifference);
        Assert.DoesNotContain(client.Lines.SelectMany(l => l.Items), i => i.ItemId == orphan);
    }

    [Fact]
    public async Task A_billing_reversed_without_releasing_its_items_shows_each_of_them_and_nothing_else()
    {
        var party = _parties[^1];
        var ticket = party.OpenTickets[1];
        var entry = (await StandaloneEntryAsync(ticket, new DateOnly(2026, 4, 8), 1, travel: true))!.Value;
        await _world.CloseTicketAsync(ticket, approve: true);
        var billing = (await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(party.Client, new PendingRequest(Today, null, [party.Client], PendingScope.Standalone), [], true),
                null, Today, null, 0m, 0m, null, "", [], "teste"), default))).Value.Id;
        var before = (await ReconcileAsync(Everything with { ClientId = party.Client })).Clients.Single();
        Assert.True(before.Balances, string.Join("; ", before.Problems.Select(p => p.Reason)));
        Assert.Contains(before.Lines, l => l.Bucket == ReconciliationBucket.Billed && l.Items.Any(i => i.ItemId == entry));

        // The reversal's Billing half only: Tickets still holds the marks.
        await _world.ExecuteAsync($"UPDATE billing.billings SET reversed = true WHERE id = '{billing}'; UPDATE billing.billing_lines SET active = false WHERE billing_id = '{billing}'");

        var after = (await ReconcileAsync(Everything with { ClientId = party.Client })).Clients.Single();
        var marked = await _world.ScalarAsync<long>($"SELECT count(*) FROM tickets.time_entries WHERE billed_in_billing_id = '{billing}'");
        var travels = await _world.ScalarAsync<long>($"SELECT count(*) FROM tickets.time_entries WHERE travel_billed_in_billing_id = '{billing}'");
        Assert.Equal(marked + travels, after.Problems.Count);
        Assert.Contains(after.Problems, p => p.ItemId == entry && p.Family == ReconciliationFamily.Time);
        Assert.Contains(after.Problems, p => p.ItemId == entry && p.Family == ReconciliationFamily.Travel);
        Assert.All(after.Problems, p => Assert.Contains("estornado", p.Reason, StringComparison.Ordinal));
        Assert.Equal(travels, after.TravelDifference);
        Assert.True(after.TimeDifferenceMinutes >= 60);
    }

    [Fact]
    public async Task Contract_time_logged_after_its_cycle_was_billed_is_a_difference_until_adjusted()
    {
        var party = _parties[1];
        var ticket = party.OpenTickets[2];
        var (contract, rider) = party.Riders[0];
        await _world.ContractEntryAsync(ticket, "2026-03-03", 2, rider);
        var billed = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
            new CommitBillingRequest(new BillingDraftRequest(party.Client, new PendingRequest(Today, null, [party.Client], PendingScope.Contracts), [], true),
                null, Today, null, 0m, 0m, null, "", [], "teste"), default));
        Assert.True(billed.IsSuccess);
        var late = await _world.ContractEntryAsync(ticket, "2026-03-04", 3, rider);

        var client = (await ReconcileAsync(Everything with { ClientId = party.Client })).Clients.Single();

        var problem = Assert.Single(client.Problems);
        Assert.Equal(late, problem.ItemId);
        Assert.Contains("depois do faturamento do ciclo", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(180, client.TimeDifferenceMinutes);
        Assert.NotEqual(Guid.Empty, contract);
    }

    [Fact]
    public async Task A_period_longer_than_the_limit_or_reversed_is_refused()
    {
        var tooLong = await _world.Services.InScopeAsync<IBillingReconciliation, Result<ReconciliationDto>>(r =>
            r.ReconcileAsync(new ReconciliationRequest(null, Start, Start.AddDays(BillingLimits.ReconciliationMaxDays)), default));
        var reversed = await _world.Services.InScopeAsync<IBillingReconciliation, Result<ReconciliationDto>>(r =>
            r.ReconcileAsync(new ReconciliationRequest(null, Start, Start.AddDays(-1)), default));
        var longest = await _world.Services.InScopeAsync<IBillingReconciliation, Result<ReconciliationDto>>(r =>
            r.ReconcileAsync(new ReconciliationRequest(null, Start, Start.AddDays(BillingLimits.ReconciliationMaxDays - 1)), default));

        Assert.False(tooLong.IsSuccess);
        Assert.False(reversed.IsSuccess);
        Assert.True(longest.IsSuccess);
    }

    private async Task<string> ChangeAsync(Random random)
    {
        var party = _parties[random.Next(_parties.Count)];
        var ticket = party.OpenTickets[random.Next(party.OpenTickets.Count)];
        switch (random.Next(12))
        {
            case 0 or 1 or 2 when party.Riders.Count > 0:
                var (contract, rider) = party.Riders[random.Next(party.Riders.Count)];
                var date = _billedContracts.Contains(contract) ? new DateOnly(2026, 4, random.Next(1, 20)) : Start.AddDays(random.Next(0, 140));
                var hours = random.Next(1, 9);
                var saved = await _world.Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
                    new SaveTimeEntryRequest(ticket, null, date, new TimeOnly(8, 0), new TimeOnly(8 + hours, random.Next(0, 4) * 13), BillingWorld.Tech.UserId, BillingWorld.Tech.Name,
                        "Atendimento", (AttendanceMode)random.Next(1, 4), EntryKind.Contract, rider, null, null, null, random.Next(6) == 0),
                    BillingWorld.Tech, default));
                if (saved.IsSuccess)
                {
                    _entries.Add((ticket, saved.Value, contract, date));
                }

                return saved.IsSuccess ? "contract entry" : "entry refused";
            case 0 or 1 or 2 or 3:
                // Standalone work is Alfa's (its service and travel are client-scoped); a ride-along reuses another open ticket's travel.
                var alfa = _parties[^1].OpenTickets;
                var own = alfa[random.Next(alfa.Count)];
                var standalone = await StandaloneEntryAsync(own, Start.AddDays(random.Next(0, 140)), random.Next(1, 5), random.Next(3) == 0, random.Next(8) == 0,
                    random.Next(4) == 0 ? alfa.First(t => t != own) : null);
                return standalone is null ? "entry refused" : "standalone entry";
            case 4:
                var extra = await _world.Tickets((ITicketWork t) => t.SaveExtraAsync(
                    new SaveExtraRequest(ticket, null, _extraExpense, Start.AddDays(random.Next(0, 140)), random.Next(1, 4), null, "Material", null), BillingWorld.Tech, default));
                return extra.IsSuccess ? "extra" : "extra refused";
            case 5:
                await _world.CloseTicketAsync(ticket, approve: random.Next(4) != 0);
                party.OpenTickets.Remove(ticket);
                party.OpenTickets.Add(await _world.OpenTicketAsync(party.Client));
                return "ticket reviewed";
            case 6 or 7:
                var billed = await _world.Services.InScopeAsync<IBillingWorkflow, Result<BillingCreatedDto>>(w => w.CommitBillingAsync(
                    new CommitBillingRequest(new BillingDraftRequest(party.Client, new PendingRequest(Today, null, [party.Client], PendingScope.Both), [], true),
                        null, Today, null, 0m, 0m, null, "", [], "teste"), default));
                if (billed.IsSuccess)
                {
                    _billings.Add(billed.Value.Id);
                    // A party's first rider is its own contract (members also hold the shared one, billed to its owner).
                    if (party.Riders.Count > 0)
                    {
                        _billedContracts.Add(party.Riders[0].Contract);
                    }
                }

                return billed.IsSuccess ? "billing" : "billing refused";
            case 8 when _billings.Count > 0:
                var pick = _billings[random.Next(_billings.Count)];
                var reversed = await _world.Services.InScopeAsync<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(pick, "Propriedade", "teste", default));
                _billings.Remove(pick);
                return reversed.IsSuccess ? "reversal" : "reversal refused";
            default:
                // Deleting contract time of a billed contract before April would change a billed cycle: not "nothing wrong".
                var deletable = _entries.Where(e => e.Contract is null || !_billedContracts.Contains(e.Contract.Value) || e.Date.Month == 4).ToList();
                if (deletable.Count == 0)
                {
                    return "nothing";
                }

                var victim = deletable[random.Next(deletable.Count)];
                var deleted = await _world.Tickets((ITicketWork t) => t.DeleteTimeEntryAsync(victim.Ticket, victim.Entry, BillingWorld.Tech, default));
                _entries.Remove(victim);
                return deleted.IsSuccess ? "entry deleted" : "entry delete refused";
        }
    }

    private async Task<Guid?> StandaloneEntryAsync(int ticket, DateOnly date, int hours, bool travel, bool warranty = false, int? rideAlong = null)
    {
        var saved = await _world.Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(ticket, null, date, new TimeOnly(8, 0), new TimeOnly(8 + hours, 0), BillingWorld.Tech.UserId, BillingWorld.Tech.Name, "Atendimento",
                travel || rideAlong is not null ? AttendanceMode.External : AttendanceMode.Remote, EntryKind.Standalone, null,
                _world.AlfaCatalog.Service, travel ? _world.AlfaCatalog.Travel : null, travel ? null : rideAlong, warranty),
            BillingWorld.Tech, default));
        if (saved.IsSuccess)
        {
            _entries.Add((ticket, saved.Value, null, date));
        }

        return saved.IsSuccess ? saved.Value : null;
    }

    private Task<ReconciliationDto> ReconcileAsync(ReconciliationRequest request) =>
        _world.Services.InScopeAsync<IBillingReconciliation, ReconciliationDto>(async r =>
        {
            var result = await r.ReconcileAsync(request, default);
            Assert.True(result.IsSuccess);
            return result.Value;
        });

    /// <summary>The buckets against what the other modules say, each computed its own way.</summary>
    private async Task<List<string>> OracleMismatchesAsync(ReconciliationDto result)
    {
        var mismatches = new List<string>();
        var lines = result.Clients.SelectMany(c => c.Lines).ToList();
        decimal Sum(ReconciliationBucket bucket, params ReconciliationFamily[] families) =>
            lines.Where(l => l.Bucket == bucket && families.Contains(l.Family)).Sum(l => l.Amount ?? 0m);
        void Compare(string what, object expected, object actual)
        {
            if (!Equals(expected, actual))
            {
                mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected}, reconciliation {actual}"));
            }
        }

        Compare("logged minutes", await _world.ScalarAsync<long>("SELECT coalesce(sum(minutes), 0)::bigint FROM tickets.time_entries"), (long)result.Clients.Sum(c => c.LoggedMinutes));
        Compare("extras", await _world.ScalarAsync<long>("SELECT count(*) FROM tickets.extra_valuations"), (long)result.Clients.Sum(c => c.LoggedExtraCount));
        Compare("billed items", await _world.ScalarAsync<decimal>("SELECT coalesce(sum(amount), 0) FROM billing.billing_lines WHERE active AND kind IN ('StandaloneEntry', 'Travel', 'Extra')"),
            Sum(ReconciliationBucket.Billed, ReconciliationFamily.Time, ReconciliationFamily.Travel, ReconciliationFamily.Extra));
        Compare("billed excess", await _world.ScalarAsync<decimal>("SELECT coalesce(sum(amount), 0) FROM billing.billing_lines WHERE active AND kind IN ('HoursExcess', 'TicketExcess', 'CreditExcess', 'CycleAdjustment')"),
            Sum(ReconciliationBucket.BilledAsExcess, ReconciliationFamily.Time));
        var pending = (await _world.LinesAsync(new PendingRequest(Today, null, null, PendingScope.Standalone))).Where(l => l.Billable).Sum(l => l.Amount);
        Compare("pending items", pending, Sum(ReconciliationBucket.PendingBilling, ReconciliationFamily.Time, ReconciliationFamily.Travel, ReconciliationFamily.Extra));
        return mismatches;
    }
}
