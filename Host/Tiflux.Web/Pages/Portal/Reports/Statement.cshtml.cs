using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reports;

/// <summary>
/// Portal › Relatórios › Extrato de Consumo: the current client's statement on screen by contract and period, and the
/// same statement as XLSX, PDF sintético or detalhado (one builder for all). Without "ver valores" no R$ appears in any
/// of them. A contract of another client answers 404.
/// </summary>
[Authorize(Policy = PortalPolicies.SeeReports)]
public sealed class StatementModel(IContractsModule contracts, IReportingModule reporting, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "contrato", SupportsGet = true)]
    public Guid? ContractId { get; set; }

    [BindProperty(Name = "de", SupportsGet = true)]
    public DateOnly? FromInput { get; set; }

    [BindProperty(Name = "ate", SupportsGet = true)]
    public DateOnly? ToInput { get; set; }

    /// <summary>xlsx, sintetico or detalhado: download instead of the page.</summary>
    [BindProperty(Name = "formato", SupportsGet = true)]
    public string? Format { get; set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public IReadOnlyList<ContractTermsDto> Contracts { get; private set; } = [];

    public ConsumptionStatementDto? Statement { get; private set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalReportUser.From(User) is not { } user)
        {
            return Forbid();
        }

        Contracts = [.. (await contracts.GetContractTermsAsync(new ContractTermsRequest([user.ClientId], null), cancellationToken))
            .Where(c => c.ClientId == user.ClientId)
            .OrderBy(c => c.Number)];
        if (ContractId is { } chosen && Contracts.All(c => c.Id != chosen))
        {
            return NotFound();
        }

        (From, To, ErrorMessage) = ReportPeriod.Read(FromInput, ToInput, BrazilTime.Today(clock));
        if (ErrorMessage is not null)
        {
            return Page();
        }

        var request = new ConsumptionStatementRequest(
            user.ClientId, ContractId, From, To, StatementFormats.Parse(Format) ?? ConsumptionStatementFormat.Xlsx, user.Has(PortalPermissions.SeeValues));
        if (StatementFormats.Parse(Format) is not null)
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
}
