namespace Tiflux.Web.Pages.Tickets;

/// <summary>The internal-note form: a new note (<see cref="NoteId"/> null, with files) or the new text of one's own note.</summary>
public sealed class NoteInput
{
    public Guid? NoteId { get; set; }

    public string? Html { get; set; }

    // Nullable: a non-nullable list would be implicitly required, failing every other form of the page that posts no file.
    public List<IFormFile>? Files { get; set; }
}
