using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Billings;

/// <summary>Attachments: documents and images only, at most 5 MB each, and never an executable whatever its name.</summary>
internal static class AttachmentRules
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static Error? Check(AttachmentUpload upload)
    {
        var extension = Path.GetExtension(upload.FileName);
        if (!Allowed.ContainsKey(extension))
        {
            return Error.Validation("Attachments", $"Tipo de arquivo não permitido: {upload.FileName}. Use PDF, imagens, XML, TXT, CSV, XLSX ou DOCX.");
        }

        if (upload.Content.Length == 0)
        {
            return Error.Validation("Attachments", $"O arquivo {upload.FileName} está vazio.");
        }

        if (upload.Content.Length > MaxBytes)
        {
            return Error.Validation("Attachments", $"O arquivo {upload.FileName} passa do limite de 5 MB.");
        }

        return LooksExecutable(upload.Content)
            ? Error.Validation("Attachments", $"O arquivo {upload.FileName} é um executável e não pode ser anexado.")
            : null;
    }

    public static string ContentTypeFor(string fileName) =>
        Allowed.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");

    private static bool LooksExecutable(byte[] content) =>
        content is [(byte)'M', (byte)'Z', ..] or [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] or [(byte)'#', (byte)'!', ..];
}
