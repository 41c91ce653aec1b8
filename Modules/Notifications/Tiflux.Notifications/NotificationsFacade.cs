using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class NotificationsFacade(NotificationsDbContext db, IServiceProvider services) : INotificationsModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public Result<IReadOnlyList<string>> ParseAddresses(string? text) => EmailAddresses.Parse(text);

    public Task<Result<Guid>> QueueBillingPdfEmailAsync(BillingPdfEmailRequest request, CancellationToken cancellationToken) =>
        Get<BillingPdfEmail>().HandleAsync(request, dedupeKey: null, cancellationToken);

    public Task<Result<Guid>> QueueConsumptionReminderAsync(ConsumptionReminderEmailRequest request, CancellationToken cancellationToken) =>
        Get<ConsumptionReminderEmail>().HandleAsync(request, dedupeKey: null, cancellationToken);

    public Task<Result<Guid>> QueueAccountLinkAsync(AccountLinkEmailRequest request, CancellationToken cancellationToken) =>
        Get<AccountLinkEmail>().HandleAsync(request, cancellationToken);

    public Task<PagedList<OutgoingMessageDto>> ListMessagesAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        Get<ListMessages>().HandleAsync(page, pageSize, cancellationToken);

    public Task<Result<Guid>> ResendAsync(Guid messageId, string requestedBy, CancellationToken cancellationToken) =>
        Get<ResendMessage>().HandleAsync(messageId, requestedBy, relatedId: null, cancellationToken);

    public Task<IReadOnlyList<OutgoingMessageDto>> ListMessagesForAsync(Guid relatedId, CancellationToken cancellationToken) =>
        Get<ListMessagesFor>().HandleAsync(relatedId, cancellationToken);

    public Task<Result<Guid>> ResendForAsync(Guid relatedId, Guid messageId, string requestedBy, CancellationToken cancellationToken) =>
        Get<ResendMessage>().HandleAsync(messageId, requestedBy, relatedId, cancellationToken);
}
