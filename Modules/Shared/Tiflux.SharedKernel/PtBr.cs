using System.Globalization;

namespace Tiflux.SharedKernel;

/// <summary>
/// The one pt-BR presentation of money, dates and durations, used by modules (explanations, e-mails, reports), pages and
/// the API: R$ 1.234,56 (plain space; negatives with a typographic minus), dd/MM/yyyy, HH:MM.
/// </summary>
public static class PtBr
{
    /// <summary>What users without "visualizar valores" see instead of an amount.</summary>
    public const string Hidden = "--";

    public const string Empty = "—";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("pt-BR");

    /// <summary>
    /// The order a Brazilian reader expects for names in lists and pickers: pt-BR collation, ignoring case and accents
    /// ("Nordeste" &lt; "Ótica" &lt; "Pão"; "otica" equals "Ótica"). Ordinal order would put "Ótica" after every "z…".
    /// </summary>
    public static StringComparer Collator { get; } =
        StringComparer.Create(Culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    public static string Money(decimal value) => (value < 0 ? "−R$ " : "R$ ") + Math.Abs(value).ToString("N2", Culture);

    public static string Money(decimal? value) => value is { } v ? Money(v) : Empty;

    /// <summary>The amount, or "--" for users without the permission to see values.</summary>
    public static string Money(decimal? value, bool visible) => visible ? Money(value) : Hidden;

    /// <summary>A money value as an editable field shows it: 1234,56.</summary>
    public static string MoneyInput(decimal? value) => value?.ToString("0.00", Culture) ?? "";

    public static string Date(DateOnly value) => value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value, string whenEmpty = Empty) => value is { } v ? Date(v) : whenEmpty;

    /// <summary>ISO date for links and date inputs: 2026-12-02.</summary>
    public static string Iso(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as a Brazilian reader expects it: São Paulo wall-clock time, dd/MM/yyyy HH:mm.</summary>
    public static string DateTime(DateTimeOffset value) =>
        BrazilTime.Local(value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? value) => value is { } v ? DateTime(v) : Empty;

    /// <summary>An instant in São Paulo wall-clock time without the year, dd/MM HH:mm ("nenhuma mudança desde 20/04 09:15").</summary>
    public static string DayAndTime(DateTimeOffset value) =>
        BrazilTime.Local(value).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"01/11/2026 a 30/11/2026"; one date when the period is a single day or open-ended; "—" without a start.</summary>
    public static string Period(DateOnly? start, DateOnly? end) =>
        start is not { } from ? Empty : end is not { } to || to == from ? Date(from) : $"{Date(from)} a {Date(to)}";

    /// <summary>1200 minutes → "20:00"; -90 → "-01:30".</summary>
    public static string Hhmm(int minutes) => string.Create(
        CultureInfo.InvariantCulture, $"{(minutes < 0 ? "-" : "")}{Math.Abs(minutes) / 60:00}:{Math.Abs(minutes) % 60:00}");

    public static string Hhmm(int? minutes) => minutes is { } m ? Hhmm(m) : "";

    /// <summary>The unit of a billing line whose quantity is decimal hours (kept decimal because hours × rate is the amount).</summary>
    public const string HoursUnit = "h";

    /// <summary>
    /// Decimal hours back to whole minutes: 0,75 → 45. Lines store hours rounded to four decimals (minutes / 60), which is
    /// never more than 0,003 min off, so rounding to the nearest minute gives back the minutes exactly.
    /// </summary>
    public static int Minutes(decimal hours) => (int)Math.Round(hours * 60m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A line's quantity as a person reads it: hours as HH:MM (0,75 h → "00:45"), any other unit as the number and the
    /// unit ("2 un", "3 ticket").
    /// </summary>
    public static string Quantity(decimal quantity, string unit) =>
        unit == HoursUnit ? Hhmm(Minutes(quantity)) : $"{Number(quantity)} {unit}".Trim();

    public static string Percent(decimal value) => value.ToString("0.####", Culture) + "%";

    /// <summary>A quantity with up to two decimals: 1,5.</summary>
    public static string Number(decimal value) => value.ToString("0.##", Culture);

    public static string YesNo(bool value) => value ? "Sim" : "Não";

    /// <summary>Monday → "Segunda-feira" (capitalised, as a heading or at the start of a message).</summary>
    public static string DayName(DayOfWeek day)
    {
        var name = Culture.DateTimeFormat.GetDayName(day);
        return char.ToUpper(name[0], Culture) + name[1..];
    }
}
