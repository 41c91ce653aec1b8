using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Demo;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Demo;

/// <summary>Desks, requestors and tickets (with a conversation) over the Contracts demo clients; runs only while the tickets table is empty.</summary>
internal sealed class TicketsDemoSeeder(
    TicketsDbContext db, ITicketLifecycle lifecycle, ITicketWork work, ITicketChoices choices, ITicketSetup setup, ITicketRequestors requestors,
    ITicketConversation conversation, IContractsModule contracts, TimeProvider time, ITicketCalendar calendar, ITicketSla sla, ITicketChecklists checklists)
    : IDemoDataSeeder
{
    private static readonly ActorDto System = new(Guid.Empty, "Dados de demonstração");
    private static readonly ActorDto Tiago = new(Guid.Parse("0190a000-0000-7000-8000-000000000001"), "Tiago Técnico");
    private static readonly ActorDto Paula = new(Guid.Parse("0190a000-0000-7000-8000-000000000002"), "Paula Suporte");

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Tickets.AnyAsync(cancellationToken))
        {
            return;
        }

        IReadOnlyList<ClientSummary> clients;
        try
        {
            clients = await contracts.GetClientsAsync(null, cancellationToken);
        }
        catch (NotImplementedException)
        {
            return;
        }

        if (clients.Count == 0)
        {
            return;
        }

        var desks = await EnsureDesksAsync(cancellationToken);
        await SeedReplyTemplatesAsync(cancellationToken);
        await SeedCatalogAsync(desks.Support.Id, cancellationToken);
        var expenses = await choices.GetExtraExpenseChoicesAsync(cancellationToken);
        var expense = expenses.Count > 0 ? expenses[0] : null;
        var today = BrazilTime.Today(time);
        await SeedCalendarAsync(desks.Projects, today.Year, cancellationToken);
        await SeedSlaAsync(desks.Support, cancellationToken);
        var n = 0;
        foreach (var client in clients.Where(c => c.Active).Take(5))
        {
            var day = today.AddDays(-10 - n);
            var options = await contracts.GetValuationOptionsAsync(client.Id, day, cancellationToken);
            var requestor = await requestors.SaveRequestorAsync(
                new SaveRequestorRequest(null, client.Id, $"Contato {n + 1}", $"contato{n + 1}@cliente.example", "(51) 3333-4444", null), System, cancellationToken);
            var contact = requestor.IsSuccess ? requestor.Value : (Guid?)null;
            var reviewed = await OpenAsync(client, desks.Support, $"Servidor de arquivos lento ({client.Name})", cancellationToken, contact);
            await LogAsync(reviewed, day, 8, 10, options, EntryKind.Contract, AttendanceMode.Remote, travel: false, warranty: false, cancellationToken);
            await LogAsync(reviewed, day, 13, 15, options, EntryKind.Standalone, AttendanceMode.External, travel: true, warranty: false, cancellationToken);
            if (expense is not null)
            {
                await work.SaveExtraAsync(
                    new SaveExtraRequest(reviewed, null, expense.Id, day, 2m, null, "Material usado na visita", null), Tiago, cancellationToken);
            }

            await lifecycle.CloseTicketAsync(reviewed, System, cancellationToken);
            await lifecycle.ReviewTicketAsync(new ReviewTicketRequest(reviewed, true, ReviewerRole.PermissionedUser, 5, "Tudo certo."), System, cancellationToken);

            var awaiting = await OpenAsync(client, desks.Support, "Troca de switch na recepção", cancellationToken, contact);
            await LogAsync(awaiting, day.AddDays(2), 9, 11, options, EntryKind.Contract, AttendanceMode.External, travel: true, warranty: false, cancellationToken);
            await LogAsync(awaiting, day.AddDays(2), 14, 15, options, EntryKind.Standalone, AttendanceMode.Internal, travel: false, warranty: true, cancellationToken);
            await lifecycle.CloseTicketAsync(awaiting, System, cancellationToken);

            var project = await OpenAsync(client, desks.Projects, "Migração de e-mail para a nuvem", cancellationToken);
            await LogAsync(project, day.AddDays(3), 9, 12, options, EntryKind.Standalone, AttendanceMode.Remote, travel: false, warranty: false, cancellationToken);
            await lifecycle.CloseTicketAsync(project, System, cancellationToken);

            var open = await OpenAsync(client, desks.Support, "Impressora não imprime em rede", cancellationToken, contact);
            await conversation.SetFollowersAsync(open, [$"gestor{n + 1}@cliente.example"], Tiago, cancellationToken);
            await conversation.PostAnswerAsync(
                new PostAnswerRequest(open, "<p>Olá! Já estamos verificando a fila de impressão. <strong>Pode reiniciar a impressora?</strong></p>", AnswerOrigin.TifluxWeb, []),
                Tiago, cancellationToken);
            await conversation.SaveInternalNoteAsync(
                new SaveInternalNoteRequest(open, null, "<p>Driver antigo no servidor de impressão; atualizar na próxima visita.</p>", []), Paula, cancellationToken);
            await LogAsync(open, today.AddDays(-1), 10, 11, options, EntryKind.Contract, AttendanceMode.Remote, travel: false, warranty: false, cancellationToken);
            if (n == 0)
            {
                await SeedChecklistAsync(open, cancellationToken);
            }

            n++;
        }
    }

    // Projetos keeps a lunch break; Suporte uses the organisation's default week. Two own holidays: São Paulo's
    // anniversary for every desk, and a day off for the projects team only.
    private async Task SeedCalendarAsync(DeskDto projects, int year, CancellationToken cancellationToken)
    {
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        await calendar.SaveDeskHoursAsync(projects.Id, new SaveBusinessHoursRequest(false,
            [.. weekdays.SelectMany(d => new BusinessWindowInput[] { new(d, "08:00", "12:00", false), new(d, "13:30", "17:30", false) })]),
            cancellationToken);
        await calendar.SaveHolidayAsync(new SaveHolidayRequest(null, new DateOnly(year, 1, 25), "Aniversário de São Paulo", true, []), cancellationToken);
        await calendar.SaveHolidayAsync(
            new SaveHolidayRequest(null, new DateOnly(year, 12, 24), "Véspera de Natal (equipe de projetos)", false, [projects.Id]), cancellationToken);
    }

    // Suporte measures SLA (Baixa 08:00/40:00 … Urgente 00:30/04:00 business time); "Aguardando cliente" pauses it.
    private async Task SeedSlaAsync(DeskDto support, CancellationToken cancellationToken)
    {
        (int Attendance, int Solution)[] targets = [(480, 2400), (240, 960), (60, 480), (30, 240)];
        await sla.SaveDeskSlaAsync(new SaveDeskSlaRequest(
            support.Id, true, 90, true,
            [.. support.Priorities.Select((p, i) => new PrioritySlaDto(p.Id, targets[Math.Min(i, targets.Length - 1)].Attendance, targets[Math.Min(i, targets.Length - 1)].Solution))],
            [new(support.Stages[0].Id, 60)],
            [.. support.Statuses.Where(s => s.Name == "Aguardando cliente").Select(s => s.Id)]), cancellationToken);
    }

    /// <summary>A small service catalog (issue 24) linked to the support desk, which then offers its items on new tickets.</summary>
    private async Task SeedCatalogAsync(Guid deskId, CancellationToken cancellationToken)
    {
        if (await db.ServicesCatalogs.AnyAsync(cancellationToken))
        {
            return;
        }

        (string Catalog, string Area, string Item, int Attendance, int Solution)[] rows =
        [
            ("Infraestrutura", "Rede", "Configurar VPN", 60, 480),
            ("Infraestrutura", "Rede", "Liberar porta no firewall", 30, 240),
            ("Infraestrutura", "Servidores", "Restaurar backup", 60, 720),
            ("Suporte ao usuário", "Estação", "Instalar software", 30, 240),
            ("Suporte ao usuário", "Estação", "Trocar periférico", 60, 960),
        ];
        foreach (var catalogGroup in rows.GroupBy(r => r.Catalog))
        {
            var catalog = new ServicesCatalog { Name = catalogGroup.Key, NormalizedName = CatalogNames.Normalize(catalogGroup.Key) };
            db.ServicesCatalogs.Add(catalog);
            db.DeskCatalogLinks.Add(new DeskCatalogLink { DeskId = deskId, CatalogId = catalog.Id });
            foreach (var areaGroup in catalogGroup.GroupBy(r => r.Area))
            {
                var area = new ServicesCatalogArea { CatalogId = catalog.Id, Name = areaGroup.Key, NormalizedName = CatalogNames.Normalize(areaGroup.Key) };
                db.ServicesCatalogAreas.Add(area);
                db.ServicesCatalogItems.AddRange(areaGroup.Select(r => new ServicesCatalogItem
                {
                    AreaId = area.Id, Name = r.Item, NormalizedName = CatalogNames.Normalize(r.Item), AttendanceMinutes = r.Attendance, SolutionMinutes = r.Solution,
                }));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Modelos de respostas for every desk, with the variables the picker fills in.</summary>
    private async Task SeedReplyTemplatesAsync(CancellationToken cancellationToken)
    {
        if (await db.ReplyTemplates.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ReplyTemplates.AddRange(
            new ReplyTemplates.ReplyTemplate
            {
                Name = "Solicitação recebida",
                Visibility = ReplyTemplateVisibility.Client,
                BodyHtml = "<p>Olá, {{requester.name}}!</p><p>Recebemos a sua solicitação <strong>#{{ticket.number}} — {{ticket.title}}</strong> e já estamos analisando. Retornaremos em breve.</p><p>{{user.name}}</p>",
            },
            new ReplyTemplates.ReplyTemplate
            {
                Name = "Aguardando retorno do cliente",
                Visibility = ReplyTemplateVisibility.Client,
                BodyHtml = "<p>Olá, {{requester.name}}.</p><p>Para continuar o atendimento do ticket #{{ticket.number}}, precisamos do seu retorno às perguntas acima. Assim que responder, seguimos com a solução.</p><p>{{user.name}}</p>",
            },
            new ReplyTemplates.ReplyTemplate
            {
                Name = "Chamado resolvido",
                Visibility = ReplyTemplateVisibility.Both,
                BodyHtml = "<p>Olá, {{requester.name}}.</p><p>O ticket #{{ticket.number}} ({{ticket.title}}) foi resolvido. Se algo ainda não estiver certo, é só responder a este e-mail.</p><p>Obrigado, {{client.name}}!</p><p>{{user.name}}</p>",
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(DeskDto Support, DeskDto Projects)> EnsureDesksAsync(CancellationToken cancellationToken)
    {
        var existing = await setup.GetDesksAsync(cancellationToken);
        if (existing.Count >= 2)
        {
            return (existing[^1], existing[0]);
        }

        string[] priorities = ["Baixa", "Média", "Alta", "Urgente"];
        DeskStatusRequest[] statuses =
        [
            new("Aberto", StatusKind.Open), new("Em atendimento", StatusKind.Open), new("Aguardando cliente", StatusKind.Open),
            new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled),
        ];
        await setup.SaveDeskAsync(
            new SaveDeskRequest(null, "Suporte", ["Triagem", "Atendimento", "Validação", "Concluído"], statuses, priorities, [],
                DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false),
            cancellationToken);
        await setup.SaveDeskAsync(
            new SaveDeskRequest(null, "Projetos", ["Planejamento", "Execução", "Entrega"], statuses, priorities, [],
                DeskValuationMode.WithValuation, false, ReviewerKind.PermissionedUsers, 72, true),
            cancellationToken);
        var desks = await setup.GetDesksAsync(cancellationToken);
        return (desks.Single(d => d.Name == "Suporte"), desks.Single(d => d.Name == "Projetos"));
    }

    private async Task<int> OpenAsync(ClientSummary client, DeskDto desk, string title, CancellationToken cancellationToken, Guid? requestorId = null)
    {
        var created = await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(title, "Chamado aberto pelos dados de demonstração.", client.Id, desk.Id, null, Tiago.UserId,
                Tiago.Name, "Contato do cliente", "contato@cliente.example", null) { RequestorId = requestorId },
            System,
            cancellationToken);
        return created.Value;
    }

    private async Task LogAsync(
        int number, DateOnly date, int fromHour, int toHour, ValuationOptionsDto options, EntryKind kind, AttendanceMode mode,
        bool travel, bool warranty, CancellationToken cancellationToken)
    {
        var rider = options.Riders.FirstOrDefault(r => r.IsInForceOn(date));
        var service = options.Services.FirstOrDefault(s => s.Active);
        if (kind == EntryKind.Contract && rider is null)
        {
            kind = EntryKind.Standalone;
        }

        if (kind == EntryKind.Standalone && service is null)
        {
            return;
        }

        var technician = fromHour < 12 ? Tiago : Paula;
        var travelId = travel && mode == AttendanceMode.External ? options.Travels.FirstOrDefault(t => t.Active)?.Id : null;
        await work.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, date, new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0), technician.UserId,
                technician.Name, warranty ? "Retorno em garantia." : "Diagnóstico e correção.", mode, kind,
                kind == EntryKind.Contract ? rider!.Id : null, kind == EntryKind.Standalone ? service!.Id : null, travelId, null,
                warranty),
            technician,
            cancellationToken);
    }

    /// <summary>
    /// A printer-visit checklist template (not required for any client, so the demo tickets still close) and its copy on
    /// one open ticket, half filled.
    /// </summary>
    private async Task SeedChecklistAsync(int ticket, CancellationToken cancellationToken)
    {
        var template = await checklists.SaveTemplateAsync(
            new SaveChecklistTemplateRequest(
                null,
                "Visita técnica de impressora",
                "Conferir antes de encerrar o atendimento.",
                [
                    new("Modelo e número de série", ChecklistFieldType.Text, true, []),
                    new("Contador de páginas", ChecklistFieldType.Value, false, []),
                    new("Driver atualizado?", ChecklistFieldType.Radio, true, [new(1, "Sim"), new(2, "Não")]),
                    new("Itens verificados", ChecklistFieldType.Checkbox, false, [new(1, "Toner"), new(2, "Rede"), new(3, "Fila de impressão")]),
                    new("Observações", ChecklistFieldType.Textarea, false, []),
                ],
                [],
                [],
                []),
            cancellationToken);
        if (!template.IsSuccess)
        {
            return;
        }

        var added = await checklists.AddAsync(ticket, template.Value, Tiago, cancellationToken);
        if (added.IsSuccess)
        {
            await checklists.FillAsync(
                ticket, added.Value, [new(0, "HP LaserJet M428 · BRBSP12345", null), new(3, null, [new(2, true), new(3, true)])], Tiago, cancellationToken);
        }
    }
}
