using Tiflux.Reporting.Documents;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Statements;

/// <summary>The flat view of the statement template: the screen's DTO, with the organisation and each client's header.</summary>
internal sealed record StatementView(string Title, OrganizationView Organization, string Period, bool Detailed, bool ShowValues, IReadOnlyList<StatementClientView> Clients);

internal sealed record StatementClientView(ClientView Client, StatementClientDto Part);

/// <summary>The statement in the words the screen, the PDFs and the XLSX headers use (one place formats them).</summary>
internal static class StatementViews
{
    public const string Billed = "Faturado";

    public const string Pending = "Pendente";

    /// <summary>Warranty work and ride-alongs: listed, never billed, so never marked — not "pending" either.</summary>
    public const string NotCharged = "Não cobrado";

    public static string State(bool billed, bool counted = true) => billed ? Billed : counted ? Pending : NotCharged;

    public static ConsumptionStatementDto ToDto(ConsumptionStatement s) => new(
        s.ClientNames, s.From, s.To, s.Period, s.ShowValues, [.. s.Clients.Select(c => Client(c, s.ShowValues))]);

    public static StatementView ToView(ConsumptionStatement s, bool detailed, OrganizationView organization)
    {
        var dto = ToDto(s);
        return new(
            $"Extrato de consumo — {(detailed ? "detalhado" : "sintético")}",
            organization,
            dto.Period,
            detailed,
            s.ShowValues,
            [.. s.Clients.Zip(dto.Clients, (c, part) => new StatementClientView(new ClientView(c.Client.Name, c.Client.LegalName, c.Client.TaxIdFormatted), part))]);
    }

    /// <summary>Money when the reader may see values, else nothing.</summary>
    private static string Money(decimal value, bool show) => show ? PtBr.Money(value) : "";

    private static StatementClientDto Client(StatementClient c, bool show) => new(
        c.Client.Id,
        c.Client.Name,
        [.. c.Contracts.Select(Contract)],
        [.. c.Standalone.Select(w => new StatementWorkDto(
            w.Date, PtBr.Date(w.Date), w.TicketNumber, w.Technician, w.Service, w.Minutes, PtBr.Hhmm(w.Minutes), Money(w.Value, show), w.Warranty, State(w.Billed, w.Counted), w.Description))],
        [.. c.Travel.Select(t => new StatementTravelDto(
            t.Date, PtBr.Date(t.Date), t.TicketNumber, t.Technician, t.Travel, Money(t.Value, show), t.Counted, t.Remark, State(t.Billed, t.Counted)))],
        [.. c.Extras.Select(x => new StatementExtraDto(
            x.Date, PtBr.Date(x.Date), x.TicketNumber, x.Expense, PtBr.Number(x.Quantity), Money(x.UnitValue, show), Money(x.Total, show), State(x.Billed), x.Description))],
        new StatementTotalsDto(
            PtBr.Hhmm(c.StandaloneMinutes),
            Money(c.StandaloneValue, show),
            c.Travel.Count(t => t.Counted),
            Money(c.TravelValue, show),
            c.Extras.Count,
            Money(c.ExtrasValue, show),
            Money(c.Total, show)),
        c.Truncated);

    private static StatementContractDto Contract(StatementContract c) => new(
        c.Number,
        c.Name,
        c.Modality,
        StatementWorkbook.UnitName(c.Unit),
        [.. c.Cycles.Select(y => new StatementCycleDto(y.From, y.To, y.Period, c.Show(y.Allowance), c.Show(y.Consumed), c.Show(y.Excess)))],
        c.Unit == AllowanceUnit.None ? "—" : c.Show(c.TotalAllowance),
        c.Show(c.TotalConsumed),
        c.Unit == AllowanceUnit.None ? "—" : c.Show(c.TotalExcess),
        [.. c.Entries.Select(e => new StatementEntryDto(e.Date, PtBr.Date(e.Date), e.TicketNumber, e.Technician, e.Mode, e.Minutes, PtBr.Hhmm(e.Minutes), e.Warranty, e.Description))],
        c.Balance is { } b ? Balance(b) : null);

    private static StatementBalanceDto Balance(StatementBalance b)
    {
        string Show(decimal v) => StatementContract.Show(b.Unit, v);
        return new StatementBalanceDto(
            StatementWorkbook.UnitName(b.Unit),
            Show(b.Opening),
            Show(b.In),
            Show(b.Out),
            Show(b.Expired),
            Show(b.Closing),
            b.UnbilledCycles > 0 ? UnbilledNote(b.UnbilledCycles) : null,
            [.. b.Lots.Select(l => new StatementLotDto(LotOrigin(l), PtBr.Hhmm(l.RemainingMinutes), LotExpiry(l)))]);
    }

    public static string UnbilledNote(int cycles) =>
        cycles == 1 ? "1 ciclo do período ainda não faturado: seu saldo entra quando for faturado." : $"{cycles} ciclos do período ainda não faturados: seus saldos entram quando forem faturados.";

    public static string LotOrigin(StatementLot l) => l.OriginEnd is { } end ? $"Ciclo {l.OriginCycle} (até {PtBr.Date(end)})" : $"Ciclo {l.OriginCycle}";

    public static string LotExpiry(StatementLot l) => l switch
    {
        { ExpiresAfterCycle: null } => "não expira",
        { ExpiresOn: { } on } => $"após {PtBr.Date(on)} (ciclo {l.ExpiresAfterCycle})",
        _ => $"após o ciclo {l.ExpiresAfterCycle}",
    };
}
