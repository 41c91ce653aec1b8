using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The Arquivos tab: every file of the ticket, its answers and (with the permission) its internal notes.</summary>
public sealed partial class DetailsModel
{
    public const int FilesPageSize = 100;

    [BindProperty]
    // Nullable: a non-nullable list would be implicitly required, failing every other form of the page that posts no file.
    public List<IFormFile>? Uploads { get; set; }

    public PagedList<TicketFileDto>? Files { get; private set; }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await conversation.AddFilesAsync(Number, await FileUploads.ReadAsync(Uploads, cancellationToken), await ActorAsync(users), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<FilesForm>(result, "", new Dictionary<string, string> { ["Attachment"] = nameof(FilesForm.Uploads), ["Files"] = nameof(FilesForm.Uploads) });

            return await RedisplayAsync("arquivos", cancellationToken);
        }

        TempData["Flash"] = result.Value.Count == 1 ? "Arquivo anexado." : $"{result.Value.Count} arquivos anexados.";
        return Redirect($"/tickets/{Number}?aba=arquivos");
    }

    public async Task<IActionResult> OnPostDeleteFileAsync(Guid fileId, TicketFileOwner owner, CancellationToken cancellationToken)
    {
        // A note's file is as internal as the note: deleting it needs the permission to see it.
        if (owner == TicketFileOwner.InternalNote && !User.Has(Permissions.TicketsInternalCommunication))
        {
            return Forbid();
        }

        var result = await conversation.DeleteFileAsync(Number, fileId, owner, await ActorAsync(users), cancellationToken);
        return await AfterAsync(result, "Arquivo excluído.", "arquivos", cancellationToken);
    }

    private async Task<bool> LoadFilesAsync(CancellationToken cancellationToken)
    {
        var files = await conversation.ListFilesAsync(Number, publicOnly: !CanSeeInternal, Math.Max(PageNumber, 1), FilesPageSize, cancellationToken);
        Files = files.IsSuccess ? files.Value : null;
        return files.IsSuccess;
    }

    /// <summary>The shape of the upload form, for <see cref="FormErrors.AddResultErrors{TInput}"/>.</summary>
    private sealed record FilesForm(List<IFormFile>? Uploads);

    public static string OwnerLabel(TicketFileOwner owner) => owner switch
    {
        TicketFileOwner.Ticket => "Ticket",
        TicketFileOwner.Answer => "Resposta",
        _ => "Nota interna",
    };

    public static string SizeLabel(long bytes) => TicketsText.Size(bytes);
}
