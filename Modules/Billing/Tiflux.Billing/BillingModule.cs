using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.Forecast;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Invoicing.Drafts;
using Tiflux.Billing.Payments;
using Tiflux.Billing.Organization;
using Tiflux.Billing.Outbox;
using Tiflux.Billing.Overview;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Queries;
using Tiflux.Billing.Reminders;
using Tiflux.Billing.Runs;
using Tiflux.Billing.Statements;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing;

public static class BillingModule
{
    public const string Schema = "billing";

    public static IServiceCollection AddBillingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<BillingDbContext>(Schema, order: 30);
        services.AddScoped<IBillingModule, BillingFacade>();
        services.AddScoped<PendingBillingEngine>();
        services.AddScoped<GetPendingLines>();
        services.AddScoped<GetPendingTotals>();
        services.AddScoped<PendingFingerprints>();
        services.AddSingleton<SummaryCache>();
        services.AddScoped<PendingSummaryRefresh>();
        services.AddScoped<AwaitingReviewRefresh>();
        services.AddScoped<GetAwaitingReview>();
        services.AddScoped<GetCurrentUsage>();
        services.AddScoped<GetConsumptionHistory>();
        services.AddScoped<IBillingWorkflow, BillingWorkflow>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<PrepareBillingDraft>();
        services.AddScoped<CommitBilling>();
        services.AddScoped<ReverseBilling>();
        services.AddScoped<UpdateBilling>();
        services.AddScoped<AddAttachment>();
        services.AddScoped<RemoveAttachment>();
        services.AddScoped<GetAttachment>();
        services.AddScoped<GetBillingHistory>();
        services.AddScoped<GetBillingDetails>();
        services.AddScoped<GetOrganizationSettings>();
        services.AddScoped<SaveOrganizationSettings>();
        services.AddScoped<IOrganizationSettings, OrganizationSettingsFacade>();
        services.AddScoped<IBillingRuns, BillingRuns>();
        services.AddScoped<PlanBillingRun>();
        services.AddScoped<IBillingRunDiffs, BillingRunDiffs>();
        services.AddScoped<RecordRunPlan>();
        services.AddOptions<BillingRunOptions>();
        services.AddScoped<RunCycleContext>();
        services.AddScoped<StartBillingRun>();
        services.AddScoped<PlanRunBatches>();
        services.AddScoped<BillRunBatch>();
        services.AddScoped<BillBatchOneByOne>();
        services.AddScoped<BillPlannedCycle>();
        services.AddScoped<ListBillingRuns>();
        services.AddScoped<ListBatchErrors>();
        services.AddScoped<RetryBatchError>();
        services.AddScoped<IgnoreBatchError>();
        services.AddScoped<BillingRunJobs>();
        services.AddScoped<ConsumptionReminderJob>();
        services.AddScoped<IBillingPayments, BillingPayments>();
        services.AddScoped<ConfirmPayment>();
        services.AddScoped<UndoPayment>();
        services.AddScoped<SetNfeNumber>();
        services.AddScoped<GetChargeData>();
        services.AddSingleton(new OutboxEventTypes()
            .Add<BillingCreated>(BillingEventTypes.Created)
            .Add<BillingReversed>(BillingEventTypes.Reversed)
            .Add<AutomaticBillingClosed>(BillingEventTypes.AutomaticallyClosed)
            .Add<BillingEmailRequested>(BillingEventTypes.EmailRequested)
            .Add<ConsumptionThresholdReached>(BillingEventTypes.ConsumptionThresholdReached));
        services.AddScoped<OutboxProcessor<BillingDbContext>>(sp => new OutboxProcessor<BillingDbContext>(
            sp.GetRequiredService<BillingDbContext>(), sp, sp.GetRequiredService<OutboxEventTypes>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<BillingOutboxJob>();
        services.AddScoped<ReconcileBilledMarks>();
        services.AddScoped<BilledMarksJob>();
        services.AddScoped<PendingSummaryJob>();
        services.AddScoped<CarriedHours>();
        services.AddScoped<ForecastContracts>();
        services.AddScoped<GetRunningOut>();
        services.AddScoped<ForecastSnapshotJob>();
        services.AddScoped<IBillingForecast, BillingForecast>();
        services.AddScoped<IBillingReconciliation, Reconciliation.ReconciliationFacade>();
        services.AddScoped<Reconciliation.ReconcileWork>();
        services.AddScoped<Reconciliation.LoadReconciliationSources>();
        services.AddScoped<IBillingOverview, BillingOverview>();
        services.AddScoped<GetPendingOverview>();
        services.AddScoped<GetBilledMonths>();
        services.AddScoped<GetOpenCharges>();
        services.AddScoped<GetRemindedContracts>();
        services.AddScoped<GetAwaitingReviewValue>();
        services.AddScoped<IBillingNumbers, GetBillingNumbers>();
        services.AddScoped<IBillingStatements, BillingStatements>();
        services.AddScoped<GetContractBalances>();
        return services;
    }

    /// <summary>Registers the automatic billing run (idempotent); <paramref name="cron"/> is in America/Sao_Paulo time.</summary>
    public static void RegisterJobs(IRecurringJobManager jobs, string cron)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<BillingRunJobs>(
            BillingRunJobs.RecurringId,
            job => job.StartScheduledAsync(CancellationToken.None),
            cron,
            new RecurringJobOptions { TimeZone = BrazilTime.Zone });
        jobs.AddOrUpdate<ConsumptionReminderJob>(ConsumptionReminderJob.RecurringId, job => job.RunAsync(CancellationToken.None), "15 * * * *");
        jobs.AddOrUpdate<BillingOutboxJob>(BillingOutboxJob.RecurringId, job => job.RunAsync(CancellationToken.None), "* * * * *");
        jobs.AddOrUpdate<BilledMarksJob>(ReconcileBilledMarks.RecurringId, job => job.RunAsync(CancellationToken.None), "*/10 * * * *");
        jobs.AddOrUpdate<PendingSummaryJob>(PendingSummaryJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        jobs.AddOrUpdate<ForecastSnapshotJob>(ForecastSnapshotJob.RecurringId, job => job.RunAsync(CancellationToken.None), "20 * * * *");
    }
}
