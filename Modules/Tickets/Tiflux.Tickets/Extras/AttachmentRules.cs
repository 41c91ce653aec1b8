using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

/// <summary>
/// Only common office files up to 5 MB whose bytes match their extension (<see cref="FileContent"/>); the content type
/// is derived from the extension, never trusted from the client.
/// </summary>
internal static class AttachmentRules
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static Result<string> ContentTypeFor(AttachmentUploadDto upload)
    {
        if (upload.Content.Length == 0)
        {
            return Error.Validation("Attachment", "O arquivo está vazio.");
        }

        if (upload.Content.LongLength > MaxBytes)
        {
            return Error.Validation("Attachment", "O arquivo deve ter no máximo 5 MB.");
        }

        var extension = Path.GetExtension(upload.FileName);
        if (!ContentTypes.TryGetValue(extension, out var type))
        {
            return Error.Validation("Attachment", "Tipo de arquivo não permitido. Use PDF, PNG, JPG, XLSX, DOCX ou TXT.");
        }

        return FileContent.Problem(upload.FileName, upload.Content) is { } problem
            ? Error.Validation("Attachment", problem)
            : Result<string>.Success(type);
    }

    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>']).ToHashSet();
        var clean = new string([.. name.Where(c => !invalid.Contains(c) && !char.IsControl(c))]);
        return clean.Length == 0 ? "arquivo" : clean[..Math.Min(clean.Length, 200)];
    }
}
