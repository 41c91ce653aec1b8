using System.Text;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Tests.Integration;

/// <summary>Configurações &gt; Organização &gt; Financeiro: every field bounded, the logo content-checked, all or nothing saved.</summary>
[Trait("Category", "Integration")]
public sealed class OrganizationSettingsTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private readonly BillingWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    private Task<OrganizationSettingsDto> GetAsync() => _world.Services.InScopeAsync<IOrganizationSettings, OrganizationSettingsDto>(o => o.GetAsync(default));

    private Task<Result> SaveAsync(SaveOrganizationSettingsRequest request) =>
        _world.Services.InScopeAsync<IOrganizationSettings, Result>(o => o.SaveAsync(request, default));

    private static SaveOrganizationSettingsRequest Valid() => new(
        "Suporte Sul TI", "11.222.333/0001-81", "Rua das Flores, 100 — Porto Alegre/RS", "(51) 3333-4444",
        new AttachmentUpload("logo.png", "image/png", Png), false, 15, ClosingReportLayout.Synthetic, true, "admin");

    [Fact]
    public async Task ANewOrganisation_HasTheDefaults()
    {
        var settings = await GetAsync();

        Assert.Equal(("Tiflux", "", null, OrganizationLimits.DefaultDueDateTermDays, ClosingReportLayout.Detailed, false),
            (settings.CompanyName, settings.Cnpj, settings.Logo, settings.DueDateTermDays, settings.DefaultReportLayout, settings.AllowDueDateBeforeBillingDate));
    }

    [Fact]
    public async Task Saved_AreReadBack_WithTheCnpjFormatted_AndTheLogoKeptUntilRemoved()
    {
        Assert.True((await SaveAsync(Valid())).IsSuccess);

        var saved = await GetAsync();
        Assert.Equal(("Suporte Sul TI", "11.222.333/0001-81", "(51) 3333-4444", 15, ClosingReportLayout.Synthetic, true),
            (saved.CompanyName, saved.Cnpj, saved.Phone, saved.DueDateTermDays, saved.DefaultReportLayout, saved.AllowDueDateBeforeBillingDate));
        Assert.Equal("image/png", saved.Logo!.ContentType);
        Assert.Equal("CNPJ 11.222.333/0001-81 · Rua das Flores, 100 — Porto Alegre/RS · (51) 3333-4444", saved.ContactLine);

        Assert.True((await SaveAsync(Valid() with { Logo = null })).IsSuccess);
        Assert.Equal(Png, (await GetAsync()).Logo!.Content);
        Assert.True((await SaveAsync(Valid() with { Logo = null, RemoveLogo = true })).IsSuccess);
        Assert.Null((await GetAsync()).Logo);
    }

    [Fact]
    public async Task AnInertSvg_IsAccepted()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#1f5f8b\"/></svg>");

        Assert.True((await SaveAsync(Valid() with { Logo = new AttachmentUpload("logo.svg", "image/svg+xml", svg) })).IsSuccess);
        Assert.Equal("image/svg+xml", (await GetAsync()).Logo!.ContentType);
    }

    public static TheoryData<string, string, byte[]> BadLogos => new()
    {
        { "logo.jpg", "O logotipo deve ser uma imagem PNG ou SVG.", [0xFF, 0xD8, 0xFF, 0xE0] },
        { "logo.png", "O conteúdo do arquivo logo.png não corresponde à extensão .png.", Encoding.UTF8.GetBytes("<html>não é imagem</html>") },
        { "logo.png", "O logotipo deve ter no máximo 512 KB.", [.. Png, .. new byte[OrganizationLimits.LogoBytes]] },
        { "logo.png", "O arquivo do logotipo está vazio.", [] },
        { "logo.svg", "O arquivo logo.svg não é um SVG aceito: use um desenho sem scripts, eventos ou referências externas.", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>") },
        { "logo.svg", "O arquivo logo.svg não é um SVG aceito: use um desenho sem scripts, eventos ou referências externas.", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "logo.svg", "O arquivo logo.svg não é um SVG aceito: use um desenho sem scripts, eventos ou referências externas.", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><image x:href=\"https://example.com/x.png\"/></svg>") },
        { "logo.svg", "O arquivo logo.svg não é um SVG aceito: use um desenho sem scripts, eventos ou referências externas.", Encoding.UTF8.GetBytes("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>") },
    };

    [Theory]
    [MemberData(nameof(BadLogos))]
    public async Task ABadLogo_IsRefused_AndNothingIsSaved(string fileName, string message, byte[] content)
    {
        var refused = await SaveAsync(Valid() with { Logo = new AttachmentUpload(fileName, "image/png", content) });

        Assert.Equal(("Logo", message), (refused.Errors.Single().Field, refused.Errors.Single().Message));
        Assert.Equal("Tiflux", (await GetAsync()).CompanyName);
    }

    [Theory]
    [InlineData("Cnpj", "CNPJ inválido: informe os 14 caracteres e confira os dígitos verificadores.")]
    [InlineData("DueDateTermDays", "O prazo de vencimento deve ser de 0 a 365 dias.")]
    [InlineData("CompanyName", "O nome da empresa deve ter no máximo 200 caracteres.")]
    [InlineData("Phone", "O texto contém caracteres inválidos.")]
    public async Task ABadField_IsRefusedWithItsMessage_AndNothingIsSaved(string field, string message)
    {
        var request = field switch
        {
            "Cnpj" => Valid() with { Cnpj = "123.456.789-09" },
            "DueDateTermDays" => Valid() with { DueDateTermDays = 366 },
            "CompanyName" => Valid() with { CompanyName = new string('x', 201) },
            _ => Valid() with { Phone = "51\0 3333" },
        };

        var refused = await SaveAsync(request);

        Assert.Equal((field, message), (refused.Errors.Single().Field, refused.Errors.Single().Message));
        var unchanged = await GetAsync();
        Assert.Equal(("Tiflux", OrganizationLimits.DefaultDueDateTermDays, null), (unchanged.CompanyName, unchanged.DueDateTermDays, unchanged.Logo));
    }
}
