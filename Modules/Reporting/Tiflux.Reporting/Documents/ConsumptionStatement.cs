using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Reporting.Documents;

/// <summary>How a contract's allowance is measured.</summary>
internal enum AllowanceUnit
{
    None = 0,
    Minutes = 1,
    Tickets = 2,
    Money = 3,
}

internal sealed record StatementCycle(DateOnly From, DateOnly To, decimal? Allowance, decimal Consumed, decimal Excess)
{
    public string Period => $"{PtBr.Date(From)} a {PtBr.Date(To)}";
}

internal sealed record StatementEntry(DateOnly Date, int TicketNumber, string Technician, string Mode, int Minutes, bool Warranty, string Description);

internal sealed record StatementContract(
    int Number,
    string Name,
    string Modality,
    AllowanceUnit Unit,
    IReadOnlyList<StatementCycle> Cycles,
    IReadOnlyList<StatementEntry> Entries)
{
    public decimal TotalAllowance => Cycles.Sum(c => c.Allowance ?? 0);

    public decimal TotalConsumed => Cycles.Sum(c => c.Consumed);

    public decimal TotalExcess => Cycles.Sum(c => c.Excess);

    public string Show(decimal? value) => value is not { } v ? "—" : Unit switch
    {
        AllowanceUnit.Minutes or AllowanceUnit.None => PtBr.Hhmm((int)v),
        AllowanceUnit.Tickets => $"{v:0} tickets",
        _ => PtBr.Money(v),
    };
}

internal sealed record ConsumptionStatement(ClientSummary Client, DateOnly From, DateOnly To, IReadOnlyList<StatementContract> Contracts);

/// <summary>Collects a client's contract consumption per cycle in a period (warranty entries listed but not counted).</summary>
internal sealed class ConsumptionStatementBuilder(IContractsModule contracts, ITicketBilling tickets)
{
    /// <summary>The statement, or null without such a client. Without <paramref name="showValues"/> credit contracts count hours, never R$.</summary>
    public async Task<ConsumptionStatement?> BuildAsync(Guid clientId, Guid? contractId, DateOnly from, DateOnly to, bool showValues, CancellationToken cancellationToken)
    {
        var client = await contracts.GetClientAsync(clientId, cancellationToken);
        if (client is null)
        {
            return null;
        }

        var terms = await contracts.GetContractTermsAsync(new ContractTermsRequest([clientId], contractId is { } id ? [id] : null), cancellationToken);
        var result = new List<StatementContract>();
        foreach (var contract in terms.Where(t => t.ClientId == clientId).OrderBy(t => t.Number))
        {
            var unit = contract.Modality switch
            {
                var family when family.UsesHours() => AllowanceUnit.Minutes,
                ContractModality.PerTicket => AllowanceUnit.Tickets,
                var family when family.UsesCredit() && showValues => AllowanceUnit.Money,
                _ => AllowanceUnit.None,
            };
            var cycles = new List<StatementCycle>();
            var entries = new List<StatementEntry>();
            var cycle = await contracts.GetCycleAsync(contract.Id, from < contract.StartDate ? contract.StartDate : from, cancellationToken);
            for (var guard = 0; cycle is not null && cycle.Start <= to && guard < 120; guard++)
            {
                var start = cycle.Start < from ? from : cycle.Start;
                var end = cycle.End > to ? to : cycle.End;
                var consumption = await tickets.GetContractConsumptionAsync(new ContractConsumptionRequest(null, [contract.Id], start, end), cancellationToken);
                var rider = cycle.Rider;
                var (allowance, consumed) = unit switch
                {
                    AllowanceUnit.Minutes => ((decimal?)(rider.IncludedMinutes ?? 0), (decimal)consumption.TotalMinutes),
                    AllowanceUnit.Tickets => (rider.IncludedTickets ?? 0, consumption.TicketNumbers.Count),
                    AllowanceUnit.Money => (rider.Value, consumption.Entries.Where(e => !e.Warranty).Sum(e => Money.ForMinutes(e.Minutes, rider.RateFor(e.Mode) ?? 0))),
                    _ => ((decimal?)null, (decimal)consumption.TotalMinutes),
                };
                cycles.Add(new StatementCycle(start, end, allowance, consumed, allowance is { } a && consumed > a ? consumed - a : 0));
                entries.AddRange(consumption.Entries.OrderBy(e => e.Date).ThenBy(e => e.TicketNumber).Select(e =>
                    new StatementEntry(e.Date, e.TicketNumber, e.TechnicianName, e.Mode.Portuguese(), e.Minutes, e.Warranty, e.Description)));
                cycle = await contracts.GetCycleAsync(contract.Id, cycle.End.AddDays(1), cancellationToken);
            }

            result.Add(new StatementContract(contract.Number, contract.Name, contract.ContractTypeName, unit, cycles, entries));
        }

        return new ConsumptionStatement(client, from, to, result);
    }
}

/// <summary>The flat view of the statement template.</summary>
internal sealed record StatementView(string Title, OrganizationView Organization, ClientView Client, string Period, bool Detailed, IReadOnlyList<StatementContractView> Contracts);

internal sealed record StatementContractView(
    string Name,
    string Modality,
    IReadOnlyList<StatementCycleView> Cycles,
    string TotalAllowance,
    string TotalConsumed,
    string TotalExcess,
    IReadOnlyList<StatementEntryView> Entries);

internal sealed record StatementCycleView(string Period, string Allowance, string Consumed, string Excess);

internal sealed record StatementEntryView(string Date, string Ticket, string Technician, string Mode, string Duration, bool Warranty, string Description);

internal static class StatementViews
{
    /// <summary>The statement in the words the screen and the PDFs show (one place formats them).</summary>
    public static ConsumptionStatementDto ToDto(ConsumptionStatement s) => new(
        s.Client.Name,
        s.From,
        s.To,
        $"{PtBr.Date(s.From)} a {PtBr.Date(s.To)}",
        [.. s.Contracts.Select(c => new StatementContractDto(
            c.Number,
            c.Name,
            c.Modality,
            StatementWorkbook.UnitName(c.Unit),
            [.. c.Cycles.Select(y => new StatementCycleDto(y.From, y.To, y.Period, c.Show(y.Allowance), c.Show(y.Consumed), c.Show(y.Excess)))],
            c.Unit == AllowanceUnit.None ? "—" : c.Show(c.TotalAllowance),
            c.Show(c.TotalConsumed),
            c.Unit == AllowanceUnit.None ? "—" : c.Show(c.TotalExcess),
            [.. c.Entries.Select(e => new StatementEntryDto(e.Date, e.TicketNumber, e.Technician, e.Mode, e.Minutes, PtBr.Hhmm(e.Minutes), e.Warranty, e.Description))]))]);

    public static StatementView ToView(ConsumptionStatement s, bool detailed, OrganizationView organization)
    {
        var dto = ToDto(s);
        return new(
            $"Extrato de consumo — {(detailed ? "detalhado" : "sintético")}",
            organization,
            new ClientView(s.Client.Name, s.Client.LegalName, s.Client.TaxIdFormatted),
            dto.Period,
            detailed,
            [.. dto.Contracts.Select(c => new StatementContractView(
                $"#{c.Number} {c.Name}",
                c.Modality,
                [.. c.Cycles.Select(y => new StatementCycleView(y.Period, y.Allowance, y.Consumed, y.Excess))],
                c.TotalAllowance,
                c.TotalConsumed,
                c.TotalExcess,
                [.. c.Entries.Select(e => new StatementEntryView(PtBr.Date(e.Date), $"#{e.TicketNumber}", e.Technician, e.Mode, e.Duration, e.Warranty, e.Description))]))]);
    }
}
