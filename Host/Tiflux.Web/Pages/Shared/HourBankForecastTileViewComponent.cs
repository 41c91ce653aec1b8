using Microsoft.AspNetCore.Mvc;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// The dashboard's "Bancos de horas e créditos acabando": contracts that, at the current pace, run out before their cycle
/// ends (or already did), from the forecast snapshot Billing's hourly job stores.
/// </summary>
public sealed class HourBankForecastTileViewComponent(IBillingForecast forecast) : ViewComponent
{
    /// <summary>Contracts listed on the tile; the count says how many there are.</summary>
    public const int MaxRows = 8;

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Pages/Shared/_HourBankForecastTile.cshtml", await forecast.GetRunningOutAsync(MaxRows, HttpContext.RequestAborted));
}
