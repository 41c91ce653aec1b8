using Microsoft.AspNetCore.Mvc;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// "Previsão de consumo": each hours or credit contract of a client (or only <c>contractId</c>) with its pace and the date
/// its allowance runs out, as Billing forecasts it. The contract page and the portal each add one line.
/// </summary>
public sealed class ConsumptionForecastViewComponent(IBillingForecast forecast) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid clientId, Guid? contractId, bool showValues)
    {
        var rows = (await forecast.GetForClientAsync(clientId, HttpContext.RequestAborted))
            .Where(f => contractId is null || f.ContractId == contractId)
            .ToList();
        return View("/Pages/Shared/_ConsumptionForecast.cshtml", new ConsumptionForecastBlock(rows, showValues, contractId is null));
    }
}

/// <summary>What <c>_ConsumptionForecast.cshtml</c> shows; credit amounts only with <see cref="ShowValues"/>.</summary>
public sealed record ConsumptionForecastBlock(IReadOnlyList<ConsumptionForecastDto> Rows, bool ShowValues, bool ShowContract)
{
    /// <summary>An amount in the contract's unit: HH:MM for hours, R$ (or hidden) for credit.</summary>
    public string Amount(ConsumptionForecastDto row, decimal value) =>
        row.Unit == ConsumptionUnit.Credit ? PtBr.Money(Math.Round(value, 2), ShowValues) : PtBr.Hhmm((int)Math.Round(value, MidpointRounding.AwayFromZero));

    /// <summary>A pace per calendar day in the contract's unit.</summary>
    public string Pace(ConsumptionForecastDto row, decimal? value) => value is { } v ? Amount(row, v) + "/dia" : "—";

    public static string OutcomeClass(ForecastOutcome outcome) => outcome switch
    {
        ForecastOutcome.Exhausted => "status-bad",
        ForecastOutcome.RunsOut => "status-warn",
        _ => "status-ok",
    };
}
