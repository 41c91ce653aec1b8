using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>Where the simulated crash happens.</summary>
public sealed class CrashSwitch
{
    public bool AfterMark { get; set; }

    public bool AfterUnmark { get; set; }
}

/// <summary>The exception that stands for the process dying: nothing after it runs, open transactions roll back.</summary>
public sealed class SimulatedCrashException() : Exception("Simulated crash between Tickets' commit and Billing's.");

/// <summary>
/// Wraps the real Tickets billing interface: when the switch says so, MarkBilledAsync / UnmarkBilledAsync commit for real and
/// then "crash", as a process killed between the two modules' commits would.
/// </summary>
public class CrashingTickets : DispatchProxy
{
    private ITicketBilling inner = null!;
    private CrashSwitch crash = null!;

    public static void Register(IServiceCollection services, CrashSwitch crash)
    {
        var real = services.Single(d => d.ServiceType == typeof(ITicketBilling));
        services.Remove(real);
        services.AddScoped(sp =>
        {
            var proxy = Create<ITicketBilling, CrashingTickets>();
            var self = (CrashingTickets)(object)proxy;
            self.inner = (ITicketBilling)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!);
            self.crash = crash;
            return proxy;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var result = targetMethod!.Invoke(inner, args);
        return targetMethod.Name switch
        {
            nameof(ITicketBilling.MarkBilledAsync) when crash.AfterMark => ThenCrash((Task)result!),
            nameof(ITicketBilling.UnmarkBilledAsync) when crash.AfterUnmark => ThenCrash((Task<int>)result!),
            _ => result,
        };
    }

    private static async Task<Tiflux.SharedKernel.Result> ThenCrash(Task marked)
    {
        await marked;
        throw new SimulatedCrashException();
    }

    private static async Task<int> ThenCrash(Task<int> unmarked)
    {
        await unmarked;
        throw new SimulatedCrashException();
    }
}
