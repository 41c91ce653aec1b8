using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.Persistence;
using Tiflux.Notifications.PublicApi;
using Tiflux.Notifications.Reactions;
using Tiflux.Notifications.TemplateEditing;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications;

public static class NotificationsModule
{
    public const string Schema = "notifications";

    /// <summary>Registers the module; <paramref name="configuration"/> supplies <c>Smtp</c> (validated at start-up).</summary>
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddModuleDbContext<NotificationsDbContext>(Schema, order: 50);
        services.AddScoped<INotificationsModule, NotificationsFacade>();
        var smtp = services.AddOptions<SmtpOptions>();
        if (configuration is not null)
        {
            smtp.Bind(configuration.GetSection(SmtpOptions.Section));
        }

        smtp.ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<EmailTemplates>();
        services.AddScoped<IEmailTransport, MailKitTransport>();
        services.AddScoped<SendEmailJob>();
        services.AddScoped<PendingEmailSweepJob>();
        services.AddScoped<MessageQueue>();
        services.AddScoped<BillingPdfEmail>();
        services.AddScoped<ConsumptionReminderEmail>();
        services.AddScoped<AccountLinkEmail>();
        services.AddScoped<ListMessages>();
        services.AddScoped<ResendMessage>();
        services.AddScoped<ListMessagesFor>();
        services.AddDataProtection();
        services.AddSingleton<SmtpSecrets>();
        services.AddScoped<EffectiveSmtp>();
        services.AddScoped<GetSmtpSettings>();
        services.AddScoped<SaveSmtpSettings>();
        services.AddScoped<SendTestEmail>();
        services.AddScoped<IEmailSettings, EmailSettingsFacade>();
        services.AddScoped<IIntegrationEventConsumer<AutomaticBillingClosed>, EmailAutomaticBilling>();
        services.AddScoped<IIntegrationEventConsumer<ConsumptionThresholdReached>, EmailConsumptionReminder>();
        services.AddScoped<IIntegrationEventConsumer<BillingEmailRequested>, EmailRequestedBilling>();
        services.AddScoped<IIntegrationEventConsumer<TicketAnswerPosted>, EmailTicketAnswer>();
        services.AddScoped<TicketAnswerEmail>();
        services.AddScoped<IIntegrationEventConsumer<TicketAwaitingReview>, EmailTicketAwaitingReview>();
        services.AddScoped<IIntegrationEventConsumer<TicketSlaBreached>, EmailTicketSlaBreached>();
        services.AddScoped<IIntegrationEventConsumer<TicketAwaitingAuthorization>, EmailTicketAwaitingAuthorization>();
        services.AddScoped<IIntegrationEventConsumer<TicketAuthorizationDenied>, EmailTicketAuthorizationDenied>();
        services.AddScoped<TicketNoticeEmail>();
        services.AddScoped<IEmailTemplateEditor, EmailTemplateEditorFacade>();
        services.AddScoped<EmailTemplateCheck>();
        services.AddScoped<EmailTemplateOverrides>();
        services.AddScoped<ListEmailTemplates>();
        services.AddScoped<GetEmailTemplate>();
        services.AddScoped<SaveEmailTemplate>();
        services.AddScoped<RestoreEmailTemplate>();
        return services;
    }

    /// <summary>Recurring jobs of the module; idempotent, call at start-up in the process that runs jobs.</summary>
    public static void RegisterJobs(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<PendingEmailSweepJob>(PendingEmailSweepJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *");
    }
}
