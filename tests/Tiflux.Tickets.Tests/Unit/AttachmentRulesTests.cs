using Tiflux.Tickets.Extras;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Unit;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("nota.pdf", "application/pdf")]
    [InlineData("foto.JPG", "image/jpeg")]
    [InlineData("planilha.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("leia.txt", "text/plain")]
    public void ContentType_ForAllowedExtension_IsDerivedFromTheName(string name, string expected) =>
        Assert.Equal(expected, AttachmentRules.ContentTypeFor(new AttachmentUploadDto(name, "application/x-anything", [1, 2])).Value);

    [Theory]
    [InlineData("virus.exe")]
    [InlineData("pagina.html")]
    [InlineData("sem-extensao")]
    public void ContentType_ForOtherExtensions_IsRefused(string name) =>
        Assert.False(AttachmentRules.ContentTypeFor(new AttachmentUploadDto(name, "application/pdf", [1])).IsSuccess);

    [Fact]
    public void ContentType_AboveFiveMegabytes_IsRefused()
    {
        var result = AttachmentRules.ContentTypeFor(new AttachmentUploadDto("a.pdf", "application/pdf", new byte[AttachmentRules.MaxBytes + 1]));

        Assert.Equal("O arquivo deve ter no máximo 5 MB.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void SafeFileName_DropsPathsAndMarkup() =>
        Assert.Equal("scriptx.pdf", AttachmentRules.SafeFileName("..\\..\\<script>x.pdf"));
}
