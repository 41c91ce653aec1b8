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

    /// <summary>The reason for pausing or switching off a ticket's SLA.</summary>
    public const int SlaReason = 500;

    /// <summary>The reason an authoriser gives when refusing a new ticket.</summary>
    public const int AuthorizationReason = 2_000;

    public const int Signature = 1_000;

    /// <summary>The name of a reply template (Modelos de respostas); its body is bounded by <see cref="MessageHtml"/>.</summary>
    public const int ReplyTemplateName = 120;

    /// <summary>The largest manual value of a standalone time entry.</summary>
    public const decimal ManualValue = 9_999_999.99m;

    /// <summary>Intervals of one weekly schedule (expediente), all days together.</summary>
    public const int BusinessWindows = 70;

    public const int HolidayName = 120;

    /// <summary>Desks one own holiday may name.</summary>
    public const int HolidayDesks = 100;

    /// <summary>The name of a service catalog, area or item.</summary>
    public const int CatalogName = 120;

    /// <summary>The largest attendance or solution time of a catalog item: 999:59.</summary>
    public const int CatalogItemMaxMinutes = (999 * 60) + 59;

    public const int ChecklistName = 200;

    public const int ChecklistDescription = 2_000;

    /// <summary>The title of a checklist field and the description of one of its options.</summary>
    public const int ChecklistFieldTitle = 500;

    /// <summary>The value of a text or textarea field of a ticket checklist.</summary>
    public const int ChecklistFieldValue = 4_000;

    public const int ChecklistFields = 100;

    public const int ChecklistOptions = 50;

    /// <summary>The most rows one report read (extras list, whole-period entry list) returns.</summary>
    public const int ReportRows = 20_000;
}
