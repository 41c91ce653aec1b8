using Microsoft.AspNetCore.DataProtection;

namespace Tiflux.Integrations.Settings;

/// <summary>Encrypts the integration secrets with a purpose-specific protector of the host's key ring.</summary>
internal sealed class SecretBox(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Tiflux.Integrations.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string? Unprotect(string? protectedSecret) => string.IsNullOrEmpty(protectedSecret) ? null : _protector.Unprotect(protectedSecret);
}
