using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Billing.Runs;

[Authorize(Policy = Permissions.Billing)]
public sealed class IndexModel(IBillingRuns runs, IBillingRunDiffs diffs, IIntegrationsModule integrations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "data")]
    public DateOnly? RunDate { get; set; }

    public RunPlanDto Plan { get; private set; } = new(default, []);

    /// <summary>What changed since the last plan shown or run for the same date.</summary>
    public RunPlanDiffDto Diff { get; private set; } = new(null, null, []);

    public IReadOnlyList<BillingRunSummary> History { get; private set; } = [];

    public IReadOnlyList<BatchErrorDto> Errors { get; private set; } = [];

    /// <summary>Charges whose Asaas / Conta Azul job failed (second table of the batch-error report).</summary>
    public IReadOnlyList<ChargeDto> ChargeFailures { get; private set; } = [];

    public bool CanRunNow => User.Has(Permissions.OrganizationSettings);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RunDate ??= BrazilTime.Today(clock);
        Plan = await runs.PlanAsync(RunDate.Value, cancellationToken);
        Diff = await diffs.CompareAndRecordAsync(Plan, User.Identity?.Name ?? "?", cancellationToken);
        History = await runs.GetRunsAsync(20, cancellationToken);
        Errors = await runs.GetErrorsAsync(includeResolved: false, cancellationToken);
        ChargeFailures = await integrations.ListFailuresAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryChargeAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var result = await integrations.RetryAsync(billingId, User.Identity?.Name ?? "?", cancellationToken);
        TempData["Flash"] = result.IsSuccess ? "Cobrança enviada de novo para a fila." : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        if (!CanRunNow)
        {
            return Forbid();
        }

        var date = RunDate ?? BrazilTime.Today(clock);

        // The plan being run becomes the one the next dry run of this date is compared with.
        await diffs.CompareAndRecordAsync(await runs.PlanAsync(date, cancellationToken), User.Identity?.Name ?? "?", cancellationToken);
        await runs.StartAsync(date, RunTrigger.Manual, cancellationToken);
        TempData["Flash"] = "Execução iniciada: os lotes são faturados em segundo plano. Acompanhe o andamento no histórico abaixo (atualize a página).";
        return RedirectToPage(new { data = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid errorId, CancellationToken cancellationToken)
    {
        var result = await runs.RetryAsync(errorId, User.Identity?.Name ?? "?", cancellationToken);
        TempData["Flash"] = result.IsSuccess ? "Faturamento refeito com sucesso." : "Não foi possível faturar: " + string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostIgnoreAsync(Guid errorId, CancellationToken cancellationToken)
    {
        var result = await runs.IgnoreAsync(errorId, User.Identity?.Name ?? "?", cancellationToken);
        TempData["Flash"] = result.IsSuccess ? "Ciclo ignorado: as próximas execuções não tentarão faturá-lo." : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage();
    }

}
