using Tiflux.SharedKernel;

namespace Tiflux.Billing.PublicApi;

/// <summary>
/// Configurações &gt; Organização &gt; Financeiro: the organisation printed on every closing report and e-mail, and the
/// finance defaults of new billings. Empty identity fields fall back to configuration (<c>Organization:*</c>).
/// </summary>
public interface IOrganizationSettings
{
    /// <summary>The effective settings (saved values, else configuration, else defaults).</summary>
    Task<OrganizationSettingsDto> GetAsync(CancellationToken cancellationToken);

    /// <summary>Validates and saves everything in one write; on any error nothing is saved.</summary>
    Task<Result> SaveAsync(SaveOrganizationSettingsRequest request, CancellationToken cancellationToken);
}

/// <summary>The organisation's identity on documents and its finance defaults.</summary>
public sealed record OrganizationSettingsDto(
    string CompanyName,
    string Cnpj,
    string Address,
    string Phone,
    OrganizationLogo? Logo,
    int DueDateTermDays,
    ClosingReportLayout DefaultReportLayout,
    bool AllowDueDateBeforeBillingDate)
{
    /// <summary>"CNPJ 00.000.000/0000-00 · endereço · telefone", the parts that are set (under the name in signatures).</summary>
    public string ContactLine => string.Join(" · ", new[] { Cnpj.Length > 0 ? "CNPJ " + Cnpj : "", Address, Phone }.Where(p => p.Length > 0));
}

/// <summary>The organisation's logo (PNG or SVG, content-checked when saved).</summary>
public sealed record OrganizationLogo(string ContentType, byte[] Content)
{
    /// <summary>The logo inline, for documents printed without network access.</summary>
    public string DataUri => $"data:{ContentType};base64,{Convert.ToBase64String(Content)}";
}

/// <summary>
/// What Configurações &gt; Organização &gt; Financeiro saves. <see cref="Logo"/> replaces the logo when given;
/// <see cref="RemoveLogo"/> removes it; neither keeps the current one.
/// </summary>
public sealed record SaveOrganizationSettingsRequest(
    string? CompanyName,
    string? Cnpj,
    string? Address,
    string? Phone,
    AttachmentUpload? Logo,
    bool RemoveLogo,
    int DueDateTermDays,
    ClosingReportLayout DefaultReportLayout,
    bool AllowDueDateBeforeBillingDate,
    string By);

/// <summary>Bounds of the organisation settings, public so pages and the API refuse with the same limits.</summary>
public static class OrganizationLimits
{
    public const int CompanyName = 200;

    public const int Address = 300;

    public const int Phone = 40;

    /// <summary>The largest logo accepted: a logo is embedded in every PDF and e-mail.</summary>
    public const int LogoBytes = 512 * 1024;

    public const int MaxDueDateTermDays = 365;

    /// <summary>The term of a new organisation: standalone-only billings fall due this many days after billing.</summary>
    public const int DefaultDueDateTermDays = 10;
}
