using System.Globalization;
using System.Text.Json;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// What the consumption chart partial draws and tabulates: per contract, its cycles with included and consumed in the
/// contract's unit. Without <c>showValues</c> (a portal user lacking "ver valores") credit contracts are shown in hours,
/// so no R$ reaches the page.
/// </summary>
public sealed record ConsumptionChartView(IReadOnlyList<ConsumptionChartContract> Contracts, int MaxCycles)
{
    public static ConsumptionChartView From(IReadOnlyList<ContractConsumptionHistory> history, bool showValues, int maxCycles) =>
        new([.. history.Select(h => ConsumptionChartContract.From(h, showValues))], maxCycles);
}

/// <summary>One contract's chart: the title, the unit, the rows of its table and the JSON its canvas reads.</summary>
public sealed record ConsumptionChartContract(
    Guid ContractId,
    string Title,
    string ClientName,
    string Modality,
    string UnitLabel,
    bool Active,
    IReadOnlyList<ConsumptionChartCycle> Cycles)
{
    public static ConsumptionChartContract From(ContractConsumptionHistory history, bool showValues)
    {
        // Credit without "ver valores": the billable hours of the cycle, with no allowance (it is an amount in R$).
        var unit = history.Unit == ConsumptionUnit.Credit && !showValues ? ConsumptionUnit.Hours : history.Unit;
        var hideAllowance = unit != history.Unit;
        return new(
            history.ContractId,
            $"#{history.ContractNumber} {history.ContractName}",
            history.ClientName,
            history.ModalityName,
            unit switch { ConsumptionUnit.Tickets => "tickets", ConsumptionUnit.Credit => "R$", _ => "horas" },
            history.Active,
            [.. history.Cycles.Select(c => ConsumptionChartCycle.From(c, unit, hideAllowance))]);
    }

    /// <summary>The data of the canvas (data-consumption-chart): labels, included, consumed and which cycle is current.</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        unit = UnitLabel,
        labels = Cycles.Select(c => c.Label),
        included = Cycles.Select(c => c.IncludedValue),
        consumed = Cycles.Select(c => c.ConsumedValue),
        current = Cycles.Select(c => c.IsCurrent),
    });
}

/// <summary>A cycle's row: display texts (pt-BR) and the plotted numbers (hours as decimal hours).</summary>
public sealed record ConsumptionChartCycle(
    string Label,
    string Period,
    string Included,
    string Consumed,
    string Excess,
    decimal? IncludedValue,
    decimal ConsumedValue,
    bool IsCurrent,
    bool IsClosed)
{
    public static ConsumptionChartCycle From(CycleConsumption cycle, ConsumptionUnit unit, bool hideAllowance)
    {
        var included = hideAllowance ? null : cycle.Included(unit);
        var consumed = cycle.Consumed(unit);
        var excess = included is null ? (decimal?)null : cycle.Excess(unit);
        return new(
            cycle.Start.ToString("MM/yyyy", CultureInfo.InvariantCulture) + (cycle.IsCurrent ? " (em andamento)" : ""),
            PtBr.Period(cycle.Start, cycle.End),
            Show(included, unit),
            Show(consumed, unit),
            Show(excess, unit),
            included is { } i ? Plotted(i, unit) : null,
            Plotted(consumed, unit),
            cycle.IsCurrent,
            cycle.IsClosed);
    }

    private static string Show(decimal? value, ConsumptionUnit unit) => value is not { } v ? "—" : unit switch
    {
        ConsumptionUnit.Tickets => PtBr.Number(v),
        ConsumptionUnit.Credit => PtBr.Money(v),
        _ => PtBr.Hhmm((int)v),
    };

    private static decimal Plotted(decimal value, ConsumptionUnit unit) =>
        unit == ConsumptionUnit.Hours ? Math.Round(value / 60m, 2, MidpointRounding.AwayFromZero) : value;
}
