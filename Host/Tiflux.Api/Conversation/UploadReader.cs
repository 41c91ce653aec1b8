using Tiflux.Api.Conventions;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>
/// The <c>files[]</c> parts of a multipart body (the official client's name; <c>files</c> is read too). The module checks
/// count, size, type and content; here only a <c>files[]</c> part that is text instead of a file is refused, as Tiflux does.
/// </summary>
internal static class UploadReader
{
    public const string NotAFile = "You are not sending a File. The value of 'files' items need to be a File type";

    private static readonly string[] Names = ["files[]", "files"];

    public static async Task<IReadOnlyList<AttachmentUploadDto>> ReadAsync(HttpRequest request, BodyReader body, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return [];
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (Names.Any(name => form.TryGetValue(name, out var texts) && texts.Count > 0))
        {
            body.Fail("files", NotAFile);
        }

        var uploads = new List<AttachmentUploadDto>();
        foreach (var file in form.Files.Where(f => Names.Contains(f.Name, StringComparer.Ordinal)))
        {
            using var content = new MemoryStream();
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(content, cancellationToken);
            }

            uploads.Add(new AttachmentUploadDto(file.FileName, file.ContentType ?? "application/octet-stream", content.ToArray()));
        }

        return uploads;
    }
}
