using Microsoft.Extensions.Options;

namespace Tiflux.Web.Identity;

/// <summary>Whether the organisation requires every user to sign in with two factors (service-desk.md §2.4, point 4).</summary>
public interface ITwoFactorPolicy
{
    Task<bool> IsRequiredAsync(CancellationToken cancellationToken);
}

/// <summary>The configuration section <c>Security</c>.</summary>
internal sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Users without two-factor sign-in are sent to set it up and cannot use the pages until they do.</summary>
    public bool RequireTwoFactor { get; set; }
}

/// <summary>
/// For now the obligation is a setting (<c>Security:RequireTwoFactor</c>, default false); it becomes an organisation
/// setting saved in the identity schema later, behind the same interface.
/// </summary>
internal sealed class ConfiguredTwoFactorPolicy(IOptionsMonitor<SecurityOptions> options) : ITwoFactorPolicy
{
    public Task<bool> IsRequiredAsync(CancellationToken cancellationToken) => Task.FromResult(options.CurrentValue.RequireTwoFactor);
}
