using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The "Inserir modelo" select of one editor: its templates, the textarea it fills and the channel (cliente/interno).</summary>
public sealed record ReplyTemplatePickerView(IReadOnlyList<ChoiceDto> Templates, string TargetId, string Channel, int TicketNumber);
