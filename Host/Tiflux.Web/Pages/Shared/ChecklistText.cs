using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>The pt-BR names of checklist field types, shared by the ticket page and the template settings page.</summary>
public static class ChecklistText
{
    public static string FieldType(ChecklistFieldType type) => type switch
    {
        ChecklistFieldType.Text => "Texto",
        ChecklistFieldType.Textarea => "Texto longo",
        ChecklistFieldType.Value => "Valor",
        ChecklistFieldType.Radio => "Escolha única",
        _ => "Múltipla escolha",
    };
}
