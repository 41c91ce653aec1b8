using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// The period of a report (portal and staff list reports): this month by default; dates inside <see cref="BusinessDates"/> and at most a year
/// long, so a client user cannot make the statement walk decades of cycles.
/// </summary>
internal static class ReportPeriod
{
    public const int MaxDays = ReportingLimits.StatementDays;

    public static (DateOnly From, DateOnly To, string? Error) Read(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var start = from ?? new DateOnly(today.Year, today.Month, 1);
        if (!BusinessDates.Contains(start) || !BusinessDates.Contains(to))
        {
            var month = new DateOnly(today.Year, today.Month, 1);
            return (month, month.AddMonths(1).AddDays(-1), BusinessDates.OutOfRangeMessage);
        }

        var end = to ?? start.AddMonths(1).AddDays(-1);
        if (end < start)
        {
            return (start, end, "A data final deve ser igual ou posterior à inicial.");
        }

        return end.DayNumber - start.DayNumber >= MaxDays ? (start, end, "O período pode ter no máximo um ano.") : (start, end, null);
    }
}
