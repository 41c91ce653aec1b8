using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// Compares a plan with the latest stored plan of its date and stores it when something changed (or it is the first),
/// so "nenhuma mudança desde" names when the plan was last different, and the table grows only with changes.
/// </summary>
internal sealed class RecordRunPlan(BillingDbContext db, TimeProvider clock)
{
    /// <summary>Plans older than this are deleted when a new one is stored.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RunPlanDiffDto> HandleAsync(RunPlanDto plan, string by, CancellationToken cancellationToken)
    {
        var plans = db.Set<RunPlanRecord>();
        var latest = await plans.AsNoTracking().Where(p => p.RunDate == plan.RunDate).OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var current = plan.Cycles.Select(PlannedCycleSnapshot.From).ToList();
        var previous = latest is null ? [] : JsonSerializer.Deserialize<List<PlannedCycleSnapshot>>(latest.Cycles, Json) ?? [];
        var changes = DiffRunPlans.Compare(previous, current);
        if (latest is null || changes.Count > 0)
        {
            var now = clock.GetUtcNow();
            plans.Add(new RunPlanRecord
            {
                RunDate = plan.RunDate, CreatedAt = now, CreatedBy = Truncate(by, 200), CycleCount = current.Count, Cycles = JsonSerializer.Serialize(current, Json),
            });
            await db.SaveChangesAsync(cancellationToken);
            await plans.Where(p => p.CreatedAt < now - Retention).ExecuteDeleteAsync(cancellationToken);
        }

        return new RunPlanDiffDto(latest?.CreatedAt, latest?.CreatedBy, changes);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
