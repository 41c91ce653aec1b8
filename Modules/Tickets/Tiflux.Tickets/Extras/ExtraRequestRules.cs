using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

/// <summary>What a saved extra valuation must satisfy, every problem reported at once in a fixed order.</summary>
internal static class ExtraRequestRules
{
    public static List<Error> Validate(
        SaveExtraRequest request, ExtraExpenseDto? expense, ExtraValuation? extra, decimal unitValue, DateOnly today, out string? contentType)
    {
        var errors = new List<Error>();
        if (expense is null || (!expense.Active && extra?.ExtraExpenseId != request.ExtraExpenseId))
        {
            errors.Add(Error.Validation("ExtraExpenseId", "Escolha um gasto extra do catálogo."));
        }

        if (request.Date > today)
        {
            errors.Add(Error.Validation("Date", "A data não pode estar no futuro."));
        }

        if (request.Quantity is <= 0 or > 100_000)
        {
            errors.Add(Error.Validation("Quantity", "A quantidade deve ser maior que zero."));
        }
        else if (request.Quantity != Math.Round(request.Quantity, 2))
        {
            // The column keeps two decimals; rounding 0.001 silently to 0.00 would bill nothing without saying so.
            errors.Add(Error.Validation("Quantity", "A quantidade aceita no máximo duas casas decimais."));
        }

        if (request.Description?.Length > TicketLimits.ExtraDescription)
        {
            errors.Add(Error.Validation("Description", $"A descrição deve ter no máximo {TicketLimits.ExtraDescription} caracteres."));
        }

        if (unitValue is < 0 or > 9_999_999.99m)
        {
            errors.Add(Error.Validation("UnitValue", "O valor unitário deve estar entre R$ 0,00 e R$ 9.999.999,99."));
        }

        contentType = null;
        if (request.Attachment is { } upload)
        {
            var checkedType = AttachmentRules.ContentTypeFor(upload);
            errors.AddRange(checkedType.Errors);
            contentType = checkedType.IsSuccess ? checkedType.Value : null;
        }

        return errors;
    }
}
