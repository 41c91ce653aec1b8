using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// Attachments: documents and images only, at most 5 MB each, whose bytes match their extension
/// (<see cref="FileContent"/>: never an executable whatever its name).
/// </summary>
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

        return FileContent.Problem(upload.FileName, upload.Content) is { } problem
            ? Error.Validation("Attachments", problem)
            : null;
    }

    public static string ContentTypeFor(string fileName) =>
        Allowed.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");
}
