using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>
/// Relatórios › Faturamento › Extrato consumo de cliente: clients (several), contracts, period by entry date and "ver
/// valores" (only for users who may see values), then the statement on screen or as XLSX / PDF sintético / detalhado —
/// one builder makes all four. A download button sends its <c>formato</c> (name="formato" on the button, so the page
/// needs no script under the Content-Security-Policy).
/// </summary>
[Authorize(Policy = Permissions.FinancialReports)]
public sealed class StatementModel(IContractsModule contracts, IReportingModule reporting, TimeProvider time) : PageModel
{
    [BindProperty(Name = "clientes", SupportsGet = true)]
    public IReadOnlyList<Guid> ClientIds { get; set; } = [];

    [BindProperty(Name = "contratos", SupportsGet = true)]
    public IReadOnlyList<Guid> ContractIds { get; set; } = [];

    [BindProperty(Name = "de", SupportsGet = true)]
    public DateOnly? FromInput { get; set; }

    [BindProperty(Name = "ate", SupportsGet = true)]
    public DateOnly? ToInput { get; set; }

    /// <summary>"ver valores": asked by the form; honoured only with the "visualizar valores" permission.</summary>
    [BindProperty(Name = "valores", SupportsGet = true)]
    public bool? ValuesInput { get; set; }

    /// <summary>xlsx, sintetico or detalhado: download instead of the page.</summary>
    [BindProperty(Name = "formato", SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    /// <summary>The chosen clients' contracts, to narrow the statement.</summary>
    public IReadOnlyList<ContractTermsDto> Contracts { get; private set; } = [];

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public bool CanSeeValues { get; private set; }

    public bool ShowValues { get; private set; }

    public ConsumptionStatementDto? Statement { get; private set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CanSeeValues = User.Has(Permissions.ValuesView);
        ShowValues = CanSeeValues && (ValuesInput ?? true);
        Clients = await contracts.GetClientsAsync(null, cancellationToken);
        (From, To, ErrorMessage) = ReportPeriod.Read(FromInput, ToInput, BrazilTime.Today(time));
        ErrorMessage ??= FilterError();
        if (ErrorMessage is not null)
        {
            ClientIds = [.. ClientIds.Take(ReportingLimits.StatementClients)];
            return Page();
        }

        ClientIds = [.. ClientIds.Distinct().Where(id => Clients.Any(c => c.Id == id))];
        if (ClientIds.Count == 0)
        {
            ErrorMessage = Format is null && Request.Query.Count == 0 ? null : "Escolha ao menos um cliente.";
            return Page();
        }

        Contracts = [.. (await contracts.GetContractTermsAsync(new ContractTermsRequest(ClientIds, null), cancellationToken))
            .Where(c => ClientIds.Contains(c.ClientId))
            .OrderBy(c => c.Number)];
        ContractIds = [.. ContractIds.Distinct().Where(id => Contracts.Any(c => c.Id == id))];
        var format = StatementFormats.Parse(Format);
        var request = new ConsumptionStatementRequest(
            ClientIds, ContractIds.Count > 0 ? ContractIds : null, From, To, format ?? ConsumptionStatementFormat.Xlsx, ShowValues);
        if (format is not null)
        {
            var file = await reporting.RenderConsumptionStatementAsync(request, cancellationToken);
            if (file.IsSuccess)
            {
                return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
            }

            ErrorMessage = file.Errors[0].Message;
            return Page();
        }

        var statement = await reporting.GetConsumptionStatementAsync(request, cancellationToken);
        if (statement.IsSuccess)
        {
            Statement = statement.Value;
        }
        else
        {
            ErrorMessage = statement.Errors[0].Message;
        }

        return Page();
    }

    /// <summary>Filters the binder could not read, or too many of them: a message instead of a guess.</summary>
    private string? FilterError()
    {
        if (ModelState["clientes"]?.Errors.Count > 0 || ModelState["contratos"]?.Errors.Count > 0)
        {
            return "Cliente ou contrato inválido.";
        }

        if (ModelState["de"]?.Errors.Count > 0 || ModelState["ate"]?.Errors.Count > 0)
        {
            return "Data inválida: use o seletor de data (dd/mm/aaaa).";
        }

        if (Format is not null && StatementFormats.Parse(Format) is null)
        {
            return "Formato desconhecido: use XLSX, PDF sintético ou PDF detalhado.";
        }

        if (ClientIds.Count > ReportingLimits.StatementClients)
        {
            return $"Escolha no máximo {ReportingLimits.StatementClients} clientes.";
        }

        return ContractIds.Count > ReportingLimits.StatementContracts ? $"Escolha no máximo {ReportingLimits.StatementContracts} contratos." : null;
    }
}
