using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Pending;

/// <summary>The line that stands for a contract whose cycles cannot be computed: zero, never billable, self-explaining.</summary>
internal static class ContractProblemLine
{
    public static string GroupKey(Guid contractId) => $"problem:{contractId}";

    public static PendingLineDto From(ContractScheduleProblemDto problem, string clientName)
    {
        var key = GroupKey(problem.ContractId);
        return new PendingLineDto(
            key, key, PendingLineKind.ContractProblem, problem.ClientId, clientName, problem.ContractId, problem.ContractName, null, null,
            null, default, null, null, null, $"Contrato #{problem.ContractNumber} {problem.ContractName}: {problem.Message}", 0m, "", 0m, 0m, false,
            new LineExplanationDto("Contrato com data fora do intervalo permitido: nada é faturado até corrigi-lo", PtBr.Money(0),
                [new("Problema", problem.Message)], [], null, null));
    }
}
