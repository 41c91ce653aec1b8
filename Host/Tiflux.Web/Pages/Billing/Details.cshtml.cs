using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Billing;

/// <summary>One billing: summary, billed lines with their explanations, attachments, edits, reversal and audit trail.</summary>
[Authorize(Policy = Permissions.Billing)]
[RequestSizeLimit(FinalizeModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FinalizeModel.MaxRequestBytes)]
public sealed class DetailsModel(IBillingWorkflow workflow, IIntegrationsModule integrations, INotificationsModule notifications) : PageModel
{
    [BindProperty(Name = "nfe")]
    public string? NfeNumber { get; set; }

    [BindProperty(Name = "observacoes")]
    public string? Observations { get; set; }

    [BindProperty(Name = "motivo")]
    public string? Reason { get; set; }

    [BindProperty(Name = "reembolso")]
    public bool RefundConfirmed { get; set; }

    /// <summary>The required "Confirmo o estorno" checkbox: a reversal cannot be undone, so one click is not enough.</summary>
    [BindProperty(Name = "confirmo")]
    public bool ReversalConfirmed { get; set; }

    [BindProperty(Name = "arquivo")]
    public IFormFile? Upload { get; set; }

    public BillingDetailsDto Billing { get; private set; } = null!;

    /// <summary>The Asaas / Conta Azul charge of this billing, if an integration was configured when it was billed.</summary>
    public ChargeDto? Charge { get; private set; }

    /// <summary>The e-mails about this billing (section "E-mails"), newest first.</summary>
    public IReadOnlyList<OutgoingMessageDto> Emails { get; private set; } = [];

    /// <summary>Only those who may open the outbox page (e-mail settings) get the link to it.</summary>
    public bool MaySeeOutbox => User.Has(Permissions.OrganizationSettings);

    /// <summary>A paid billing can be reversed too, but only with the refund confirmed.</summary>
    public bool CanReverse => User.Has(Permissions.BillingReverse) && Billing.Summary.State is BillingState.Billed or BillingState.Paid;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        NfeNumber = Billing.Summary.NfeNumber;
        Observations = Billing.Observations;
        return Page();
    }

    public async Task<IActionResult> OnPostEditarAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await workflow.UpdateBillingAsync(id, new UpdateBillingRequest(NfeNumber, Observations, By), cancellationToken);
        return await AfterAsync(id, result, "Faturamento atualizado.", "editar", cancellationToken);
    }

    public async Task<IActionResult> OnPostEstornarAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.Has(Permissions.BillingReverse))
        {
            return Forbid();
        }

        var result = ReversalConfirmed
            ? await workflow.ReverseBillingAsync(id, Reason ?? "", By, RefundConfirmed, cancellationToken)
            : Result.Failure(Error.Validation("Confirm", "Marque \"Confirmo o estorno\" para estornar o faturamento."));
        return await AfterAsync(id, result, "Faturamento estornado. Os itens voltaram a ficar pendentes.", "estornar", cancellationToken);
    }

    public async Task<IActionResult> OnPostTentarNovamenteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await integrations.RetryAsync(id, By, cancellationToken);
        return await AfterAsync(id, result, "Cobrança enviada de novo para a fila.", "cobranca", cancellationToken);
    }

    /// <summary>Whoever may bill may resend the billing's own e-mails (the module refuses a message of another subject).</summary>
    public async Task<IActionResult> OnPostReenviarEmailAsync(Guid id, Guid mensagemId, CancellationToken cancellationToken)
    {
        var result = await notifications.ResendForAsync(id, mensagemId, By, cancellationToken);
        return await AfterAsync(id, result, "E-mail colocado na fila de envio.", "emails", cancellationToken);
    }

    public async Task<IActionResult> OnPostAnexarAsync(Guid id, CancellationToken cancellationToken)
    {
        Result result;
        if (Upload is null || Upload.Length == 0)
        {
            result = Result.Failure(Error.Validation("Attachments", "Escolha um arquivo para anexar."));
        }
        else
        {
            var content = await Upload.ReadBytesAsync(cancellationToken);
            result = await workflow.AddAttachmentAsync(id, new AttachmentUpload(Path.GetFileName(Upload.FileName), Upload.ContentType ?? "", content), By, cancellationToken);
        }

        return await AfterAsync(id, result, "Anexo incluído.", "anexar", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoverAnexoAsync(Guid id, Guid anexoId, CancellationToken cancellationToken)
    {
        var result = await workflow.RemoveAttachmentAsync(id, anexoId, By, cancellationToken);
        return await AfterAsync(id, result, "Anexo removido.", "anexar", cancellationToken);
    }

    private string By => User.Identity?.Name ?? "?";

    private async Task<IActionResult> AfterAsync(Guid id, Result result, string success, string form, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = success;
            return Redirect($"/faturamento/{id}");
        }

        if (result.Errors.Any(e => e.Code == "not_found") && !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(form, error.Message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var billing = await workflow.GetBillingAsync(id, cancellationToken);
        if (billing is null)
        {
            return false;
        }

        Billing = billing;
        Charge = await integrations.GetChargeAsync(id, cancellationToken);
        Emails = await notifications.ListMessagesForAsync(id, cancellationToken);
        return true;
    }
}
