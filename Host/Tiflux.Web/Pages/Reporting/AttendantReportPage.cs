using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>The attendant reports (Deslocamentos, Extrato de apontamentos): a list report of time entries with a technician filter.</summary>
public abstract class AttendantReportPage(
    TimeProvider clock, IReportTables tables, IContractsModule contracts, IBillingNumbers billings, ITicketEntryReports entries, IUserDirectory users)
    : ListReportPage(clock, tables, contracts, billings)
{
    [BindProperty(Name = "tecnico", SupportsGet = true)]
    public List<Guid> TechnicianIds { get; set; } = [];

    public IReadOnlyList<ChoiceDto> Technicians { get; private set; } = [];

    /// <summary>The entries of the filters, or null (with the page's message) when a filter is invalid.</summary>
    protected async Task<EntryReport?> ReadEntriesAsync(List<Guid> deskIds, bool travelOnly, CancellationToken cancellationToken)
    {
        Technicians = await StaffChoices.ActiveAsync(users);
        if (!await ReadFiltersAsync(cancellationToken, TechnicianIds, deskIds))
        {
            return null;
        }

        return await entries.ListEntriesAsync(
            new EntryReportRequest(From, To, AllWhenEmpty(TechnicianIds), AllWhenEmpty(ClientIds), AllWhenEmpty(deskIds), travelOnly), cancellationToken);
    }

    /// <summary>The technicians chosen, for the XLSX caption.</summary>
    protected (string, IEnumerable<string>) TechniciansCaption => ("Técnicos", Chosen(Technicians, TechnicianIds, t => t.Id, t => t.Name));
}
