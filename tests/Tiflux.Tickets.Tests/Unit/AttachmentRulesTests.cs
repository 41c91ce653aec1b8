using Tiflux.TestKit;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Unit;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("nota.pdf", "application/pdf")]
    [InlineData("foto.PNG", "image/png")]
    [InlineData("foto.JPG", "image/jpeg")]
    [InlineData("planilha.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("leia.txt", "text/plain")]
    public void ContentType_ForAllowedExtension_IsDerivedFromTheName(string name, string expected) =>
        Assert.Equal(expected, AttachmentRules.ContentTypeFor(new AttachmentUploadDto(name, "application/x-anything", ContentOf(name))).Value);

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

    [Theory]
    [InlineData("invoice.pdf", "O arquivo invoice.pdf é um executável e não pode ser anexado.")]
    [InlineData("notes.txt", "O arquivo notes.txt é um executável e não pode ser anexado.")]
    public void ContentType_ExecutableUnderAnAllowedExtension_IsRefused(string name, string message)
    {
        var content = name.EndsWith(".pdf", StringComparison.Ordinal) ? SampleFiles.WindowsExecutable : SampleFiles.LinuxExecutable;

        var result = AttachmentRules.ContentTypeFor(new AttachmentUploadDto(name, "application/pdf", content));

        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("nota.pdf")]
    [InlineData("foto.png")]
    [InlineData("planilha.xlsx")]
    public void ContentType_BytesOfAnotherType_AreRefused(string name)
    {
        var result = AttachmentRules.ContentTypeFor(new AttachmentUploadDto(name, "application/pdf", "<html><script>alert(1)</script>"u8.ToArray()));

        Assert.Contains("não corresponde à extensão", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentType_TextThatIsNotUtf8_IsRefused()
    {
        var result = AttachmentRules.ContentTypeFor(new AttachmentUploadDto("leia.txt", "text/plain", [0x6F, 0x6C, 0xE1, 0x00, 0xFF]));

        Assert.Equal("O arquivo leia.txt não é um texto válido: salve-o como texto UTF-8.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void SafeFileName_DropsPathsAndMarkup() =>
        Assert.Equal("scriptx.pdf", AttachmentRules.SafeFileName("..\\..\\<script>x.pdf"));

    private static byte[] ContentOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => SampleFiles.Pdf,
        ".png" => SampleFiles.Png,
        ".jpg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10],
        ".xlsx" => [(byte)'P', (byte)'K', 0x03, 0x04, 0x14, 0x00],
        _ => "olá, técnico"u8.ToArray(),
    };
}
