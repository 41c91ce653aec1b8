using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

/// <summary>The client form (new and edit). Strings stay nullable so the module, not MVC, says what is missing.</summary>
public sealed class ClientInput
{
    public string? Name { get; set; }

    public string? LegalName { get; set; }

    public string? TaxId { get; set; }

    public string? FinanceEmails { get; set; }

    public ClosingReportLayout ReportLayout { get; set; } = ClosingReportLayout.Detailed;

    public string? Notes { get; set; }

    public static ClientInput From(ClientDetailsDto details) => new()
    {
        Name = details.Client.Name,
        LegalName = details.Client.LegalName,
        TaxId = details.Client.TaxIdFormatted,
        FinanceEmails = string.Join(", ", details.Client.FinanceEmails),
        ReportLayout = details.Client.ReportLayout,
        Notes = details.Notes,
    };

    public SaveClientRequest ToRequest() =>
        new(Name ?? "", LegalName ?? "", TaxId ?? "", FormParsing.SplitList(FinanceEmails), ReportLayout, Notes ?? "");
}
