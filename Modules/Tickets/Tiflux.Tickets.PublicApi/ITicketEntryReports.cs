namespace Tiflux.Tickets.PublicApi;

/// <summary>Whole-period reads for the attendant reports (Deslocamentos, Extrato de apontamentos) and billed-state labels.</summary>
public interface ITicketEntryReports
{
    /// <summary>Entries of the period by date, start and id; at most <see cref="TicketLimits.ReportRows"/> rows.</summary>
    Task<EntryReport> ListEntriesAsync(EntryReportRequest request, CancellationToken cancellationToken);

    /// <summary>The state of each known ticket among <paramref name="ticketIds"/> ("aguardando revisão" versus "pendente").</summary>
    Task<IReadOnlyDictionary<Guid, TicketState>> GetTicketStatesAsync(IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken);
}
