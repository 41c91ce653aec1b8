using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>
/// "Enviar PDF por e-mail": queues the billing's closing report as a Pending message. The page (through the facade)
/// renders it at once, so the person sees a rendering problem; the reaction to an automatic run's billing (with a
/// dedupe key) leaves the rendering to the send job, so a run of thousands of billings does not render them one after
/// another inside the outbox delivery (docs/decisions/0021-billing-run-fan-out.md).
/// </summary>
internal sealed class BillingPdfEmail(
    IBillingWorkflow billings,
    IContractsModule contracts,
    IReportingModule reporting,
    EmailTemplates templates,
    IOrganizationSettings organization,
    MessageQueue queue,
    TimeProvider time)
{
    public const string Kind = "BillingPdf";

    public static string ReversedMessage(int number) =>
        $"O faturamento nº {number} foi estornado: o relatório não pode ser enviado por e-mail.";

    /// <summary>Queues the e-mail; with <paramref name="dedupeKey"/>, at most one message is ever stored for that key.</summary>
    public async Task<Result<Guid>> HandleAsync(BillingPdfEmailRequest request, string? dedupeKey, CancellationToken cancellationToken, bool renderWhenSent = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = EmailAddresses.Parse(request.Recipients);
        if (!recipients.IsSuccess)
        {
            return Result<Guid>.Failure(recipients.Errors);
        }

        // Checked before rendering: a replayed event must not pay for a PDF it will not send.
        if (dedupeKey is not null && await queue.FindAsync(dedupeKey, cancellationToken) is { } existing)
        {
            return Result<Guid>.Success(existing);
        }

        var billing = await billings.GetBillingAsync(request.BillingId, cancellationToken);
        if (billing is null)
        {
            return Error.NotFound("Faturamento não encontrado.");
        }

        // A reversed billing is no longer owed: sending its report would look like a valid charge to the client.
        if (billing.Summary.State == BillingState.Reversed)
        {
            return Error.Conflict(ReversedMessage(billing.Summary.Number));
        }

        var client = await contracts.GetClientAsync(billing.Summary.ClientId, cancellationToken);
        if (client is null)
        {
            return Error.NotFound("Cliente do faturamento não encontrado.");
        }

        ReportFile? pdf = null;
        if (!renderWhenSent)
        {
            var rendered = await reporting.RenderBillingPdfAsync(request.BillingId, request.Layout, cancellationToken);
            if (!rendered.IsSuccess)
            {
                return Result<Guid>.Failure(rendered.Errors);
            }

            pdf = rendered.Value;
        }

        var fileName = pdf?.FileName ?? ClosingReportLayouts.FileName(billing.Summary.Number.ToString(PtBr.Culture), request.Layout, reversed: false);
        var (subject, html, text) = templates.BillingPdf(billing, client, await organization.GetAsync(cancellationToken), ClosingReportLayouts.Name(request.Layout), fileName);
        return Result<Guid>.Success(await queue.QueueAsync(
            new OutgoingMessage
            {
                Id = Guid.CreateVersion7(),
                Kind = Kind,
                RelatedId = request.BillingId,
                DedupeKey = dedupeKey,
                Recipients = string.Join(", ", recipients.Value),
                Subject = subject,
                HtmlBody = html,
                TextBody = text,
                AttachmentName = fileName,
                AttachmentContentType = pdf?.ContentType ?? SendEmailJob.PdfContentType,
                AttachmentContent = pdf?.Content,
                AttachmentLayout = request.Layout,
                CreatedAt = time.GetUtcNow(),
                RequestedBy = request.RequestedBy,
            },
            cancellationToken));
    }
}
