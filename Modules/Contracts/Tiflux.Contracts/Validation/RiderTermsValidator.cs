using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Validation;

/// <summary>Checks a rider's terms against what its contract's modality needs.</summary>
internal static class RiderTermsValidator
{
    public static void Validate(RiderTermsRequest rider, ContractModality modality, Errors errors, string prefix = "Rider.")
    {
        errors.InWindow(rider.StartDate, prefix + "StartDate");
        errors.InWindow(rider.EndDate, prefix + "EndDate");
        errors.Require(rider.DueDay is >= 1 and <= 28, prefix + "DueDay", "O dia de vencimento deve estar entre 1 e 28.");
        errors.Require(rider.EndDate is null || rider.EndDate >= rider.StartDate, prefix + "EndDate", "O fim da vigência não pode ser anterior ao início.");
        errors.NotNegative(rider.Value, prefix + "Value", "O valor");
        errors.NotNegative(rider.DiscountValue, prefix + "DiscountValue", "O desconto");
        if (rider.DiscountType == DiscountType.Percent)
        {
            errors.Require(rider.DiscountValue <= 100, prefix + "DiscountValue", "O desconto percentual não pode passar de 100%.");
        }

        foreach (var (value, field, label) in new[]
        {
            (rider.SurplusHourRate, "SurplusHourRate", "O valor da hora excedente"),
            (rider.Tax, "Tax", "A taxa fixa"),
            (rider.ExternalRate, "ExternalRate", "O valor da hora externa"),
            (rider.RemoteRate, "RemoteRate", "O valor da hora remota"),
            (rider.InternalRate, "InternalRate", "O valor da hora interna"),
            (rider.ExtraTicketValue, "ExtraTicketValue", "O valor do ticket excedente"),
        })
        {
            errors.NotNegative(value, prefix + field, label);
        }

        if (modality.UsesHours())
        {
            errors.Require(rider.IncludedMinutes is > 0, prefix + "IncludedMinutes", "Informe as horas incluídas por ciclo (HH:MM).");
            errors.Require(rider.SurplusHourRate is not null, prefix + "SurplusHourRate", "Informe o valor da hora excedente.");
        }

        if (modality.UsesCredit())
        {
            errors.Require(rider.ExternalRate is not null && rider.RemoteRate is not null && rider.InternalRate is not null,
                prefix + "ExternalRate", "Informe o valor da hora para atendimento externo, remoto e interno.");
            errors.Require(rider.Value > 0, prefix + "Value", "Informe o crédito mensal.");
        }

        if (modality.UsesTickets())
        {
            errors.Require(rider.IncludedTickets is >= 0, prefix + "IncludedTickets", "Informe quantos tickets estão incluídos por ciclo.");
            errors.Require(rider.ExtraTicketValue is not null, prefix + "ExtraTicketValue", "Informe o valor por ticket excedente.");
        }

        if (modality.UsesItems())
        {
            ValidateItems(rider.Items, errors, prefix);
        }
    }

    private static void ValidateItems(IReadOnlyList<RiderItemDto> items, Errors errors, string prefix)
    {
        errors.Require(items.Count > 0, prefix + "Items", "Um contrato Produto/SaaS precisa de pelo menos um item.");
        foreach (var item in items)
        {
            errors.Require(!string.IsNullOrWhiteSpace(item.Name), prefix + "Items", "Todo item precisa de um nome.");
            errors.Require(item.Quantity > 0, prefix + "Items", $"A quantidade do item {item.Name} deve ser maior que zero.");
            errors.Require(item.MonthlyValue >= 0, prefix + "Items", $"O valor do item {item.Name} não pode ser negativo.");
        }
    }
}
