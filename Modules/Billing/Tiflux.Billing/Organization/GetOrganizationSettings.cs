using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Organization;

/// <summary>
/// The effective organisation settings: what was saved on the settings page, and for identity fields left empty the
/// configuration (<c>Organization:Name</c>, <c>:Cnpj</c>, <c>:Address</c>, <c>:Phone</c>) an installation was set up with.
/// </summary>
internal sealed class GetOrganizationSettings(BillingDbContext db, IConfiguration? configuration = null)
{
    public const string DefaultCompanyName = "Tiflux";

    public async Task<OrganizationSettingsDto> HandleAsync(CancellationToken cancellationToken)
    {
        var profile = await db.Organization.AsNoTracking().SingleAsync(p => p.Id == 1, cancellationToken);
        var settings = await db.Settings.AsNoTracking()
            .Select(s => new { s.DueDateTermDays, s.DefaultReportLayout, s.AllowDueDateBeforeBillingDate })
            .SingleAsync(cancellationToken);
        var cnpj = Or(profile.Cnpj, "Cnpj");
        return new OrganizationSettingsDto(
            Or(profile.CompanyName, "Name") is { Length: > 0 } name ? name : DefaultCompanyName,
            TaxId.Format(TaxId.Normalize(cnpj)),
            Or(profile.Address, "Address"),
            Or(profile.Phone, "Phone"),
            profile.LogoContent is { Length: > 0 } logo && profile.LogoContentType is { } type ? new OrganizationLogo(type, logo) : null,
            settings.DueDateTermDays,
            settings.DefaultReportLayout,
            settings.AllowDueDateBeforeBillingDate);
    }

    private string Or(string saved, string key) =>
        saved.Length > 0 ? saved : (configuration?[$"Organization:{key}"] ?? "").Trim();
}
