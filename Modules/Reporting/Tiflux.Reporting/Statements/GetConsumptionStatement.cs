using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Reporting.Statements;

/// <summary>The consumption statement on screen, from the same builder and texts as its XLSX and PDFs.</summary>
internal sealed class GetConsumptionStatement(ConsumptionStatementBuilder statements)
{
    public async Task<Result<ConsumptionStatementDto>> HandleAsync(ConsumptionStatementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (StatementRequestRules.Check(request) is { } error)
        {
            return error;
        }

        var statement = await statements.BuildAsync(request.ClientIds, request.ContractIds, request.From, request.To, request.ShowValues, cancellationToken);
        return statement is null ? Error.NotFound("Cliente não encontrado.") : Result<ConsumptionStatementDto>.Success(StatementViews.ToDto(statement));
    }
}
