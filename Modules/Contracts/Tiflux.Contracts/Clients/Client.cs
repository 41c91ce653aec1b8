using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

internal sealed class Client
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string LegalName { get; set; }

    public required string TaxId { get; set; }

    public List<string> FinanceEmails { get; set; } = [];

    public ClosingReportLayout ReportLayout { get; set; } = ClosingReportLayout.Detailed;

    public string Notes { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>
    /// Tickets opened in the portal by users who are not authorisers wait for an authoriser's approval (Tiflux's
    /// <c>authorization_flow</c>, service-desk.md §3.5). Who the authorisers are is the identity's business.
    /// </summary>
    public bool AuthorizationFlow { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public ClientSummary ToSummary() =>
        new(Id, Name, LegalName, TaxId, SharedKernel.TaxId.Format(TaxId), FinanceEmails, ReportLayout, Active) { AuthorizationFlow = AuthorizationFlow };
}
