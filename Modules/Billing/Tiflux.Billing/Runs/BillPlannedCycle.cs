using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>One cycle of an automatic run billed in its own scope and transaction: a retried batch error, or a batch that could not be written in one go.</summary>
internal sealed class BillPlannedCycle(IServiceScopeFactory scopes)
{
    public const string Actor = "Faturamento automático";

    /// <summary>What the run asks for a cycle: its group alone, billed on the run date with the draft's defaults, no version.</summary>
    public static CommitBillingRequest RequestFor(PlannedCycleDto cycle, DateOnly runDate) => new(
        new BillingDraftRequest(cycle.ClientId, new PendingRequest(runDate, null, [cycle.ClientId], PendingScope.Contracts), [cycle.Lines[0].GroupKey], false),
        null, runDate, null, 0m, 0m, null, null, [], Actor);

    /// <summary>
    /// Bills one planned cycle through the same commit as the page, with the draft's defaults (due date, suggested
    /// observations); no version: the run bills what is pending when it commits. Returns the billing, or why it failed.
    /// </summary>
    public async Task<(string? Problem, Guid? BillingId)> HandleAsync(PlannedCycleDto cycle, DateOnly runDate, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<IBillingWorkflow>();
        try
        {
            var result = await workflow.CommitBillingAsync(RequestFor(cycle, runDate), cancellationToken);
            return result.IsSuccess ? (null, result.Value.Id) : (string.Join(" ", result.Errors.Select(e => e.Message)), null);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            return ("Erro inesperado ao faturar: " + ex.Message, null);
        }
    }
}
