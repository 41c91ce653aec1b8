namespace Tiflux.Tickets.PublicApi;

/// <summary>Reads for the billing reports (Gastos Extras, Extrato consumo de cliente): whole lists for a bounded period.</summary>
public interface ITicketReports
{
    /// <summary>
    /// The extras (gastos extras) dated in the request's period, with their ticket, client and billed state, ordered by
    /// date, ticket number and creation. At most <see cref="TicketLimits.ReportRows"/> rows; <see cref="ExtraList.Truncated"/>
    /// says when more matched.
    /// </summary>
    Task<ExtraList> ListExtrasAsync(ExtraListRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Every time entry matching the request's filters (as <see cref="ITicketWork.ListTimeEntriesAsync"/>, page ignored),
    /// ordered by date and start, at most <see cref="TicketLimits.ReportRows"/>. Callers bound the period.
    /// </summary>
    Task<TimeEntryReportList> ListTimeEntriesAsync(TimeEntryListRequest request, CancellationToken cancellationToken);
}
