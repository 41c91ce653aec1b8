using Microsoft.AspNetCore.DataProtection;
using Tiflux.BuildingBlocks.Secrets;

namespace Tiflux.Notifications.Email;

/// <summary>Encrypts the saved SMTP password (the purpose string must stay: stored passwords depend on it).</summary>
internal sealed class SmtpSecrets(IDataProtectionProvider provider) : SecretProtector(provider, "Tiflux.Notifications.Smtp.v1");
