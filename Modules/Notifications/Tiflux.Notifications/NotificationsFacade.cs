using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using MimeKit;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications;

internal sealed class NotificationsFacade(
    NotificationsDbContext db,
    IBillingWorkflow billings,
    IContractsModule contracts,
    IReportingModule reporting,
    EmailTemplates templates,
    IBackgroundJobClient jobs,
    OrganizationName organization,
    TimeProvider time) : INotificationsModule
{
    public const string BillingPdfKind = "BillingPdf";

    public const string ConsumptionReminderKind = "ConsumptionReminder";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Result<IReadOnlyList<string>> ParseAddresses(string? text)
    {
        var parts = (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var valid = new List<string>();
        var errors = new List<Error>();
        foreach (var part in parts)
        {
            if (IsValidAddress(part))
            {
                valid.Add(part);
            }
            else
            {
                errors.Add(Error.Validation("Recipients", $"Endereço de e-mail inválido: {part}"));
            }
        }

        if (errors.Count == 0 && valid.Count == 0)
        {
            errors.Add(Error.Validation("Recipients", "Informe ao menos um destinatário."));
        }

        return errors.Count > 0 ? Result<IReadOnlyList<string>>.Failure(errors) : Result<IReadOnlyList<string>>.Success([.. valid.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    private static bool IsValidAddress(string address) =>
        MailboxAddress.TryParse(address, out var mailbox)
        && mailbox.Address == address
        && address.IndexOf('@', StringComparison.Ordinal) is var at and > 0
        && address[(at + 1)..] is var domain && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
        && !address.Any(char.IsWhiteSpace);

    public async Task<Result<Guid>> QueueBillingPdfEmailAsync(BillingPdfEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = ParseAddresses(string.Join(',', request.Recipients));
        if (!recipients.IsSuccess)
        {
            return Result<Guid>.Failure(recipients.Errors);
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

        var (subject, html, text) = templates.BillingPdf(billing, client, organization.Value, EmailTemplates.LayoutName(request.Layout), pdf.Value.FileName);
        var message = new OutgoingMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = BillingPdfKind,
            RelatedId = request.BillingId,
            Recipients = string.Join(", ", recipients.Value),
            Subject = subject,
            HtmlBody = html,
            TextBody = text,
            AttachmentName = pdf.Value.FileName,
            AttachmentContentType = pdf.Value.ContentType,
            AttachmentContent = pdf.Value.Content,
            CreatedAt = time.GetUtcNow(),
            RequestedBy = request.RequestedBy,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(message.Id);
        return Result<Guid>.Success(message.Id);
    }

    public static string ReversedMessage(int number) =>
        $"O faturamento nº {number} foi estornado: o relatório não pode ser enviado por e-mail.";

    public async Task<Result<Guid>> QueueConsumptionReminderAsync(ConsumptionReminderEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = ParseAddresses(string.Join(',', request.Recipients));
        if (!recipients.IsSuccess)
        {
            return Result<Guid>.Failure(recipients.Errors);
        }

        var (subject, html, text) = templates.ConsumptionReminder(request, organization.Value);
        var message = new OutgoingMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = ConsumptionReminderKind,
            RelatedId = request.ContractId,
            Recipients = string.Join(", ", recipients.Value),
            Subject = subject,
            HtmlBody = html,
            TextBody = text,
            CreatedAt = time.GetUtcNow(),
            RequestedBy = "Lembrete de consumo",
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(message.Id);
        return Result<Guid>.Success(message.Id);
    }

    public async Task<PagedList<OutgoingMessageDto>> ListMessagesAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await db.Messages.CountAsync(cancellationToken);
        var rows = await db.Messages.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(PagedList.Skip(page, pageSize)).Take(pageSize)
            .Select(m => new OutgoingMessageDto(m.Id, m.Kind, m.Recipients, m.Subject, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt, m.AttachmentName, m.RequestedBy))
            .ToListAsync(cancellationToken);
        return new PagedList<OutgoingMessageDto>(rows, page, pageSize, total);
    }

    public async Task<Result<Guid>> ResendAsync(Guid messageId, string requestedBy, CancellationToken cancellationToken)
    {
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return Error.NotFound("Mensagem não encontrada.");
        }

        if (message.Status != MessageStatus.Sent)
        {
            message.Status = MessageStatus.Pending;
            message.Attempts = 0;
            await db.SaveChangesAsync(cancellationToken);
            Enqueue(message.Id);
            return Result<Guid>.Success(message.Id);
        }

        var copy = new OutgoingMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = message.Kind,
            RelatedId = message.RelatedId,
            Recipients = message.Recipients,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            AttachmentName = message.AttachmentName,
            AttachmentContentType = message.AttachmentContentType,
            AttachmentContent = message.AttachmentContent,
            CreatedAt = time.GetUtcNow(),
            RequestedBy = requestedBy,
        };
        db.Messages.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(copy.Id);
        return Result<Guid>.Success(copy.Id);
    }

    // Best-effort immediate kick after the row is committed; the row is the durable record.
    private void Enqueue(Guid id) => jobs.Enqueue<SendEmailJob>(job => job.RunAsync(id, CancellationToken.None));
}

/// <summary>The organisation's name for the e-mails (configuration <c>Organization:Name</c>).</summary>
internal sealed class OrganizationName(IConfiguration? configuration)
{
    public string Value { get; } = configuration?["Organization:Name"] is { Length: > 0 } name ? name : "Tiflux";
}
