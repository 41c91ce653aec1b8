using System.Reflection;

namespace Tiflux.ArchitectureTests;

/// <summary>Every module with one marker type per assembly; each rule is driven from this table.</summary>
public sealed record ModuleMap(string Name, Assembly PublicApi, Assembly Implementation)
{
    public static IReadOnlyList<ModuleMap> All { get; } =
    [
        new("Contracts", typeof(Contracts.PublicApi.IContractsModule).Assembly, typeof(Contracts.ContractsModule).Assembly),
        new("Tickets", typeof(Tickets.PublicApi.ITicketsModule).Assembly, typeof(Tickets.TicketsModule).Assembly),
        new("Billing", typeof(Billing.PublicApi.IBillingModule).Assembly, typeof(Billing.BillingModule).Assembly),
        new("Reporting", typeof(Reporting.PublicApi.IReportingModule).Assembly, typeof(Reporting.ReportingModule).Assembly),
        new("Notifications", typeof(Notifications.PublicApi.INotificationsModule).Assembly, typeof(Notifications.NotificationsModule).Assembly),
        new("Integrations", typeof(Integrations.PublicApi.IIntegrationsModule).Assembly, typeof(Integrations.IntegrationsModule).Assembly),
    ];

    public static TheoryData<string> Names => [.. All.Select(m => m.Name)];

    public static ModuleMap Named(string name) => All.Single(m => m.Name == name);

    public override string ToString() => Name;
}
