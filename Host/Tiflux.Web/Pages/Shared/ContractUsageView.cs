using Tiflux.Billing.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// What the _ContractUsage partial shows: each contract's consumption in its current cycle against what it includes.
/// <paramref name="ContractHref"/> links each contract (staff pages) or, null, names it only (portal).
/// </summary>
public sealed record ContractUsageView(string Id, IReadOnlyList<ContractUsageDto> Usage, bool ShowMoney, Func<ContractUsageDto, string>? ContractHref);
