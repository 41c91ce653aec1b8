using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Billing;

/// <summary>The pending-billing filters as they travel in links and forms: modo, data, escopo (and clientes on the list).</summary>
public sealed record PendingFilters(string Mode, DateOnly Date, PendingScope Scope)
{
    public const string BaseMode = "base";
    public const string DueMode = "vencimento";

    public bool IsDueMode => Mode == DueMode;

    /// <summary>
    /// The filters as typed. A date beyond <see cref="BillingLimits.LatestPendingDate"/> becomes today, with a message in
    /// <paramref name="errors"/> when given (the list's filter form; the other pages get the date from the list's links).
    /// </summary>
    public static PendingFilters From(string? mode, DateOnly? date, string? scope, DateOnly today, ModelStateDictionary? errors = null)
    {
        if (date > BillingLimits.LatestPendingDate(today))
        {
            errors?.AddModelError("data", $"A data pode estar no máximo {BillingLimits.PendingMonthsAhead} meses à frente de hoje (até {PtBr.Date(BillingLimits.LatestPendingDate(today))}).");
            date = null;
        }

        return new(mode == DueMode ? DueMode : BaseMode, date ?? today, ParseScope(scope));
    }

    public static PendingScope ParseScope(string? scope) => scope switch
    {
        "contratos" => PendingScope.Contracts,
        "avulsos" => PendingScope.Standalone,
        _ => PendingScope.Both,
    };

    public string ScopeValue => Scope switch
    {
        PendingScope.Contracts => "contratos",
        PendingScope.Standalone => "avulsos",
        _ => "ambos",
    };

    public string ScopeLabel => Scope switch
    {
        PendingScope.Contracts => "Contratos",
        PendingScope.Standalone => "Valores avulsos",
        _ => "Contratos e valores avulsos",
    };

    public string Description => (IsDueMode ? "Vencimento em " : "Data base ") + PtBr.Date(Date) + " · " + ScopeLabel;

    public PendingRequest ToRequest(IReadOnlyCollection<Guid>? clientIds) =>
        new(Date, IsDueMode ? Date : null, clientIds is { Count: > 0 } ? clientIds : null, Scope);

    /// <summary>The finalization screen's selection as Reporting's preview takes it.</summary>
    public BillingPreviewSelection ToPreviewSelection(Guid clientId, IReadOnlyList<string> groups, bool billAll) =>
        new(clientId, Date, IsDueMode ? Date : null, Scope != PendingScope.Standalone, Scope != PendingScope.Contracts, groups, billAll);

    public string Query => $"modo={Mode}&data={PtBr.Iso(Date)}&escopo={ScopeValue}";
}
