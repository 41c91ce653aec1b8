using System.Globalization;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Unit;

/// <summary>An expected pending line: its kind, its amount to the cent, and text its formula must show.</summary>
internal sealed record ExpectedLine(PendingLineKind Kind, decimal Amount, params string[] FormulaShows);

/// <summary>An expected explained time entry: raw minutes, billed minutes, value (credit modalities only).</summary>
internal sealed record ExpectedEntry(int Raw, int Billed, decimal? Value);

/// <summary>
/// One contract cycle priced by <see cref="CyclePricer"/>, written as data. The cycle is a calendar month of a contract
/// that started on 01/01/2026 (so March 2026 is cycle 3), due on day 10, pending 5 days before. Riders are given by
/// release and validity; each cycle (and consumption period) is billed by the rider in force on its first day.
/// Entries are compact rows: <c>"2026-03-02 Remote 90min #101 warranty @Beta r2"</c> = date, attendance mode,
/// minutes (or HH:MM), ticket (default 100 + row), warranty flag, member client (default the owner), rider release
/// (default the rider in force on the entry date). Every expected value below was computed by hand.
/// </summary>
internal sealed record PricingScenario(string Name, ContractModality Modality)
{
    public static readonly Guid ContractId = Guid.Parse("0195f000-0000-7000-8000-00000000c001");

    public static readonly IReadOnlyDictionary<string, (Guid Id, string Name)> Clients = new Dictionary<string, (Guid, string)>
    {
        ["Alfa"] = (Guid.Parse("0195f000-0000-7000-8000-0000000000a1"), "Alfa Matriz"),
        ["Beta"] = (Guid.Parse("0195f000-0000-7000-8000-0000000000b2"), "Beta Filial"),
        ["Gama"] = (Guid.Parse("0195f000-0000-7000-8000-0000000000c3"), "Gama Filial"),
    };

    public BillingTiming Timing { get; init; } = BillingTiming.InArrears;

    /// <summary>The billed cycle's month, "yyyy-MM"; its index counts months from January 2026.</summary>
    public string Month { get; init; } = "2026-03";

    /// <summary>In advance only: this is the contract's first cycle, so no consumption is billed with it.</summary>
    public bool FirstCycle { get; init; }

    public IReadOnlyList<RiderTermsDto> Riders { get; init; } = [];

    public IReadOnlyList<string> Entries { get; init; } = [];

    public IReadOnlyList<HourLot> Lots { get; init; } = [];

    public IReadOnlyList<int> CountedTickets { get; init; } = [];

    public int RoundingIncrement { get; init; }

    public int MinimumMinutes { get; init; }

    public int? RolloverCap { get; init; }

    public int? RolloverExpiry { get; init; }

    public IReadOnlyList<string> Members { get; init; } = [];

    public IReadOnlyList<ExpectedLine> Lines { get; init; } = [];

    public IReadOnlyList<LedgerMovement> Movements { get; init; } = [];

    /// <summary>Facts (label, value) some line's explanation must carry.</summary>
    public IReadOnlyList<(string Label, string Value)> Facts { get; init; } = [];

    /// <summary>When set, the explained entries (in date, ticket order) must be exactly these.</summary>
    public IReadOnlyList<ExpectedEntry>? ExplainedEntries { get; init; }

    public override string ToString() => Name;

    // ---- data helpers -----------------------------------------------------------------------------------------

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A rider with every money field zero; scenarios set what their modality uses with <c>with</c>.</summary>
    public static RiderTermsDto Rider(int release, string start, string? end = null, decimal value = 0m) => new(
        Guid.Parse($"0195f000-0000-7000-8000-{release:000000000000}"), ContractId, "Contrato de suporte", Clients["Alfa"].Id,
        ContractModality.Free, release, D(start), end is null ? null : D(end), 10, value, 0m, DiscountType.Currency,
        null, null, null, null, null, null, null, null, []);

    public static ExpectedLine L(PendingLineKind kind, decimal amount, params string[] formulaShows) => new(kind, amount, formulaShows);

    public static LedgerMovement MoveHours(LedgerKind kind, int cycle, int minutes, int lot, int? expires) => new(kind, cycle, minutes, 0m, lot, expires);

    public static LedgerMovement MoveCredit(LedgerKind kind, int cycle, decimal amount) => new(kind, cycle, 0, amount, null, null);

    public static HourLot Lot(int cycle, int minutes, int? expires) => new(cycle, minutes, expires);

    public static ExpectedEntry E(int raw, int billed, decimal? value = null) => new(raw, billed, value);

    // ---- turning the data into the pricer's input ------------------------------------------------------------

    public int CycleIndex => MonthIndex(Month);

    public ContractTermsDto Contract => new(
        ContractId, 7, "Contrato de suporte", Clients["Alfa"].Id, Modality, "Tipo", Timing, 5, false, D("2026-01-01"), null, false,
        CycleAnchor.CalendarMonth, ContractStatus.Active, RolloverCap, RolloverExpiry, RoundingIncrement, MinimumMinutes,
        [.. Members.Select(m => Clients[m].Id)], [.. Riders.Select(r => r with { Modality = Modality })]);

    public CycleInput ToInput()
    {
        var contract = Contract;
        var (start, end) = MonthBounds(Month);
        var due = Timing == BillingTiming.InAdvance ? new DateOnly(start.Year, start.Month, 10) : new DateOnly(start.Year, start.Month, 10).AddMonths(1);
        ConsumptionPeriodDto? period = null;
        if (Timing == BillingTiming.InArrears)
        {
            period = new(CycleIndex, start, end, RiderFor(contract, start, end));
        }
        else if (!FirstCycle)
        {
            var (ps, pe) = (start.AddMonths(-1), start.AddDays(-1));
            period = new(CycleIndex - 1, ps, pe, RiderFor(contract, ps, pe));
        }

        var cycle = new ContractCycleDto(ContractId, CycleIndex, start, end, due, due.AddDays(-5), RiderFor(contract, start, end), period);
        return new CycleInput(
            contract, cycle, Clients["Alfa"].Name, [.. Entries.Select((row, i) => ParseEntry(contract, row, i))], CountedTickets, Lots,
            Clients.Values.ToDictionary(c => c.Id, c => c.Name));
    }

    public static Guid EntryId(int row) => Guid.Parse($"0195f000-0000-7000-8000-e{row:00000000000}");

    /// <summary>Parses "2026-03-02 Remote 90min #101 warranty @Beta r2".</summary>
    public static ConsumptionEntryDto ParseEntry(ContractTermsDto contract, string row, int index)
    {
        var parts = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var date = D(parts[0]);
        var mode = Enum.Parse<AttendanceMode>(parts[1]);
        var minutes = parts[2].Contains(':', StringComparison.Ordinal)
            ? (int.Parse(parts[2].Split(':')[0], CultureInfo.InvariantCulture) * 60) + int.Parse(parts[2].Split(':')[1], CultureInfo.InvariantCulture)
            : int.Parse(parts[2].Replace("min", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var ticket = 100 + index + 1;
        var warranty = false;
        var client = "Alfa";
        RiderTermsDto? rider = null;
        foreach (var token in parts.Skip(3))
        {
            switch (token[0])
            {
                case '#': ticket = int.Parse(token[1..], CultureInfo.InvariantCulture); break;
                case '@': client = token[1..]; break;
                case 'r': rider = contract.Riders.Single(r => r.Release == int.Parse(token[1..], CultureInfo.InvariantCulture)); break;
                case 'w' when token == "warranty": warranty = true; break;
                default: throw new FormatException($"Unknown token '{token}' in entry row '{row}'.");
            }
        }

        rider ??= contract.Riders.Single(r => r.IsInForceOn(date));
        return new ConsumptionEntryDto(
            EntryId(index), Guid.Empty, ticket, Clients[client].Id, rider.Id, contract.Id, date, mode, minutes, warranty, true, "Técnica", row);
    }

    private static RiderTermsDto RiderFor(ContractTermsDto contract, DateOnly start, DateOnly end) =>
        contract.Riders.FirstOrDefault(r => r.IsInForceOn(start))
        ?? contract.Riders.Where(r => r.StartDate > start && r.StartDate <= end).MinBy(r => r.StartDate)
        ?? throw new InvalidOperationException("No rider for the cycle.");

    private static (DateOnly Start, DateOnly End) MonthBounds(string month)
    {
        var start = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    private static int MonthIndex(string month)
    {
        var (start, _) = MonthBounds(month);
        return ((start.Year - 2026) * 12) + start.Month;
    }
}
