namespace Tiflux.Tickets.PublicApi;

/// <summary>
/// The lengths of the Tickets module's text columns, public so the pages and the API refuse longer text with a
/// message instead of meeting the database's error.
/// </summary>
public static class TicketLimits
{
    public const int Title = 200;

    public const int Description = 20_000;

    public const int EntryDescription = 4_000;

    public const int ExtraDescription = 2_000;

    public const int ReviewComment = 2_000;

    /// <summary>Sanitised HTML of one answer or internal note.</summary>
    public const int MessageHtml = 100_000;

    public const int FilesPerRequest = 10;

    public const int Followers = 50;

    public const int PersonName = 200;

    public const int Telephone = 30;

    public const int Extension = 20;

    public const int PriorityChangeReason = 500;

    /// <summary>The reason an authoriser gives when refusing a new ticket.</summary>
    public const int AuthorizationReason = 2_000;

    public const int Signature = 1_000;

    /// <summary>The name of a reply template (Modelos de respostas); its body is bounded by <see cref="MessageHtml"/>.</summary>
    public const int ReplyTemplateName = 120;

    /// <summary>The largest manual value of a standalone time entry.</summary>
    public const decimal ManualValue = 9_999_999.99m;
}
