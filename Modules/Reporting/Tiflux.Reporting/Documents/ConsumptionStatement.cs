using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Documents;

/// <summary>How a contract's allowance is measured.</summary>
internal enum AllowanceUnit
{
    None = 0,
    Minutes = 1,
    Tickets = 2,
    Money = 3,
}

/// <summary>A whole contract cycle overlapping the period, measured by Billing (the measure billing uses).</summary>
internal sealed record StatementCycle(DateOnly From, DateOnly To, decimal? Allowance, decimal Consumed, decimal Excess)
{
    public string Period => $"{PtBr.Date(From)} a {PtBr.Date(To)}";
}

internal sealed record StatementEntry(DateOnly Date, int TicketNumber, string Technician, string Mode, int Minutes, bool Warranty, string Description);

/// <summary>Unused hours carried from a cycle (ending <see cref="OriginEnd"/>), expiring at the end of <see cref="ExpiresOn"/> (null: never or unknown).</summary>
internal sealed record StatementLot(int OriginCycle, DateOnly? OriginEnd, int RemainingMinutes, int? ExpiresAfterCycle, DateOnly? ExpiresOn);

/// <summary>Rolled-over hours (minutes) or credit (R$) over the period's cycles, as Billing's ledger recorded them.</summary>
internal sealed record StatementBalance(AllowanceUnit Unit, decimal Opening, decimal In, decimal Out, decimal Expired, decimal Closing, int UnbilledCycles, IReadOnlyList<StatementLot> Lots);

internal sealed record StatementContract(
    int Number,
    string Name,
    string Modality,
    AllowanceUnit Unit,
    IReadOnlyList<StatementCycle> Cycles,
    IReadOnlyList<StatementEntry> Entries,
    StatementBalance? Balance)
{
    public decimal TotalAllowance => Cycles.Sum(c => c.Allowance ?? 0);

    public decimal TotalConsumed => Cycles.Sum(c => c.Consumed);

    public decimal TotalExcess => Cycles.Sum(c => c.Excess);

    public string Show(decimal? value) => Show(Unit, value);

    public static string Show(AllowanceUnit unit, decimal? value) => value is not { } v ? "—" : unit switch
    {
        AllowanceUnit.Minutes or AllowanceUnit.None => PtBr.Hhmm((int)v),
        AllowanceUnit.Tickets => $"{v:0} tickets",
        _ => PtBr.Money(v),
    };
}

/// <summary>A standalone time entry; <see cref="Value"/> is its stored valuation (what billing bills, zero under warranty).</summary>
internal sealed record StatementWork(DateOnly Date, int TicketNumber, string Technician, string Service, int Minutes, decimal Value, bool Warranty, bool Billed, string Description)
{
    public bool Counted => !Warranty;
}

/// <summary>A travel fee; ride-alongs and warranty entries are listed with no charge.</summary>
internal sealed record StatementTravel(DateOnly Date, int TicketNumber, string Technician, string Travel, decimal Value, int? RideAlongOf, bool Warranty, bool Billed)
{
    public bool Counted => RideAlongOf is null && !Warranty;

    public string Remark => RideAlongOf is { } of ? $"carona do ticket #{of} — não cobrado" : Warranty ? "garantia — não cobrado" : "";
}

internal sealed record StatementExtra(DateOnly Date, int TicketNumber, string Expense, decimal Quantity, decimal UnitValue, decimal Total, bool Billed, string Description);

/// <summary>One client's part of the statement.</summary>
internal sealed record StatementClient(
    ClientSummary Client,
    IReadOnlyList<StatementContract> Contracts,
    IReadOnlyList<StatementWork> Standalone,
    IReadOnlyList<StatementTravel> Travel,
    IReadOnlyList<StatementExtra> Extras,
    bool Truncated)
{
    public int StandaloneMinutes => Standalone.Where(w => w.Counted).Sum(w => w.Minutes);

    public decimal StandaloneValue => Standalone.Where(w => w.Counted).Sum(w => w.Value);

    public decimal TravelValue => Travel.Where(t => t.Counted).Sum(t => t.Value);

    public decimal ExtrasValue => Extras.Sum(e => e.Total);

    /// <summary>Standalone work, travel and extras together (the contracts' excess is billed by cycle, not summed here).</summary>
    public decimal Total => StandaloneValue + TravelValue + ExtrasValue;
}

/// <summary>The statement of one or more clients over a period; <see cref="ShowValues"/> false means no money anywhere.</summary>
internal sealed record ConsumptionStatement(IReadOnlyList<StatementClient> Clients, DateOnly From, DateOnly To, bool ShowValues)
{
    public string ClientNames => string.Join(", ", Clients.Select(c => c.Client.Name));

    public string Period => $"{PtBr.Date(From)} a {PtBr.Date(To)}";
}
