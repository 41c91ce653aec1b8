using System.Globalization;
using System.Text.Json;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Dashboard;

/// <summary>The finance tiles: pending billing, billed per month (with its chart), open and overdue charges.</summary>
public sealed record FinanceTiles(
    PendingOverview Pending,
    BilledMonthsOverview Billed,
    OpenChargesOverview Charges,
    int ChargeFailures,
    DateOnly Today,
    bool ShowValues,
    IReadOnlySet<string> Links)
{
    /// <summary>The integrations list at most this many failures; beyond it the tile says "200 ou mais".</summary>
    public const int FailureListSize = 200;

    public static async Task<FinanceTiles> LoadAsync(
        IBillingOverview billing, IIntegrationsModule integrations, DateOnly today, bool showValues, IReadOnlySet<string> links, CancellationToken cancellationToken) =>
        new(
            await billing.GetPendingAsync(today, cancellationToken),
            await billing.GetBilledMonthsAsync(today, cancellationToken),
            await billing.GetOpenChargesAsync(today, cancellationToken),
            (await integrations.ListFailuresAsync(cancellationToken)).Count,
            today,
            showValues,
            links);

    public bool CanOpen(string path) => Links.Contains(path);

    public string Money(decimal value) => PtBr.Money(value, ShowValues);

    public IReadOnlyList<BilledMonth> Months => [Billed.SameMonthLastYear, Billed.Previous, Billed.Current];

    public static string MonthLabel(BilledMonth month) => month.First.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The history filtered to one month's billing dates.</summary>
    public static string MonthLink(BilledMonth month) =>
        $"/faturamento/historico?faturamentoDe={PtBr.Iso(month.First)}&faturamentoAte={PtBr.Iso(month.Last)}";

    /// <summary>Billed, not paid, not reversed.</summary>
    public const string OpenLink = "/faturamento/historico?situacao=faturado";

    /// <summary>Of those, due before today (the history's due-date period: from the first billing ever possible to yesterday).</summary>
    public string OverdueLink => $"{OpenLink}&vencimentoDe=2000-01-01&vencimentoAte={PtBr.Iso(Today.AddDays(-1))}";

    /// <summary>The bar chart's data (values with "visualizar valores", otherwise the number of billings).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        labels = Months.Select(MonthLabel),
        values = Months.Select(m => ShowValues ? m.RealValue : m.Count),
        money = ShowValues,
        label = ShowValues ? "Faturado (R$)" : "Faturamentos",
    });

    /// <summary>"+12,5%" of the current month against another; null when the other is zero or values are hidden.</summary>
    public string? Change(BilledMonth other)
    {
        if (!ShowValues || other.RealValue == 0m)
        {
            return null;
        }

        var change = (Billed.Current.RealValue - other.RealValue) / other.RealValue * 100m;
        return (change >= 0 ? "+" : "−") + PtBr.Percent(Math.Round(Math.Abs(change), 1));
    }
}
