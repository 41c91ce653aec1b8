using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

/// <summary>Configurações &gt; Organização &gt; Financeiro: the company on every closing report and e-mail, and the finance defaults.</summary>
[Authorize(Policy = Permissions.OrganizationSettings)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class OrganizationModel(IOrganizationSettings organization) : PageModel
{
    /// <summary>The logo's limit and room for the other fields; a larger upload is refused before it is read.</summary>
    public const int MaxRequestBytes = OrganizationLimits.LogoBytes + (64 * 1024);

    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public OrganizationSettingsDto Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await organization.GetAsync(cancellationToken);
        Input = OrganizationForm.From(Current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var term = PtBrParsing.TryParseWholeNumber(Input.DueDateTermDays, out var days) ? days : (int?)null;
        if (term is null)
        {
            ModelState.AddModelError("Input.DueDateTermDays", $"Informe o prazo de vencimento em dias (0 a {OrganizationLimits.MaxDueDateTermDays}).");
        }

        var layout = ClosingReportLayouts.FromSlug(Input.DefaultReportLayout);
        if (layout is null)
        {
            ModelState.AddModelError("Input.DefaultReportLayout", "Escolha o modelo de relatório padrão.");
        }

        if (ModelState.IsValid)
        {
            var result = await organization.SaveAsync(
                new SaveOrganizationSettingsRequest(
                    Input.CompanyName, Input.Cnpj, Input.Address, Input.Phone, await LogoUploadAsync(cancellationToken), Input.RemoveLogo,
                    term!.Value, layout!.Value, Input.AllowDueDateBeforeBillingDate, User.Identity?.Name ?? "?"),
                cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = "Dados da organização salvos.";
                return RedirectToPage();
            }

            ModelState.AddResultErrors<OrganizationForm>(result, nameof(Input), new Dictionary<string, string> { ["Logo"] = "LogoFile" });
        }

        Current = await organization.GetAsync(cancellationToken);
        return Page();
    }

    /// <summary>The uploaded file, or null when none was chosen; the Billing module checks its type, content and size.</summary>
    private async Task<AttachmentUpload?> LogoUploadAsync(CancellationToken cancellationToken)
    {
        if (Logo is null || (Logo.Length == 0 && string.IsNullOrEmpty(Logo.FileName)))
        {
            return null;
        }

        return new AttachmentUpload(Path.GetFileName(Logo.FileName), Logo.ContentType ?? "application/octet-stream", await Logo.ReadBytesAsync(cancellationToken));
    }

    public sealed class OrganizationForm
    {
        public string? CompanyName { get; set; }

        public string? Cnpj { get; set; }

        public string? Address { get; set; }

        public string? Phone { get; set; }

        /// <summary>Where a logo error is shown (the file input is not part of this form object).</summary>
        public string? LogoFile { get; set; }

        public bool RemoveLogo { get; set; }

        public string? DueDateTermDays { get; set; }

        public string? DefaultReportLayout { get; set; }

        public bool AllowDueDateBeforeBillingDate { get; set; }

        public static OrganizationForm From(OrganizationSettingsDto s) => new()
        {
            CompanyName = s.CompanyName,
            Cnpj = s.Cnpj,
            Address = s.Address,
            Phone = s.Phone,
            DueDateTermDays = s.DueDateTermDays.ToString(PtBr.Culture),
            DefaultReportLayout = ClosingReportLayouts.Slug(s.DefaultReportLayout),
            AllowDueDateBeforeBillingDate = s.AllowDueDateBeforeBillingDate,
        };
    }
}
