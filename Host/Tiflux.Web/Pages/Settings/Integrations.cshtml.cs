using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings;

/// <summary>
/// Configurações › Integrações: none, Asaas or Conta Azul, their credentials (write-only: the page only says
/// "configurado"), the NFS-e settings and the Conta Azul connect button.
/// </summary>
[Authorize(Policy = Permissions.IntegrationsManage)]
public sealed class IntegrationsModel(IIntegrationsModule integrations, IConfiguration configuration) : PageModel
{
    public const string CallbackPath = "/configuracoes/integracoes/conta-azul/retorno";

    [BindProperty]
    public IntegrationForm Input { get; set; } = new();

    public IntegrationSettingsDto Current { get; private set; } = null!;

    /// <summary>The redirect URI to register in the Conta Azul developer portal.</summary>
    public string CallbackUrl => CallbackUrlFor(configuration);

    public static string CallbackUrlFor(IConfiguration configuration) =>
        (configuration?["Tiflux:PublicBaseUrl"] ?? "http://127.0.0.1:5080").TrimEnd('/') + CallbackPath;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await integrations.GetSettingsAsync(cancellationToken);
        Input = IntegrationForm.From(Current);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var taxes = new NfseTaxes(Input.RetainIss, Percent(Input.Iss), Percent(Input.Pis), Percent(Input.Cofins), Percent(Input.Csll), Percent(Input.Inss), Percent(Input.Ir));
        var result = await integrations.SaveSettingsAsync(new SaveIntegrationSettingsRequest(
            Input.Provider, Input.AsaasEnvironment, Input.AsaasBillingType, Input.AsaasApiKey, Input.AsaasWebhookToken, Input.IssueNfse,
            Input.MunicipalServiceCode, Input.MunicipalServiceName, taxes, Input.ContaAzulClientId, Input.ContaAzulClientSecret, User.Identity?.Name ?? "?"), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = "Integrações salvas.";
            return RedirectToPage();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Message);
        }

        Current = await integrations.GetSettingsAsync(cancellationToken);
        Input.AsaasApiKey = Input.AsaasWebhookToken = Input.ContaAzulClientSecret = null;
        return Page();
    }

    public async Task<IActionResult> OnPostConectarAsync(CancellationToken cancellationToken)
    {
        var url = await integrations.BeginContaAzulConnectAsync(CallbackUrl, cancellationToken);
        if (url.IsSuccess)
        {
            return Redirect(url.Value);
        }

        TempData["Flash"] = string.Join(" ", url.Errors.Select(e => e.Message));
        return RedirectToPage();
    }

    private static decimal Percent(string? text) =>
        decimal.TryParse((text ?? "").Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;

    public sealed class IntegrationForm
    {
        public IntegrationProvider Provider { get; set; }

        public AsaasEnvironment AsaasEnvironment { get; set; }

        public AsaasBillingType AsaasBillingType { get; set; }

        public string? AsaasApiKey { get; set; }

        public string? AsaasWebhookToken { get; set; }

        public bool IssueNfse { get; set; }

        public string? MunicipalServiceCode { get; set; }

        public string? MunicipalServiceName { get; set; }

        public bool RetainIss { get; set; }

        public string? Iss { get; set; }

        public string? Pis { get; set; }

        public string? Cofins { get; set; }

        public string? Csll { get; set; }

        public string? Inss { get; set; }

        public string? Ir { get; set; }

        public string? ContaAzulClientId { get; set; }

        public string? ContaAzulClientSecret { get; set; }

        public static IntegrationForm From(IntegrationSettingsDto s)
        {
            ArgumentNullException.ThrowIfNull(s);
            static string P(decimal v) => v.ToString("0.####", CultureInfo.GetCultureInfo("pt-BR"));
            return new IntegrationForm
            {
                Provider = s.Provider,
                AsaasEnvironment = s.AsaasEnvironment,
                AsaasBillingType = s.AsaasBillingType,
                IssueNfse = s.IssueNfse,
                MunicipalServiceCode = s.MunicipalServiceCode,
                MunicipalServiceName = s.MunicipalServiceName,
                RetainIss = s.Taxes.RetainIss,
                Iss = P(s.Taxes.Iss),
                Pis = P(s.Taxes.Pis),
                Cofins = P(s.Taxes.Cofins),
                Csll = P(s.Taxes.Csll),
                Inss = P(s.Taxes.Inss),
                Ir = P(s.Taxes.Ir),
                ContaAzulClientId = s.ContaAzulClientId,
            };
        }
    }
}
