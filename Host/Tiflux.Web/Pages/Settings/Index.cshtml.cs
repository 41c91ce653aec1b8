using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Jobs;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings;

[Authorize(Policy = Permissions.OrganizationSettings)]
public sealed class IndexModel(JobStorage storage, IBackgroundJobClient jobs) : PageModel
{
    public long WorkerCount { get; private set; }

    [TempData]
    public string? LastPingJobId { get; set; }

    public void OnGet() => WorkerCount = storage.GetMonitoringApi().Servers().Count;

    public IActionResult OnPostPing()
    {
        var requestedBy = User.Identity?.Name ?? "?";
        LastPingJobId = jobs.Enqueue<WorkerPingJob>(job => job.RunAsync(requestedBy, CancellationToken.None));
        TempData["Flash"] = "Tarefa de teste enviada ao worker.";
        return RedirectToPage();
    }
}
