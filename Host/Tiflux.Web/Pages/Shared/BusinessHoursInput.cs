using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// A weekly schedule as the form holds it (organisation default and desk pages share it through _BusinessHoursWeek):
/// rows keyed by <c>Rows.Index</c>, so the script can add and remove rows without renumbering.
/// </summary>
public sealed class BusinessHoursInput
{
    /// <summary>Monday first, as Brazilian calendars show the week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>"Usar o expediente padrão da organização" (desk page only).</summary>
    public bool UseOrganizationDefault { get; set; }

    public List<WindowRow> Rows { get; set; } = [];

    public static BusinessHoursInput From(BusinessHoursDto hours) => new()
    {
        UseOrganizationDefault = hours.UsesOrganizationDefault,
        Rows = [.. hours.Windows.Select(w => new WindowRow
        {
            Day = w.Day,
            Start = PtBr.Hhmm(w.StartMinute),
            End = PtBr.Hhmm(w.EndMinute),
            AlsoOnHolidays = w.AlsoOnHolidays,
        })],
    };

    /// <summary>The typed intervals; rows left entirely blank are the form's spare rows and are skipped.</summary>
    public List<BusinessWindowInput> ToWindows() =>
    [
        .. Rows.Where(r => !string.IsNullOrWhiteSpace(r.Start) || !string.IsNullOrWhiteSpace(r.End))
            .Select(r => new BusinessWindowInput(r.Day, r.Start, r.End, r.AlsoOnHolidays)),
    ];

    public IEnumerable<WindowRow> RowsOf(DayOfWeek day) => Rows.Where(r => r.Day == day);

    public sealed class WindowRow
    {
        public DayOfWeek Day { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public bool AlsoOnHolidays { get; set; }
    }
}
