using Microsoft.AspNetCore.DataProtection;

namespace Tiflux.BuildingBlocks.Secrets;

/// <summary>
/// The one way modules keep secrets at rest (integration keys, the SMTP password): ASP.NET Data Protection with the
/// host's shared key ring. Each module derives its own protector with a purpose string, so one module's ciphertext
/// never decrypts as another's.
/// </summary>
public abstract class SecretProtector(IDataProtectionProvider provider, string purpose)
{
    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string? Unprotect(string? protectedSecret) => string.IsNullOrEmpty(protectedSecret) ? null : _protector.Unprotect(protectedSecret);
}
