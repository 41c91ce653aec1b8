using System.Globalization;

namespace Tiflux.Billing.Pending;

/// <summary>pt-BR text for explanations: R$ 1.234,56, HH:MM, dd/MM/yyyy.</summary>
internal static class Format
{
    private static readonly CultureInfo Brazil = CultureInfo.GetCultureInfo("pt-BR");

    public static string Money(decimal value) => (value < 0 ? "−R$ " : "R$ ") + Math.Abs(value).ToString("N2", Brazil);

    public static string Hours(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Period(DateOnly start, DateOnly end) => $"{Date(start)} a {Date(end)}";

    public static string Percent(decimal value) => value.ToString("0.##", Brazil) + "%";

    public static string Number(decimal value) => value.ToString("0.##", Brazil);
}
