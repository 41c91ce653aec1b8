using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tiflux.Web.Identity;

/// <summary>How many sign-in attempts one IP address may make per minute (configuration section <c>SignIn</c>).</summary>
internal sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    public int AttemptsPerMinutePerIp { get; set; } = 20;
}

/// <summary>The per-IP limit on the sign-in form, as pages see it.</summary>
public interface ISignInThrottle
{
    /// <summary>True when <paramref name="ipAddress"/> may try once more now.</summary>
    bool TryAttempt(string ipAddress);
}

/// <summary>
/// A per-IP limit on the sign-in form, on top of the per-account lockout: one address cannot try many accounts (or one
/// account many times) faster than this. Singleton; fixed one-minute windows per address.
/// </summary>
internal sealed class SignInThrottle(IOptions<SignInThrottleOptions> options) : ISignInThrottle, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(ip =>
        RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.AttemptsPerMinutePerIp),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public const string TooManyMessage = "Muitas tentativas de acesso a partir deste endereço. Aguarde um minuto e tente de novo.";

    public bool TryAttempt(string ipAddress)
    {
        using var lease = _limiter.AttemptAcquire(ipAddress);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
