using System.Security.Claims;

namespace Tiflux.SharedKernel;

/// <summary>
/// Tiflux's permissions (service-desk.md §2.3). A permission group grants a set of them; each key is also the name of
/// the authorization policy that requires it, and the value of the <see cref="Claim"/> a signed-in user carries.
/// Keys are stored in the database: never rename one.
/// </summary>
public static class Permissions
{
    /// <summary>The claim type of a granted permission.</summary>
    public const string Claim = "tiflux:permission";

    public const string ClientsView = "clients_view";
    public const string ClientsManage = "clients_manage";
    public const string UsersManage = "users_manage";
    public const string DesksManage = "desks_manage";
    public const string OrganizationSettings = "organization_settings";
    public const string IntegrationsManage = "integrations_manage";
    public const string HangfireDashboard = "hangfire_dashboard";
    public const string ServiceCatalogsManage = "service_catalogs_manage";
    public const string TemplatesManage = "templates_manage";
    public const string TicketsView = "tickets_view";
    public const string TicketsReview = "tickets_review";
    public const string TicketsInternalCommunication = "tickets_internal_communication";
    public const string TicketsPriorityAndSla = "tickets_priority_sla";
    public const string AppointmentsManage = "appointments_manage";
    public const string AppointmentsManageAll = "appointments_manage_all";
    public const string ExtraValuationsManage = "extra_valuations_manage";
    public const string ValuesView = "values_view";
    public const string ContractsView = "contracts_view";
    public const string ContractsManage = "contracts_manage";
    public const string Billing = "billing";
    public const string BillingReverse = "billing_reverse";
    public const string FinancialReports = "financial_reports";
    public const string FinancialSettings = "financial_settings";

    /// <summary>Every permission with its area and its label as Tiflux shows it, in screen order.</summary>
    public static IReadOnlyList<PermissionInfo> All { get; } =
    [
        new(ClientsView, "Administrativo", "Visualizar clientes e grupos de recursos"),
        new(ClientsManage, "Administrativo", "Gerenciar clientes e grupos de recursos"),
        new(UsersManage, "Administrativo", "Gerenciar usuários e permissões"),
        new(DesksManage, "Administrativo", "Gerenciar mesas de serviços e grupos de atendentes"),
        new(OrganizationSettings, "Administrativo", "Configurações da organização"),
        new(IntegrationsManage, "Administrativo", "Gerenciar integrações"),
        new(HangfireDashboard, "Administrativo", "Acessar o dashboard do Hangfire"),
        new(ServiceCatalogsManage, "Administrativo", "Gerenciar catálogos de serviço"),
        new(TemplatesManage, "Administrativo", "Gerenciar modelos (respostas, e-mails e checklists)"),
        new(TicketsView, "Tickets", "Visualizar e abrir tickets"),
        new(TicketsReview, "Tickets", "Revisar tickets fechados"),
        new(TicketsInternalCommunication, "Tickets", "Visualizar e adicionar mensagens na comunicação interna"),
        new(TicketsPriorityAndSla, "Tickets", "Mudar a prioridade e desativar SLA dos tickets"),
        new(AppointmentsManage, "Tickets", "Criar e editar apontamentos"),
        new(AppointmentsManageAll, "Tickets", "Editar apontamentos de todos"),
        new(ExtraValuationsManage, "Tickets", "Inserir, remover e editar valorização extra"),
        new(ValuesView, "Tickets", "Visualizar valores dos tickets"),
        new(ContractsView, "Financeiro", "Visualizar contratos"),
        new(ContractsManage, "Financeiro", "Gerenciar contratos"),
        new(Billing, "Financeiro", "Faturar serviços avulsos e contratos"),
        new(BillingReverse, "Financeiro", "Estornar faturamentos"),
        new(FinancialReports, "Financeiro", "Ver relatórios financeiros"),
        new(FinancialSettings, "Financeiro", "Configurações financeiras"),
    ];

    public static bool IsKnown(string key) => All.Any(p => p.Key == key);

    /// <summary>Whether the signed-in user holds the permission (what the policy of the same name checks).</summary>
    public static bool Has(this ClaimsPrincipal user, string permission) => user.HasClaim(Claim, permission);
}

/// <summary>A permission: its stable key, the screen area it is listed under and its pt-BR label.</summary>
public sealed record PermissionInfo(string Key, string Area, string Label);
