using Tiflux.Billing.PublicApi;
using Tiflux.Contracts;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>
/// Contracts, Tickets and Billing on one real database, clock fixed at 20/04/2026 12:00 (São Paulo), with:
/// <list type="bullet">
/// <item>Alfa: Horas contract in arrears from 01/03/2026 (R$ 2.000,00, 10:00 included, R$ 150,00/h excess, due day 10,
/// billed 5 days before). March consumption: 6:00 on 01/03 (reviewed ticket) + 4:30 on 31/03 (open ticket) = 10:30;
/// 3:00 on 01/04, the day after March ends, belongs to April. Standalone (service R$ 180/120/90 per hour): ticket A
/// reviewed with Remote 1:00 (R$ 120,00) and External 1:00 (R$ 180,00) with a R$ 75,00 travel; ticket D reviewed with
/// External 1:00 (R$ 180,00) riding along on A's travel; ticket B closed awaiting review with Remote 1:00.</item>
/// <item>Beta: Limite de Atendimento in arrears from 01/03/2026 (R$ 500,00, 1 ticket included, R$ 50,00 per extra).
/// Tickets: #1 on 10/03; #2 on 20/03 and 02/04 (counted once, in March); #3 warranty only on 25/03 (not counted).</item>
/// </list>
/// </summary>
public sealed class BillingWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 4, 20, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The technician every entry of the world is logged by.</summary>
    public static readonly ActorDto Tech = new(Guid.Parse("0195f000-0000-7000-8000-000000000e01"), "Técnica de Teste", MayHandleMoney: true);

    public ModuleTestServices Services { get; private set; } = null!;

    /// <summary>Fault injection: the process "dies" right after Tickets commits its billed marks (off by default).</summary>
    public CrashSwitch Crash { get; } = new();

    public Guid Desk { get; private set; }

    public Guid Alfa { get; private set; }

    public Guid Beta { get; private set; }

    public Guid AlfaContract { get; private set; }

    public Guid BetaContract { get; private set; }

    public int AlfaReviewedTicket { get; private set; }

    public int AlfaRideAlongTicket { get; private set; }

    public int AlfaAwaitingTicket { get; private set; }

    public Guid AprilFirstEntry { get; private set; }

    /// <summary>Alfa's standalone service (R$ 180/120/90 per hour) and travel (R$ 75,00).</summary>
    public (Guid Service, Guid Travel) AlfaCatalog { get; private set; }

    public async Task InitializeAsync()
    {
        Services = await ModuleTestServices.CreateAsync(
            Now, s => s.AddContractsModule(), s => s.AddTicketsModule(), s => CrashingTickets.Register(s, Crash), s => s.AddBillingModule());
        Alfa = await ClientAsync("Alfa Serviços", "11.222.333/0001-81");
        Beta = await ClientAsync("Beta Comércio", "11.444.777/0001-61");
        AlfaContract = await ContractAsync(Alfa, ContractModality.Hours, r => r with { Value = 2000m, IncludedMinutes = 600, SurplusHourRate = 150m });
        BetaContract = await ContractAsync(Beta, ContractModality.PerTicket, r => r with { Value = 500m, IncludedTickets = 1, ExtraTicketValue = 50m });
        var alfaRider = await RiderAsync(AlfaContract);
        var betaRider = await RiderAsync(BetaContract);
        var service = Ok(await Services.InScopeAsync<ICatalogAdministration, Result<Guid>>(c => c.SaveStandaloneServiceAsync(null, new("Suporte avulso", Alfa, 180m, 120m, 90m, true), default)));
        var travel = Ok(await Services.InScopeAsync<ICatalogAdministration, Result<Guid>>(c => c.SaveTravelAsync(null, new("Visita técnica", 75m, TravelScope.Client, Alfa, null, true), default)));
        AlfaCatalog = (service, travel);
        var desk = Desk = Ok(await Tickets((ITicketSetup t) => t.SaveDeskAsync(
            new SaveDeskRequest(null, "Suporte", ["Triagem", "Atendimento", "Concluído"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false),
            default)));

        // Alfa
        AlfaReviewedTicket = await TicketAsync(desk, Alfa);
        var open = await TicketAsync(desk, Alfa);
        AlfaAwaitingTicket = await TicketAsync(desk, Alfa);
        AlfaRideAlongTicket = await TicketAsync(desk, Alfa);
        await EntryAsync(AlfaReviewedTicket, "2026-03-01", 8, 0, 14, 0, AttendanceMode.Remote, rider: alfaRider);
        await EntryAsync(open, "2026-03-31", 8, 0, 12, 30, AttendanceMode.External, rider: alfaRider);
        AprilFirstEntry = await EntryAsync(open, "2026-04-01", 8, 0, 11, 0, AttendanceMode.Remote, rider: alfaRider);
        await EntryAsync(AlfaReviewedTicket, "2026-04-15", 10, 0, 11, 0, AttendanceMode.Remote, service: service);
        await EntryAsync(AlfaReviewedTicket, "2026-04-14", 9, 0, 10, 0, AttendanceMode.External, service: service, travel: travel);
        await EntryAsync(AlfaRideAlongTicket, "2026-04-14", 14, 0, 15, 0, AttendanceMode.External, service: service, rideAlong: AlfaReviewedTicket);
        await EntryAsync(AlfaAwaitingTicket, "2026-04-16", 10, 0, 11, 0, AttendanceMode.Remote, service: service);
        await CloseAsync(AlfaReviewedTicket, approve: true);
        await CloseAsync(AlfaRideAlongTicket, approve: true);
        await CloseAsync(AlfaAwaitingTicket, approve: false);

        // Beta
        var first = await TicketAsync(desk, Beta);
        var twice = await TicketAsync(desk, Beta);
        var warranty = await TicketAsync(desk, Beta);
        await EntryAsync(first, "2026-03-10", 9, 0, 10, 0, AttendanceMode.Remote, rider: betaRider);
        await EntryAsync(twice, "2026-03-20", 9, 0, 10, 0, AttendanceMode.Remote, rider: betaRider);
        await EntryAsync(twice, "2026-04-02", 9, 0, 10, 0, AttendanceMode.Remote, rider: betaRider);
        await EntryAsync(warranty, "2026-03-25", 9, 0, 10, 0, AttendanceMode.External, rider: betaRider, warranty: true);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();

    public Task<IReadOnlyList<PendingLineDto>> LinesAsync(PendingRequest request) =>
        Services.InScopeAsync<IBillingModule, IReadOnlyList<PendingLineDto>>(b => b.GetPendingLinesAsync(request, default));

    public Task<IReadOnlyList<PendingClientSummary>> TotalsAsync(PendingRequest request) =>
        Services.InScopeAsync<IBillingModule, IReadOnlyList<PendingClientSummary>>(b => b.GetPendingTotalsAsync(request, default));

    public Task<T> Tickets<TApi, T>(Func<TApi, Task<T>> action)
        where TApi : notnull => Services.InScopeAsync(action);

    /// <summary>A client with a Horas Cumulativas contract in arrears from <paramref name="start"/>; returns the client, contract and rider.</summary>
    public Task<(Guid Client, Guid Contract, Guid Rider)> CumulativeContractAsync(
        string clientName, string taxId, DateOnly start, decimal fee, int includedMinutes, decimal surplusRate, int? capMinutes, int? expiryCycles) =>
        ContractForAsync(clientName, taxId, ContractModality.CumulativeHours, start, r => r with { Value = fee, IncludedMinutes = includedMinutes, SurplusHourRate = surplusRate }, capMinutes, expiryCycles);

    /// <summary>A client with one contract of <paramref name="modality"/> in arrears from <paramref name="start"/>; returns the client, contract and rider.</summary>
    public async Task<(Guid Client, Guid Contract, Guid Rider)> ContractForAsync(
        string clientName, string taxId, ContractModality modality, DateOnly start, Func<RiderTermsRequest, RiderTermsRequest> rider, int? capMinutes = null, int? expiryCycles = null,
        IReadOnlyList<Guid>? sharedMembers = null)
    {
        var client = await ClientAsync(clientName, taxId);
        var type = Ok(await Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync($"Tipo {modality} {clientName}", modality, default)));
        var settings = new ContractSettingsRequest(
            $"Contrato {modality} {clientName}", BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null, true, "",
            capMinutes, expiryCycles, 0, 0, false, null, [], sharedMembers ?? []);
        var terms = rider(new RiderTermsRequest(start, null, 10, 0m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "Contrato novo"));
        var contract = Ok(await Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new(client, type, settings, terms, "teste"), default)));
        return (client, contract, await RiderAsync(contract));
    }

    /// <summary>
    /// One client per modality (Horas Cumulativas with a 10:00 cap expiring after 2 cycles, Horas, Limite de Atendimento,
    /// Crédito, Produto/SaaS, Livre) on random terms, then a Crédito compartilhado owner sharing with the Horas and the
    /// Limite de Atendimento clients (last in the list). The property tests' population.
    /// </summary>
    public async Task<List<(Guid Client, string Name, string TaxId, Guid Contract, Guid Rider)>> ModalityClientsAsync(string prefix, string ownerName, int cnpjRoot, Random random)
    {
        ContractModality[] modalities =
            [ContractModality.CumulativeHours, ContractModality.Hours, ContractModality.PerTicket, ContractModality.Credit, ContractModality.SaasProduct, ContractModality.Free];
        var start = new DateOnly(2025, 12, 1);
        var clients = new List<(Guid Client, string Name, string TaxId, Guid Contract, Guid Rider)>();
        for (var i = 0; i < modalities.Length; i++)
        {
            var modality = modalities[i];
            var (name, taxId) = ($"{prefix} {i:00}", Cnpj(cnpjRoot + i));
            var (client, contract, rider) = await ContractForAsync(name, taxId, modality, start, r => RandomTerms(modality, r, random),
                modality == ContractModality.CumulativeHours ? 600 : null, modality == ContractModality.CumulativeHours ? 2 : null);
            clients.Add((client, name, taxId, contract, rider));
        }

        var ownerTaxId = Cnpj(cnpjRoot + 50);
        var shared = await ContractForAsync(ownerName, ownerTaxId, ContractModality.SharedCredit, start,
            r => RandomTerms(ContractModality.SharedCredit, r, random), sharedMembers: [clients[1].Client, clients[2].Client]);
        clients.Add((shared.Client, ownerName, ownerTaxId, shared.Contract, shared.Rider));
        return clients;
    }

    /// <summary>Closes the ticket and, when <paramref name="approve"/>, reviews it (its work becomes billable).</summary>
    public Task CloseTicketAsync(int ticket, bool approve) => CloseAsync(ticket, approve);

    /// <summary>Changes a contract entry to <paramref name="hours"/> from 08:00 on <paramref name="date"/>.</summary>
    public async Task EditContractEntryAsync(int ticket, Guid entryId, string date, int hours, Guid rider) =>
        Ok(await Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(
                ticket, entryId, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(8, 0), new TimeOnly(8 + hours, 0), Tech.UserId, Tech.Name,
                "Atendimento corrigido", AttendanceMode.Remote, EntryKind.Contract, rider),
            Tech,
            default)));

    public async Task DeleteEntryAsync(int ticket, Guid entryId)
    {
        var deleted = await Tickets((ITicketWork t) => t.DeleteTimeEntryAsync(ticket, entryId, Tech, default));
        Assert.True(deleted.IsSuccess, string.Join("; ", deleted.Errors.Select(e => e.Message)));
    }

    /// <summary>Runs SQL on the world's database (fault injection, trigger switches).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Services.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The single value a query on the world's database returns (an oracle read apart from the modules).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Services.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>An open ticket of <paramref name="client"/> on the world's desk.</summary>
    public Task<int> OpenTicketAsync(Guid client) => TicketAsync(Desk, client);

    /// <summary>A remote contract entry of <paramref name="hours"/> from 08:00 on <paramref name="date"/> (yyyy-MM-dd).</summary>
    public Task<Guid> ContractEntryAsync(int ticket, string date, int hours, Guid rider, AttendanceMode mode = AttendanceMode.Remote, bool warranty = false) =>
        EntryAsync(ticket, date, 8, 0, 8 + hours, 0, mode, rider: rider, warranty: warranty);

    /// <summary>A valid CNPJ (check digits computed) for an 8-digit root, e.g. 90_000_000 + case number.</summary>
    public static string Cnpj(int root)
    {
        var digits = $"{root:00000000}0001".Select(c => c - '0').ToList();
        foreach (var weights in new[] { new[] { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 }, new[] { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 } })
        {
            var rest = digits.Zip(weights, (d, w) => d * w).Sum() % 11;
            digits.Add(rest < 2 ? 0 : 11 - rest);
        }

        return string.Concat(digits);
    }

    /// <summary>Random rider terms that exercise <paramref name="modality"/>'s rules (allowances, rates, items).</summary>
    public static RiderTermsRequest RandomTerms(ContractModality modality, RiderTermsRequest r, Random random) => modality switch
    {
        ContractModality.CumulativeHours or ContractModality.Hours => r with
        {
            Value = 100m * random.Next(5, 30), IncludedMinutes = 60 * random.Next(2, 12), SurplusHourRate = random.Next(50, 200) + 0.5m,
        },
        ContractModality.PerTicket => r with { Value = 500m, IncludedTickets = random.Next(0, 3), ExtraTicketValue = random.Next(20, 90) },
        ContractModality.Credit or ContractModality.SharedCredit => r with
        {
            Value = 100m * random.Next(3, 15), Tax = random.Next(0, 2) * 99.9m, ExternalRate = 180m, RemoteRate = 120.5m, InternalRate = 90m,
        },
        ContractModality.SaasProduct => r with { Items = [new RiderItemDto("Licença", 19.9m + random.Next(0, 50), random.Next(1, 20))] },
        _ => r with { Value = 333.33m + random.Next(0, 500) },
    };

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    private async Task<Guid> ClientAsync(string name, string taxId) =>
        Ok(await Services.InScopeAsync<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(new(name, name + " Ltda", taxId, ["financeiro@cliente.com.br"], ClosingReportLayout.Detailed, ""), default)));

    private async Task<Guid> ContractAsync(Guid client, ContractModality modality, Func<RiderTermsRequest, RiderTermsRequest> rider)
    {
        var start = new DateOnly(2026, 3, 1);
        var type = Ok(await Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync($"Tipo {modality}", modality, default)));
        var settings = new ContractSettingsRequest(
            $"Contrato {modality}", BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null, true, "",
            null, null, 0, 0, false, null, [], []);
        var terms = rider(new RiderTermsRequest(start, null, 10, 0m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "Contrato novo"));
        return Ok(await Services.InScopeAsync<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new(client, type, settings, terms, "teste"), default)));
    }

    private async Task<Guid> RiderAsync(Guid contractId) =>
        (await Services.InScopeAsync<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new(null, [contractId]), default))).Single().Riders.Single().Id;

    private async Task<int> TicketAsync(Guid desk, Guid client) =>
        Ok(await Tickets((ITicketLifecycle t) => t.CreateTicketAsync(new("Computador não liga", "Detalhes", client, desk, null, null, null, "Ana", "ana@cliente.example", null), Tech, default)));

    private async Task<Guid> EntryAsync(int ticket, string date, int fromHour, int fromMinute, int toHour, int toMinute, AttendanceMode mode, Guid? rider = null, Guid? service = null, Guid? travel = null, int? rideAlong = null, bool warranty = false) =>
        Ok(await Tickets((ITicketWork t) => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(
                ticket, null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute), Tech.UserId, Tech.Name, "Atendimento",
                mode, rider is null ? EntryKind.Standalone : EntryKind.Contract, rider, service, travel, rideAlong, warranty),
            Tech,
            default)));

    private async Task CloseAsync(int ticket, bool approve)
    {
        var closed = await Tickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Tech, default));
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        if (approve)
        {
            var reviewed = await Tickets((ITicketLifecycle t) => t.ReviewTicketAsync(new ReviewTicketRequest(ticket, true, ReviewerRole.PermissionedUser, 5, null), Tech, default));
            Assert.True(reviewed.IsSuccess, string.Join("; ", reviewed.Errors.Select(e => e.Message)));
        }
    }
}
