using System.Globalization;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Web.Pages.Billing;

/// <summary>pt-BR presentation for the billing pages: R$ 1.234,56, dd/MM/yyyy, HH:MM, and the Brazilian "today".</summary>
public static class BillingUi
{
    public static readonly CultureInfo Brazil = CultureInfo.GetCultureInfo("pt-BR");

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    public static string Money(decimal value) => (value < 0 ? "−R$ " : "R$ ") + Math.Abs(value).ToString("N2", Brazil);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hours(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    public static string Number(decimal value) => value.ToString("0.##", Brazil);

    public static string Period(DateOnly? start, DateOnly? end) =>
        start is null ? "—" : start == end || end is null ? Date(start) : $"{Date(start)} a {Date(end)}";

    public static string DateTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public static string State(BillingState state) => state switch
    {
        BillingState.Reversed => "Estornado",
        BillingState.Paid => "Pago",
        _ => "Faturado",
    };

    /// <summary>
    /// Reads an amount typed by a person: "1.234,56", "1234,56", "10" or "10.5". Empty means zero; null when unreadable.
    /// </summary>
    public static decimal? ParseMoney(string? text)
    {
        var value = (text ?? "").Replace("R$", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (value.Length == 0)
        {
            return 0m;
        }

        if (value.Contains(',', StringComparison.Ordinal))
        {
            value = value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (value.Count(c => c == '.') > 1 || (value.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 && value.Length - dot - 1 == 3))
        {
            value = value.Replace(".", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
    }

    /// <summary>An amount as an editable field shows it: "1234,56".</summary>
    public static string MoneyInput(decimal value) => value.ToString("0.00", Brazil);
}

/// <summary>The pending-billing filters as they travel in links and forms: modo, data, escopo (and clientes on the list).</summary>
public sealed record PendingFilters(string Mode, DateOnly Date, PendingScope Scope)
{
    public const string BaseMode = "base";
    public const string DueMode = "vencimento";

    public bool IsDueMode => Mode == DueMode;

    public static PendingFilters From(string? mode, DateOnly? date, string? scope, DateOnly today) =>
        new(mode == DueMode ? DueMode : BaseMode, date ?? today, ParseScope(scope));

    public static PendingScope ParseScope(string? scope) => scope switch
    {
        "contratos" => PendingScope.Contracts,
        "avulsos" => PendingScope.Standalone,
        _ => PendingScope.Both,
    };

    public string ScopeValue => Scope switch
    {
        PendingScope.Contracts => "contratos",
        PendingScope.Standalone => "avulsos",
        _ => "ambos",
    };

    public string ScopeLabel => Scope switch
    {
        PendingScope.Contracts => "Contratos",
        PendingScope.Standalone => "Valores avulsos",
        _ => "Contratos e valores avulsos",
    };

    public string Description => (IsDueMode ? "Vencimento em " : "Data base ") + BillingUi.Date(Date) + " · " + ScopeLabel;

    public PendingRequest ToRequest(IReadOnlyCollection<Guid>? clientIds) =>
        new(Date, IsDueMode ? Date : null, clientIds is { Count: > 0 } ? clientIds : null, Scope);

    public string Query => $"modo={Mode}&data={BillingUi.Iso(Date)}&escopo={ScopeValue}";
}
