namespace Tiflux.Web.Pages.Shared;

/// <summary>Uploaded files as the modules take them: the whole content in memory (each page's request limit bounds it).</summary>
public static class FormFiles
{
    public static async Task<byte[]> ReadBytesAsync(this IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
