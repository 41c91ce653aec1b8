namespace Tiflux.Reporting.PublicApi;

/// <summary>A client's consumption statement as the screen shows it; the PDFs print these same texts.</summary>
public sealed record ConsumptionStatementDto(string ClientName, DateOnly From, DateOnly To, string Period, IReadOnlyList<StatementContractDto> Contracts);

/// <summary>
/// One contract: its cycles (cut to the period) and the entries dated in it. <see cref="Unit"/> is "horas", "tickets" or
/// "R$"; the allowance, consumption and excess texts are in that unit ("—" when the modality has no allowance).
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
    IReadOnlyList<StatementEntryDto> Entries);

/// <summary>A cycle's row: its part of the period, allowance, consumption and excess.</summary>
public sealed record StatementCycleDto(DateOnly From, DateOnly To, string Period, string Allowance, string Consumed, string Excess);

/// <summary>A time entry of the contract; warranty entries are listed but not counted.</summary>
public sealed record StatementEntryDto(DateOnly Date, int TicketNumber, string Technician, string Mode, int Minutes, string Duration, bool Warranty, string Description);
