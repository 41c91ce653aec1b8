using Tiflux.Billing.Invoicing.Drafts;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>What a commit refuses: an empty or stale selection first (nothing else is judged then), then every field error.</summary>
internal static class CommitValidation
{
    public static List<Error> Check(CommitBillingRequest request, string observations, BillingSelection selection, BillingSettings settings)
    {
        var errors = new List<Error>();
        if (BillingSelection.EmptyError(request.Selection, selection.SelectedGroups) is { } empty)
        {
            errors.Add(empty);
            return errors;
        }

        if (selection.MissingGroupKeys.Count > 0)
        {
            errors.Add(Error.Conflict(CommitBilling.ConflictMessage));
            return errors;
        }

        if (request.Version is not null && request.Version != BillingFingerprint.Of(selection.Lines))
        {
            errors.Add(new Error(BillingErrorCodes.DraftChanged, CommitBilling.DraftChangedMessage(selection.Total)));
            return errors;
        }

        var total = selection.Total;
        if (request.Discount < 0)
        {
            errors.Add(Error.Validation("Discount", "O desconto não pode ser negativo."));
        }
        else if (request.Discount > total)
        {
            errors.Add(Error.Validation("Discount", $"O desconto ({PtBr.Money(request.Discount)}) não pode ser maior que o total dos itens ({PtBr.Money(total)})."));
        }

        if (request.Interest < 0)
        {
            errors.Add(Error.Validation("Interest", "Os juros não podem ser negativos."));
        }

        if (request.DueDate < request.BillingDate && !settings.AllowDueDateBeforeBillingDate)
        {
            errors.Add(Error.Validation("DueDate", "A data de vencimento não pode ser anterior à data de faturamento."));
        }

        if ((request.NfeNumber ?? "").Trim().Length > BillingLimits.NfeNumber)
        {
            errors.Add(Error.Validation("NfeNumber", $"O número da NFe deve ter no máximo {BillingLimits.NfeNumber} caracteres."));
        }

        if (observations.Length > BillingLimits.Observations)
        {
            errors.Add(Error.Validation("Observations", $"As observações devem ter no máximo {BillingLimits.Observations} caracteres."));
        }

        if (request.Email is { } email && !Enum.IsDefined(email.Layout))
        {
            errors.Add(Error.Validation("Email", "Modelo de relatório desconhecido."));
        }

        errors.AddRange(request.Attachments.Select(AttachmentRules.Check).OfType<Error>());
        return errors;
    }
}
