using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>Extrato de consumo: filters, then XLSX / PDF sintético / PDF detalhado.</summary>
[Authorize(Policy = Permissions.FinancialReports)]
public sealed class StatementModel(IContractsModule contracts, IReportingModule reporting, TimeProvider time) : PageModel
{
    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public IReadOnlyList<ContractTermsDto> Contracts { get; private set; } = [];

    public Guid? ClientId { get; private set; }

    public Guid? ContractId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>
    /// The filter form; a download button sends its <paramref name="format"/> (name="format" on the button, so the page
    /// needs no script under the Content-Security-Policy) and gets the file.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(Guid? clientId, Guid? contractId, DateOnly? from, DateOnly? to, string? format, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(format))
        {
            return await OnGetDownloadAsync(clientId, contractId, from, to, format, cancellationToken);
        }

        await LoadAsync(clientId, contractId, from, to, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid? clientId, Guid? contractId, DateOnly? from, DateOnly? to, string? format, CancellationToken cancellationToken)
    {
        await LoadAsync(clientId, contractId, from, to, cancellationToken);
        if (ClientId is not { } client)
        {
            ErrorMessage = "Escolha um cliente.";
            return Page();
        }

        var chosen = format switch
        {
            "sintetico" => ConsumptionStatementFormat.PdfSynthetic,
            "detalhado" => ConsumptionStatementFormat.PdfDetailed,
            _ => ConsumptionStatementFormat.Xlsx,
        };
        var file = await reporting.RenderConsumptionStatementAsync(new ConsumptionStatementRequest(client, ContractId, From, To, chosen), cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        ErrorMessage = file.Errors[0].Message;
        return Page();
    }

    private async Task LoadAsync(Guid? clientId, Guid? contractId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(time);
        From = from ?? new DateOnly(today.Year, today.Month, 1);
        To = to ?? From.AddMonths(1).AddDays(-1);
        Clients = await contracts.GetClientsAsync(null, cancellationToken);
        ClientId = clientId is { } id && Clients.Any(c => c.Id == id) ? id : null;
        if (ClientId is { } chosen)
        {
            Contracts = await contracts.GetContractTermsAsync(new ContractTermsRequest([chosen], null), cancellationToken);
            ContractId = contractId is { } c && Contracts.Any(t => t.Id == c) ? c : null;
        }
    }
}
