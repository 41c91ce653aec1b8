using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Contracts;

/// <summary>The Tiflux API's names for our contract enums.</summary>
internal static class ContractNames
{
    public static readonly IReadOnlyDictionary<ContractModality, string> Modalities = new Dictionary<ContractModality, string>
    {
        [ContractModality.Free] = "Free",
        [ContractModality.PerTicket] = "Per ticket",
        [ContractModality.SaasProduct] = "Saas/Product",
        [ContractModality.Hours] = "Hours",
        [ContractModality.CumulativeHours] = "Cumulative Hours",
        [ContractModality.Credit] = "Credit",
        [ContractModality.SharedCredit] = "Shared",
    };

    public static readonly IReadOnlyList<string> StatusNames = ["actives", "readjust", "expired"];

    public static string Modality(ContractModality modality) => Modalities[modality];

    public static ContractModality? ParseModality(string? name) =>
        Modalities.FirstOrDefault(m => string.Equals(m.Value, name, StringComparison.OrdinalIgnoreCase)) is { Value: not null } found ? found.Key : null;

    /// <summary><c>actives</c> (Ativo), <c>readjust</c> (Pendente de reajuste), <c>expired</c> (Inativo: expired or cancelled).</summary>
    public static string Status(ContractStatus status) => status switch
    {
        ContractStatus.Active => "actives",
        ContractStatus.PendingAdjustment => "readjust",
        _ => "expired",
    };

    public static IEnumerable<ContractStatus> Statuses(string name) => name switch
    {
        "actives" => [ContractStatus.Active],
        "readjust" => [ContractStatus.PendingAdjustment],
        _ => [ContractStatus.Expired, ContractStatus.Cancelled],
    };
}
