namespace Tiflux.Web.Pages.Shared;

/// <summary>The answer form of the Comunicação tab: rich text (sanitised by the module), files and the signature choice.</summary>
public sealed class AnswerInput
{
    public string? Html { get; set; }

    // Nullable: a non-nullable list would be implicitly required, failing every other form of the page that posts no file.
    public List<IFormFile>? Files { get; set; }

    public bool WithSignature { get; set; }
}
