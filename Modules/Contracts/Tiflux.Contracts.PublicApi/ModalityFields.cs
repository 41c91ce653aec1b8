namespace Tiflux.Contracts.PublicApi;

/// <summary>
/// Which groups of rider and contract fields a modality uses; the fields of other modalities are ignored. One
/// definition for both doors (contract pages and API), so they read the same fields.
/// </summary>
public static class ModalityFields
{
    public static bool UsesHours(ContractModality m) => m is ContractModality.Hours or ContractModality.CumulativeHours;

    public static bool UsesCredit(ContractModality m) => m is ContractModality.Credit or ContractModality.SharedCredit;

    public static bool UsesTickets(ContractModality m) => m is ContractModality.PerTicket;

    public static bool UsesItems(ContractModality m) => m is ContractModality.SaasProduct;

    public static bool UsesRollover(ContractModality m) => m is ContractModality.CumulativeHours;

    public static bool UsesMembers(ContractModality m) => m is ContractModality.SharedCredit;
}
