using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>"Enviar PDF por e-mail": recipients prefilled with the client's finance e-mails, layout = client's preferred.</summary>
[Authorize(Policy = Permissions.Billing)]
public sealed class BillingEmailModel(IBillingWorkflow billings, IContractsModule contracts, INotificationsModule notifications) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Layouts =
        [.. ClosingReportLayouts.All.Select(l => (ClosingReportLayouts.Slug(l), ClosingReportLayouts.Name(l)))];

    public Guid BillingId { get; private set; }

    public int Number { get; private set; }

    public string ClientName { get; private set; } = "";

    public string RealValue { get; private set; } = "";

    [BindProperty]
    public string Recipients { get; set; } = "";

    [BindProperty]
    public string Layout { get; set; } = "sintetico";

    public Guid? QueuedId { get; private set; }

    /// <summary>Set for a reversed billing: the page explains why nothing can be sent instead of showing the form.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var client = await LoadAsync(billingId, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        Recipients = string.Join(", ", client.FinanceEmails);
        Layout = ClosingReportLayouts.Slug(client.ReportLayout);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid billingId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(billingId, cancellationToken) is null)
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            // The module refuses too (NotificationsFacade); answering here keeps the form away from a reversed billing.
            ModelState.AddModelError("", Refusal);
            return Page();
        }

        var recipients = notifications.ParseAddresses(Recipients);
        if (!recipients.IsSuccess)
        {
            AddErrors(recipients.Errors);
            return Page();
        }

        if (BillingPdfModel.ParseLayout(Layout) is not { } layout)
        {
            ModelState.AddModelError(nameof(Layout), "Modelo de relatório desconhecido.");
            return Page();
        }

        var queued = await notifications.QueueBillingPdfEmailAsync(
            new BillingPdfEmailRequest(billingId, recipients.Value, layout, User.Identity?.Name ?? "?"), cancellationToken);
        if (!queued.IsSuccess)
        {
            AddErrors(queued.Errors);
            return Page();
        }

        QueuedId = queued.Value;
        return Page();
    }

    private void AddErrors(IReadOnlyList<Error> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field ?? "", error.Message);
        }
    }

    private async Task<ClientSummary?> LoadAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var billing = await billings.GetBillingAsync(billingId, cancellationToken);
        if (billing is null)
        {
            return null;
        }

        BillingId = billingId;
        Number = billing.Summary.Number;
        ClientName = billing.Summary.ClientName;
        RealValue = PtBr.Money(billing.Summary.RealValue);
        Refusal = billing.Summary.State == BillingState.Reversed
            ? $"O faturamento nº {billing.Summary.Number} foi estornado: o relatório não pode ser enviado por e-mail."
            : null;
        return await contracts.GetClientAsync(billing.Summary.ClientId, cancellationToken);
    }
}
