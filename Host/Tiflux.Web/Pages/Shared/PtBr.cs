using System.Globalization;

namespace Tiflux.Web.Pages.Shared;

/// <summary>How the pages show money, dates and durations to a Brazilian reader.</summary>
public static class PtBr
{
    public const string Hidden = "--";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("pt-BR");

    /// <summary>R$ 1.234,56 (a plain space, so the text is easy to copy and to compare).</summary>
    public static string Money(decimal value) => (value < 0 ? "-R$ " : "R$ ") + Math.Abs(value).ToString("N2", Culture);

    public static string Money(decimal? value) => value is { } v ? Money(v) : "—";

    /// <summary>The amount, or "--" for users without the permission to see values.</summary>
    public static string Money(decimal? value, bool visible) => visible ? Money(value) : Hidden;

    /// <summary>A money value as typed in a form field (1234,56).</summary>
    public static string MoneyInput(decimal? value) => value?.ToString("0.00", Culture) ?? "";

    public static string Date(DateOnly value) => value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value, string whenEmpty = "—") => value is { } v ? Date(v) : whenEmpty;

    public static string DateTime(DateTimeOffset value) => value.ToLocalTime().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>1200 minutes → "20:00".</summary>
    public static string Hhmm(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    public static string Hhmm(int? minutes) => minutes is { } m ? Hhmm(m) : "";

    public static string Percent(decimal value) => value.ToString("0.####", Culture) + "%";

    public static string YesNo(bool value) => value ? "Sim" : "Não";
}
