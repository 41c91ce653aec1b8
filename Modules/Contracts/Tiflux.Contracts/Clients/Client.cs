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

    public DateTimeOffset CreatedAt { get; init; }

    public ClientSummary ToSummary() =>
        new(Id, Name, LegalName, TaxId, SharedKernel.TaxId.Format(TaxId), FinanceEmails, ReportLayout, Active);
}
