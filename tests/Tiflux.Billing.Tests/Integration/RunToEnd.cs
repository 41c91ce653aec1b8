using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.TestKit;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>Starts an automatic run through the facade and waits for the Hangfire workers to finish its batches.</summary>
internal static class RunToEnd
{
    public static async Task<BillingRunSummary> RunAsync(ModuleTestServices services, DateOnly runDate, RunTrigger trigger)
    {
        var runId = await services.InScopeAsync<IBillingRuns, Guid>(r => r.StartAsync(runDate, trigger, default));
        return await WaitAsync(services, runId);
    }

    public static async Task<BillingRunSummary> WaitAsync(ModuleTestServices services, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using var scope = services.Provider.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<IBillingRuns>().GetRunAsync(runId, default);
            if (run?.FinishedAt is not null)
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The run did not finish in 90 s: {run}");
            await Task.Delay(100);
        }
    }
}
