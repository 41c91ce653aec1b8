using Tiflux.Billing.PublicApi;

namespace Tiflux.Web.Pages.Billing.Runs;

/// <summary>pt-BR labels of the run diff.</summary>
public static class RunDiffText
{
    public static string Kind(PlanChangeKind kind) => kind switch
    {
        PlanChangeKind.Added => "Novo",
        PlanChangeKind.Removed => "Removido",
        _ => "Alterado",
    };

    public static string KindClass(PlanChangeKind kind) => kind switch
    {
        PlanChangeKind.Added => "status-ok",
        PlanChangeKind.Removed => "status-bad",
        _ => "status-warn",
    };
}
