using Tiflux.SharedKernel;

namespace Tiflux.Notifications.PublicApi;

/// <summary>The only way other modules and the host reach the Notifications module.</summary>
public interface INotificationsModule
{
    /// <summary>Whether the module's schema is reachable and fully migrated.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Renders the billing's closing report in <see cref="BillingPdfEmailRequest.Layout"/>, stores the e-mail with the
    /// PDF as a Pending message and queues its delivery. Invalid addresses are refused; nothing is stored then.
    /// </summary>
    Task<Result<Guid>> QueueBillingPdfEmailAsync(BillingPdfEmailRequest request, CancellationToken cancellationToken);

    /// <summary>Queues the consumption reminder (lembrete de consumo) of one contract cycle.</summary>
    Task<Result<Guid>> QueueConsumptionReminderAsync(ConsumptionReminderEmailRequest request, CancellationToken cancellationToken);

    /// <summary>Queues an invitation or password-reset e-mail carrying a single-use link to set a password.</summary>
    Task<Result<Guid>> QueueAccountLinkAsync(AccountLinkEmailRequest request, CancellationToken cancellationToken);

    /// <summary>The message log, newest first.</summary>
    Task<PagedList<OutgoingMessageDto>> ListMessagesAsync(int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Sends a message again: a Pending or Failed one is retried; a Sent one is copied into a new message.</summary>
    Task<Result<Guid>> ResendAsync(Guid messageId, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Splits a list of addresses (comma, semicolon or new line) and checks each one.</summary>
    Result<IReadOnlyList<string>> ParseAddresses(string? text);

    /// <summary>The messages about one subject (e.g. a billing: <c>RelatedId</c> = billing id), newest first.</summary>
    Task<IReadOnlyList<OutgoingMessageDto>> ListMessagesForAsync(Guid relatedId, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="ResendAsync"/> restricted to a message about <paramref name="relatedId"/>: whoever may act on the
    /// subject (e.g. bill) may resend its e-mails, and only those.
    /// </summary>
    Task<Result<Guid>> ResendForAsync(Guid relatedId, Guid messageId, string requestedBy, CancellationToken cancellationToken);
}

/// <summary>"Enviar PDF por e-mail": the billing, the recipients and the report layout.</summary>
public sealed record BillingPdfEmailRequest(Guid BillingId, IReadOnlyList<string> Recipients, ClosingReportLayout Layout, string RequestedBy);

/// <summary>A contract's consumption crossed its reminder threshold in a cycle; values are pre-formatted (pt-BR).</summary>
public sealed record ConsumptionReminderEmailRequest(
    Guid ContractId,
    string ContractName,
    string ClientName,
    string Period,
    string Consumed,
    string Included,
    int PercentUsed,
    int Threshold,
    IReadOnlyList<string> Recipients,
    string Forecast = "");

/// <summary>A link for <paramref name="Name"/> to set a password (<paramref name="Url"/> is absolute and single-use).</summary>
public sealed record AccountLinkEmailRequest(
    Guid UserId, string Recipient, string Name, string Url, DateTimeOffset ExpiresAt, AccountLinkPurpose Purpose, string RequestedBy);

/// <summary>Why the link was sent: a new user's invitation, or a password reset asked by an administrator.</summary>
public enum AccountLinkPurpose
{
    Invitation = 1,
    PasswordReset = 2,
}

/// <summary>Delivery state of an outgoing message.</summary>
public enum MessageStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>A row of the message log.</summary>
public sealed record OutgoingMessageDto(
    Guid Id,
    string Kind,
    string Recipients,
    string Subject,
    MessageStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? AttachmentName,
    string RequestedBy);
