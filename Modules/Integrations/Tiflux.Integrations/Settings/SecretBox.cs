using Microsoft.AspNetCore.DataProtection;
using Tiflux.BuildingBlocks.Secrets;

namespace Tiflux.Integrations.Settings;

/// <summary>Encrypts the integration secrets (the purpose string must stay: stored secrets depend on it).</summary>
internal sealed class SecretBox(IDataProtectionProvider provider) : SecretProtector(provider, "Tiflux.Integrations.Secrets.v1");
