using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// Posted files as the module receives them. The module checks the type, the content and the limits; this only drops
/// the empty parts a browser sends for an untouched file input.
/// </summary>
internal static class FileUploads
{
    /// <summary>Ten files of at most 5 MB (the module's limits) and room for the rest of the form.</summary>
    public const long RequestLimit = 10 * 5 * 1024 * 1024 + 2 * 1024 * 1024;

    public static async Task<IReadOnlyList<AttachmentUploadDto>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken cancellationToken)
    {
        var uploads = new List<AttachmentUploadDto>();
        foreach (var file in (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            uploads.Add(new AttachmentUploadDto(file.FileName, file.ContentType, await file.ReadBytesAsync(cancellationToken)));
        }

        return uploads;
    }
}
