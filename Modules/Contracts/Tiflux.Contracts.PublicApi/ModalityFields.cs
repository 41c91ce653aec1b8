namespace Tiflux.Contracts.PublicApi;

/// <summary>
/// The one answer to "which rider fields and which consumption does a modality use" — read by the validators, the
/// pricing, the forms, the API and the reports alike (domain.md, "Modalidades").
/// </summary>
public static class ModalityFields
{
    /// <summary>Horas and Horas Cumulativas: hours included per cycle and the excess hourly rate.</summary>
    public static bool UsesHours(this ContractModality modality) =>
        modality is ContractModality.Hours or ContractModality.CumulativeHours;

    /// <summary>Crédito and Crédito Compartilhado: a monthly credit, a fixed tax and an hourly rate per attendance mode.</summary>
    public static bool UsesCredit(this ContractModality modality) =>
        modality is ContractModality.Credit or ContractModality.SharedCredit;

    /// <summary>Limite de Atendimento: tickets included per cycle and the value of each extra ticket.</summary>
    public static bool UsesTickets(this ContractModality modality) => modality is ContractModality.PerTicket;

    /// <summary>Produto/SaaS: item lines whose sum is the value per cycle.</summary>
    public static bool UsesItems(this ContractModality modality) => modality is ContractModality.SaasProduct;

    /// <summary>Horas Cumulativas: unused hours roll over (cap and expiry), so cycles are billed in order.</summary>
    public static bool CarriesBalance(this ContractModality modality) => modality is ContractModality.CumulativeHours;

    /// <summary>Crédito Compartilhado: member clients consume the holder's credit.</summary>
    public static bool SharesWithMembers(this ContractModality modality) => modality is ContractModality.SharedCredit;

    /// <summary>A rider's value per cycle: Σ item value × quantity for Produto/SaaS, the value typed otherwise.</summary>
    public static decimal CycleValue(this ContractModality modality, decimal value, IEnumerable<RiderItemDto> items) =>
        modality.UsesItems() ? items.Sum(i => i.Total) : value;
}
