using Tiflux.BuildingBlocks.Templating;
using Tiflux.Notifications.Email;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>
/// What the editor knows about an e-mail: its pt-BR label and description, the sample model the preview and the
/// save check render with (the variable table is read from it), and notes on the variables that need one.
/// </summary>
internal sealed record EmailTemplateDescriptor(string Name, string Label, string Description, object Sample, IReadOnlyDictionary<string, string> Notes);

/// <summary>
/// The editable e-mails: every template folder whose name starts with "Ticket" (the e-mails about ticket events).
/// A new folder is editable at once; without an entry below it is listed under its folder name and checked against
/// the ticket-notice sample (the model <see cref="TicketNoticeEmail"/> renders), so give it an entry.
/// </summary>
internal static class EmailTemplateCatalog
{
    private static readonly TicketVars SampleTicket = new("1042", "Impressora não imprime", "Padaria Pão Quente");

    private static readonly OrganizationVars SampleOrganization =
        new("Suporte MSP Ltda", "CNPJ 11.222.333/0001-81 · Rua das Flores, 100 · (51) 3333-4444", HasLogo: false);

    private static readonly Dictionary<string, string> CommonNotes = new(StringComparer.Ordinal)
    {
        ["organization.name"] = "Configurações › Organização",
        ["organization.details"] = "CNPJ, endereço e telefone cadastrados (pode ser vazio)",
        ["organization.has_logo"] = "true quando há logotipo salvo",
    };

    private static readonly TicketNoticeModel NoticeSample = new(
        SampleTicket,
        new NoticeVars("Maria Souza", "https://desk.example/portal/revisoes/1042", "20/03/2026 18:00", "Carlos Lima", "Fora do escopo do contrato."),
        SampleOrganization);

    private static readonly EmailTemplateDescriptor[] Known =
    [
        new(
            "TicketAnswer", "Resposta no ticket", "Enviado ao solicitante e a cada seguidor quando a equipe responde no canal Cliente.",
            new TicketAnswerModel(
                SampleTicket,
                new AnswerVars(
                    "Ana Técnica", new TrustedHtml("<p>Troquei o <strong>toner</strong>; a impressora voltou a funcionar.</p>"),
                    "Troquei o toner; a impressora voltou a funcionar.", [new AnswerFileVars("laudo.pdf", "120 KB", "https://desk.example/arquivos/assinado")]),
                SampleOrganization),
            Notes(("answer.html", "a resposta em HTML, já higienizada: o único valor escrito sem escape"), ("answer.text", "a resposta em texto simples"),
                ("answer.files", "lista de arquivos: use {{ for file in answer.files }} … {{ end }}"))),
        new(
            "TicketAwaitingReview", "Ticket aguardando revisão", "Pede ao solicitante que revise e avalie, no Portal do Cliente, o ticket fechado.",
            NoticeSample, Notes(("notice.name", "o solicitante"), ("notice.url", "a página de revisão no portal"), ("notice.deadline", "o prazo da revisão"))),
        new(
            "TicketAwaitingAuthorization", "Ticket aguardando autorização", "Pede a um autorizador do cliente que aprove ou recuse um ticket novo.",
            NoticeSample, Notes(("notice.name", "o solicitante do ticket"), ("notice.url", "a página de autorização no portal"))),
        new(
            "TicketAuthorizationDenied", "Autorização de ticket recusada", "Avisa o solicitante de que o ticket novo não foi autorizado.",
            NoticeSample, Notes(("notice.name", "o solicitante"), ("notice.decided_by", "quem recusou"), ("notice.reason", "o motivo informado"))),
        new(
            "TicketSlaBreached", "SLA estourado", "Avisa o responsável pelo ticket, uma vez por prazo, de que o prazo de atendimento, de solução ou do estágio passou.",
            new TicketNoticeModel(
                SampleTicket, new NoticeVars("Tiago Técnico", "https://desk.example/tickets/1042", "20/03/2026 18:00", Reason: "prazo de solução"), SampleOrganization),
            Notes(("notice.name", "o responsável pelo ticket"), ("notice.url", "a página do ticket"), ("notice.deadline", "o prazo que passou"),
                ("notice.reason", "qual prazo: de atendimento, de solução ou do estágio"))),
    ];

    /// <summary>The editable e-mails among <paramref name="folders"/>: the described ones first, in their order.</summary>
    public static IReadOnlyList<EmailTemplateDescriptor> Editable(IEnumerable<string> folders)
    {
        var ticketFolders = folders.Where(f => f.StartsWith("Ticket", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return [.. Known.Where(d => ticketFolders.Contains(d.Name)),
            .. ticketFolders.Where(f => !Known.Any(d => d.Name == f)).Order(StringComparer.Ordinal)
                .Select(f => new EmailTemplateDescriptor(f, f, "Aviso sobre um ticket.", NoticeSample, Notes()))];
    }

    private static Dictionary<string, string> Notes(params (string Name, string Note)[] notes)
    {
        var all = new Dictionary<string, string>(CommonNotes, StringComparer.Ordinal);
        foreach (var (name, note) in notes)
        {
            all[name] = note;
        }

        return all;
    }
}
