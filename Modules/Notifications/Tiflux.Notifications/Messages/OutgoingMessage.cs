using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.Messages;

/// <summary>An e-mail in the outbox <c>notifications.outgoing_messages</c>: written first, sent by <see cref="Email.SendEmailJob"/>.</summary>
internal sealed class OutgoingMessage
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = "";

    public Guid? RelatedId { get; set; }

    /// <summary>Set on messages that react to an integration event: unique, so a replayed event stores nothing twice.</summary>
    public string? DedupeKey { get; set; }

    /// <summary>Comma-separated addresses.</summary>
    public string Recipients { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public string TextBody { get; set; } = "";

    /// <summary>
    /// Set on messages a reply should thread back to (ticket answers: "ticket-1234"): the Reply-To becomes the sender's
    /// plus-address (<c>suporte+ticket-1234@msp.com.br</c>), which a later inbound-mail reader can match.
    /// </summary>
    public string? ReplyToTag { get; set; }

    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public byte[]? AttachmentContent { get; set; }

    /// <summary>
    /// Set when the attachment is the closing report of the billing <see cref="RelatedId"/>, rendered in this layout by
    /// the send job (not yet rendered while <see cref="AttachmentContent"/> is null): an automatic run queues thousands of
    /// these, and each is rendered by whichever worker sends it.
    /// </summary>
    public ClosingReportLayout? AttachmentLayout { get; set; }

    public MessageStatus Status { get; set; } = MessageStatus.Pending;

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string RequestedBy { get; set; } = "";

    public OutgoingMessageDto ToDto() =>
        new(Id, Kind, Recipients, Subject, Status, Attempts, LastError, CreatedAt, SentAt, AttachmentName, RequestedBy);
}

internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.ToTable("outgoing_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.Recipients).HasMaxLength(4000);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.AttachmentName).HasMaxLength(300);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.Property(m => m.RequestedBy).HasMaxLength(200);
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.Property(m => m.ReplyToTag).HasMaxLength(64);
        builder.Property(m => m.AttachmentLayout).HasConversion<int?>();
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => m.RelatedId);
        builder.HasIndex(m => m.Status).HasFilter("status <> 2");
    }
}
