namespace Tiflux.Reporting.PublicApi;

/// <summary>
/// A consumption statement as the screen shows it; the PDFs print these same texts and the XLSX the same numbers. One
/// section per client; <see cref="Contracts"/> is every client's contracts in order. Money texts are empty when the
/// request had no "ver valores".
/// </summary>
public sealed record ConsumptionStatementDto(string ClientName, DateOnly From, DateOnly To, string Period, bool ShowValues, IReadOnlyList<StatementClientDto> Clients)
{
    public IReadOnlyList<StatementContractDto> Contracts => [.. Clients.SelectMany(c => c.Contracts)];
}

/// <summary>
/// One client's part: its contracts, and its standalone work, travel and extras dated in the period, with their totals
/// (warranty and ride-along items listed but not counted). <see cref="Truncated"/>: the period held more items than a
/// statement lists (narrow it).
/// </summary>
public sealed record StatementClientDto(
    Guid ClientId,
    string Name,
    IReadOnlyList<StatementContractDto> Contracts,
    IReadOnlyList<StatementWorkDto> Standalone,
    IReadOnlyList<StatementTravelDto> Travel,
    IReadOnlyList<StatementExtraDto> Extras,
    StatementTotalsDto Totals,
    bool Truncated);

/// <summary>The client's counted totals: standalone time and value, travel fees and extras (values empty without "ver valores").</summary>
public sealed record StatementTotalsDto(string StandaloneDuration, string StandaloneValue, int TravelCount, string TravelValue, int ExtraCount, string ExtrasValue, string Total);

/// <summary>
/// One contract: its cycles overlapping the period (whole, as billing measures them) and the entries dated in the period.
/// <see cref="Unit"/> is "horas", "tickets" or "R$"; the allowance, consumption and excess texts are in that unit ("—" when
/// the modality has no allowance). <see cref="Balance"/>: rolled-over hours or credit, for the modalities that have them.
/// </summary>
public sealed record StatementContractDto(
    int Number,
    string Name,
    string Modality,
    string Unit,
    IReadOnlyList<StatementCycleDto> Cycles,
    string TotalAllowance,
    string TotalConsumed,
    string TotalExcess,
    IReadOnlyList<StatementEntryDto> Entries,
    StatementBalanceDto? Balance = null);

/// <summary>A cycle's row: its dates, allowance, consumption and excess.</summary>
public sealed record StatementCycleDto(DateOnly From, DateOnly To, string Period, string Allowance, string Consumed, string Excess);

/// <summary>A time entry of the contract; warranty entries are listed but not counted.</summary>
public sealed record StatementEntryDto(DateOnly Date, string Day, int TicketNumber, string Technician, string Mode, int Minutes, string Duration, bool Warranty, string Description);

/// <summary>
/// The balance of rolled-over hours ("horas") or credit ("R$") over the period's cycles, as billing recorded it: at the
/// start, in, used, expired and at the end, plus the hour lots alive at the end. <see cref="Note"/> says when cycles of the
/// period are not billed yet (their movements are not in the balance).
/// </summary>
public sealed record StatementBalanceDto(string Unit, string Opening, string Added, string Used, string Expired, string Closing, string? Note, IReadOnlyList<StatementLotDto> Lots);

/// <summary>Unused hours carried from a cycle, and when they expire ("não expira" when never).</summary>
public sealed record StatementLotDto(string Origin, string Remaining, string Expires);

/// <summary>A standalone time entry (valued by service or by hand); <see cref="State"/> is "Faturado" or "Pendente".</summary>
public sealed record StatementWorkDto(DateOnly Date, string Day, int TicketNumber, string Technician, string Service, int Minutes, string Duration, string Value, bool Warranty, string State, string Description);

/// <summary>A travel fee; a ride-along (carona) rides on another ticket's trip and is never charged twice.</summary>
public sealed record StatementTravelDto(DateOnly Date, string Day, int TicketNumber, string Technician, string Travel, string Value, bool Counted, string Remark, string State);

/// <summary>An extra (gasto extra) with quantity, unit value and total.</summary>
public sealed record StatementExtraDto(DateOnly Date, string Day, int TicketNumber, string Expense, string Quantity, string UnitValue, string Total, string State, string Description);
