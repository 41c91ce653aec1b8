using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class ChecklistTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static readonly ChecklistTemplateFieldDto[] AllTypes =
    [
        new("Número de série", ChecklistFieldType.Text, true, []),
        new("Observações", ChecklistFieldType.Textarea, false, []),
        new("Tensão medida", ChecklistFieldType.Value, true, []),
        new("Backup feito?", ChecklistFieldType.Radio, true, [new(1, "Sim"), new(2, "Não")]),
        new("Itens trocados", ChecklistFieldType.Checkbox, true, [new(1, "Fonte"), new(2, "Memória"), new(3, "Disco")]),
    ];

    [Fact]
    public async Task FilledRules_PerType_NullClears_AndCheckboxOptionsNotListedStay()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var template = await SaveTemplateAsync("Manutenção", AllTypes);
        var number = await s.TicketAsync(desk);
        var checklist = (await AddAsync(number, template)).Value;

        var filled = await FillAsync(number, checklist,
            Fill(0, "SN-123"), Fill(1, "   "), Fill(2, "127.5"), Fill(3, "2"),
            Fill(4, null, [new(1, true), new(3, true)]));
        var merged = await FillAsync(number, checklist, Fill(4, null, [new(1, false)]), Fill(0, null, null));

        var f = filled.Value.Fields;
        Assert.Equal("10111", string.Concat(f.Select(x => x.Filled ? '1' : '0')));
        Assert.Equal(("127.5", "2"), (f[2].Value, f[3].Value));
        Assert.True(Assert.Single(f[3].Options!, o => o.Id == 2).Checked);
        Assert.False(filled.Value.Pending);
        var m = merged.Value.Fields;
        Assert.Equal("001", string.Concat(m[4].Options!.Select(o => o.Checked ? '1' : '0')));
        Assert.True(m[4].Filled);
        Assert.False(m[0].Filled);
        Assert.Null(m[0].Value);
        Assert.True(merged.Value.Pending);
        var ticket = await s.GetAsync(number);
        Assert.Equal(new ChecklistProgressDto(3, 5, true), ticket.ChecklistProgress);
    }

    [Fact]
    public async Task BadFills_AreRefusedWithAMessage_AndNothingIsHalfWritten()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var template = await SaveTemplateAsync("Visita", AllTypes);
        var number = await s.TicketAsync(desk);
        var checklist = (await AddAsync(number, template)).Value;

        var outOfRange = await FillAsync(number, checklist, Fill(5, "x", null));
        var unknownOption = await FillAsync(number, checklist, Fill(0, "SN-1", null), Fill(4, null, [new(9, true)]));
        var valueOnCheckbox = await FillAsync(number, checklist, Fill(4, "1", null));
        var optionsOnText = await FillAsync(number, checklist, Fill(0, null, [new(1, true)]));
        var tooLong = await FillAsync(number, checklist, Fill(1, new string('a', TicketLimits.ChecklistFieldValue + 1), null));
        var notANumber = await FillAsync(number, checklist, Fill(2, "doze", null));
        var unknownRadio = await FillAsync(number, checklist, Fill(3, "7", null));

        Assert.Equal("not_found", Assert.Single(outOfRange.Errors).Code);
        Assert.Contains("0 a 4", outOfRange.Errors[0].Message, StringComparison.Ordinal);
        foreach (var refused in new[] { unknownOption, valueOnCheckbox, optionsOnText, tooLong, notANumber, unknownRadio })
        {
            Assert.Equal("Item", Assert.Single(refused.Errors).Field);
        }

        var list = await ListAsync(number);
        Assert.All(Assert.Single(list.Checklists).Fields, f => Assert.False(f.Filled));
    }

    [Fact]
    public async Task Templates_WithNoFields_DuplicateOptionIds_OrRadioWithoutOptions_AreRefused()
    {
        var empty = await SaveAsync(Request("Vazio", []));
        var duplicate = await SaveAsync(Request("Duplicado", [new("Cor", ChecklistFieldType.Checkbox, false, [new(1, "Azul"), new(1, "Verde")])]));
        var noOptions = await SaveAsync(Request("Sem opções", [new("Backup?", ChecklistFieldType.Radio, true, [])]));

        Assert.Equal("Fields", Assert.Single(empty.Errors).Field);
        Assert.Contains("mais de uma vez", Assert.Single(duplicate.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("ao menos uma opção", Assert.Single(noOptions.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredForTheClient_IsAttachedOnCreate_BlocksClosingUntilFilled_AndCannotBeRemoved()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        await SaveAsync(Request("Entrega", [new("Assinatura do cliente", ChecklistFieldType.Text, true, [])]) with { RequiredForClientIds = [s.Client.Id] });
        var number = await s.TicketAsync(desk);
        var other = await s.TicketAsync(desk, db.Contracts.AddClient("Outro " + Guid.NewGuid().ToString("N")[..6]).Id);

        var list = await ListAsync(number);
        var checklist = Assert.Single(list.Checklists);
        var refused = await CloseAsync(number);
        var removal = await db.WithTickets((ITicketChecklists c) => c.RemoveAsync(number, checklist.Id, Scenario.Tech, CancellationToken.None));
        await FillAsync(number, checklist.Id, Fill(0, "Ana Souza", null));
        var closed = await CloseAsync(number);

        Assert.True(checklist.Required);
        Assert.Equal((1, 1, 1, 0), (list.Summary.Total, list.Summary.Pending, list.Summary.RequiredPending, list.Summary.MissingRequiredChecklists.Count));
        Assert.True(list.Summary.BlocksClose);
        Assert.Equal(ChecklistRuleCodes.BlocksClose, Assert.Single(refused.Errors).Code);
        Assert.Equal("conflict", Assert.Single(removal.Errors).Code);
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        Assert.Empty((await ListAsync(other)).Checklists);
    }

    [Fact]
    public async Task ARequiredTemplateMissingFromTheTicket_BlocksClosing_AndIsNamedInTheSummary()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var number = await s.TicketAsync(desk);
        var name = "Inventário " + Guid.NewGuid().ToString("N")[..6];
        await SaveAsync(Request(name, [new("Patrimônio", ChecklistFieldType.Text, false, [])]) with { RequiredForClientIds = [s.Client.Id] });

        var summary = (await ListAsync(number)).Summary;
        var refused = await CloseAsync(number);

        Assert.Equal(name, Assert.Single(summary.MissingRequiredChecklists));
        Assert.True(summary.BlocksClose);
        Assert.Equal(ChecklistRuleCodes.BlocksClose, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task TicketChecklist_IsASnapshot_TemplateEditsDoNotChangeIt()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var request = Request("Instalação", [new("Modelo", ChecklistFieldType.Text, true, [])]);
        var template = (await SaveAsync(request)).Value;
        var number = await s.TicketAsync(desk);
        await AddAsync(number, template);

        await SaveAsync(request with { Id = template, Name = "Instalação v2", Fields = [new("Outro", ChecklistFieldType.Value, false, []), new("Mais", ChecklistFieldType.Text, false, [])] });

        var checklist = Assert.Single((await ListAsync(number)).Checklists);
        Assert.Equal(("Instalação", "Modelo", ChecklistFieldType.Text), (checklist.Name, Assert.Single(checklist.Fields).Title, checklist.Fields[0].Type));
        Assert.Equal(template, checklist.TemplateId);
    }

    [Fact]
    public async Task ClosedTickets_AndTemplatesOfOtherDesks_AreRefused_AndATemplateIsOnATicketOnce()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var otherDesk = await s.DeskAsync(false);
        var template = await SaveTemplateAsync("Geral", [new("Feito", ChecklistFieldType.Text, false, [])]);
        var elsewhere = (await SaveAsync(Request("Só da outra mesa", [new("X", ChecklistFieldType.Text, false, [])]) with { DeskIds = [otherDesk] })).Value;
        var number = await s.TicketAsync(desk);
        var checklist = (await AddAsync(number, template)).Value;

        var twice = await AddAsync(number, template);
        var wrongDesk = await AddAsync(number, elsewhere);
        Assert.True((await CloseAsync(number)).IsSuccess);
        var afterClose = await FillAsync(number, checklist, Fill(0, "sim", null));

        Assert.Equal("TemplateId", Assert.Single(twice.Errors).Field);
        Assert.Equal("TemplateId", Assert.Single(wrongDesk.Errors).Field);
        Assert.Equal("conflict", Assert.Single(afterClose.Errors).Code);
    }

    private static ChecklistFieldFill Fill(int index, string? value, IReadOnlyList<ChecklistOptionCheck>? options = null) => new(index, value, options);

    private static SaveChecklistTemplateRequest Request(string name, IReadOnlyList<ChecklistTemplateFieldDto> fields) =>
        new(null, name, "Descrição", fields, [], [], []);

    private async Task<Guid> SaveTemplateAsync(string name, IReadOnlyList<ChecklistTemplateFieldDto> fields)
    {
        var saved = await SaveAsync(Request(name, fields));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return saved.Value;
    }

    private Task<Result<Guid>> SaveAsync(SaveChecklistTemplateRequest request) =>
        db.WithTickets((ITicketChecklists c) => c.SaveTemplateAsync(request, CancellationToken.None));

    private Task<Result<Guid>> AddAsync(int number, Guid template) =>
        db.WithTickets((ITicketChecklists c) => c.AddAsync(number, template, Scenario.Tech, CancellationToken.None));

    private Task<Result<TicketChecklistDto>> FillAsync(int number, Guid checklist, params ChecklistFieldFill[] fills) =>
        db.WithTickets((ITicketChecklists c) => c.FillAsync(number, checklist, fills, Scenario.Tech, CancellationToken.None));

    private async Task<TicketChecklistsDto> ListAsync(int number) =>
        (await db.WithTickets((ITicketChecklists c) => c.ListAsync(number, CancellationToken.None))).Value;

    private Task<Result> CloseAsync(int number) =>
        db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(number, Scenario.Tech, CancellationToken.None));
}
