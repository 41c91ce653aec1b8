using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Email;

/// <summary>
/// "Enviar PDF por e-mail": renders the billing's closing report and queues it as a Pending message. Used by the page
/// (through the facade) and by the reaction to an automatic run's billing (with a dedupe key).
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
    public async Task<Result<Guid>> HandleAsync(BillingPdfEmailRequest request, string? dedupeKey, CancellationToken cancellationToken)
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

        var pdf = await reporting.RenderBillingPdfAsync(request.BillingId, request.Layout, cancellationToken);
        if (!pdf.IsSuccess)
        {
            return Result<Guid>.Failure(pdf.Errors);
        }

        var (subject, html, text) = templates.BillingPdf(billing, client, await organization.GetAsync(cancellationToken), ClosingReportLayouts.Name(request.Layout), pdf.Value.FileName);
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
                AttachmentName = pdf.Value.FileName,
                AttachmentContentType = pdf.Value.ContentType,
                AttachmentContent = pdf.Value.Content,
                CreatedAt = time.GetUtcNow(),
                RequestedBy = request.RequestedBy,
            },
            cancellationToken));
    }
}
