using Microsoft.Extensions.Configuration;

namespace Tiflux.Notifications;

/// <summary>The organisation's name for the e-mails (configuration <c>Organization:Name</c>).</summary>
internal sealed class OrganizationName(IConfiguration? configuration)
{
    public string Value { get; } = configuration?["Organization:Name"] is { Length: > 0 } name ? name : "Tiflux";
}
