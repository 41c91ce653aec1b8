using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Statements;

/// <summary>What a statement request must respect before anything is read (the pages show these messages).</summary>
internal static class StatementRequestRules
{
    public static Error? Check(ConsumptionStatementRequest request)
    {
        if (request.ClientIds.Count == 0)
        {
            return Error.Validation(nameof(request.ClientIds), "Escolha ao menos um cliente.");
        }

        if (request.ClientIds.Count > ReportingLimits.StatementClients)
        {
            return Error.Validation(nameof(request.ClientIds), $"Escolha no máximo {ReportingLimits.StatementClients} clientes.");
        }

        if (request.ContractIds is { Count: > ReportingLimits.StatementContracts })
        {
            return Error.Validation(nameof(request.ContractIds), $"Escolha no máximo {ReportingLimits.StatementContracts} contratos.");
        }

        if (request.To < request.From)
        {
            return Error.Validation(nameof(request.To), "A data final deve ser igual ou posterior à inicial.");
        }

        return request.To.DayNumber - request.From.DayNumber >= ReportingLimits.StatementDays
            ? Error.Validation(nameof(request.To), "O período pode ter no máximo um ano.")
            : null;
    }
}
