using System.Globalization;

namespace Tiflux.SharedKernel;

/// <summary>
/// The one window of dates anybody may enter or ask for (contracts, riders, entries, extras, billings, filters, query
/// strings). Dates outside it are typing mistakes, and PostgreSQL would store the extremes as ±infinity, which no cycle
/// calculation survives. See docs/decisions/0010-input-bounds.md.
/// </summary>
public static class BusinessDates
{
    public static readonly DateOnly Min = new(2000, 1, 1);

    public static readonly DateOnly Max = new(2100, 12, 31);

    public static readonly string OutOfRangeMessage = string.Create(
        CultureInfo.InvariantCulture, $"A data deve estar entre {Min:dd/MM/yyyy} e {Max:dd/MM/yyyy}.");

    public static bool Contains(DateOnly date) => date >= Min && date <= Max;

    public static bool Contains(DateOnly? date) => date is null || Contains(date.Value);

    public static bool Contains(DateTimeOffset instant) => Contains(DateOnly.FromDateTime(instant.UtcDateTime));

    /// <summary>A validation error for <paramref name="field"/> when the date is outside the window, else null.</summary>
    public static Error? Check(DateOnly? date, string field) =>
        Contains(date) ? null : Error.Validation(field, OutOfRangeMessage);
}
