namespace Tiflux.Billing.Organization;

/// <summary>
/// The organisation printed on closing reports and e-mails (one row). Kept apart from the billing settings row, which
/// every billing locks and reads: the logo's bytes would ride along on each commit.
/// </summary>
internal sealed class OrganizationProfile
{
    public int Id { get; init; } = 1;

    public string CompanyName { get; set; } = "";

    /// <summary>Normalised (digits and letters); formatted when read.</summary>
    public string Cnpj { get; set; } = "";

    public string Address { get; set; } = "";

    public string Phone { get; set; } = "";

    public string? LogoContentType { get; set; }

    public byte[]? LogoContent { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
