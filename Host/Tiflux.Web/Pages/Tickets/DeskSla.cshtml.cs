using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>A desk's SLA (service-desk.md §6): switches, goal, targets per priority, stage maximum times, pausing statuses.</summary>
[Authorize(Policy = Permissions.DesksManage)]
public sealed class DeskSlaModel(ITicketSetup setup, ITicketSla sla) : TicketsPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public DeskDto Desk { get; private set; } = null!;

    [BindProperty]
    public bool Enabled { get; set; }

    [BindProperty]
    public string? Goal { get; set; }

    [BindProperty]
    public bool CanPause { get; set; }

    /// <summary>HH:MM texts keyed by priority id: attendance and solution.</summary>
    [BindProperty]
    public Dictionary<Guid, string?> Attendance { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, string?> Solution { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, string?> StageMax { get; set; } = [];

    [BindProperty]
    public List<Guid> PausingStatusIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var s = Desk.Sla;
        (Enabled, CanPause, Goal) = (s.Enabled, s.CanPause, s.GoalPercent?.ToString(PtBr.Culture));
        Attendance = s.Priorities.ToDictionary(p => p.PriorityId, p => (string?)PtBr.Hhmm(p.AttendanceMinutes));
        Solution = s.Priorities.ToDictionary(p => p.PriorityId, p => (string?)PtBr.Hhmm(p.SolutionMinutes));
        StageMax = s.Stages.ToDictionary(x => x.StageId, x => (string?)PtBr.Hhmm(x.MaxMinutes));
        PausingStatusIds = [.. s.PausingStatusIds];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var priorities = Desk.Priorities.Select(p => new PrioritySlaDto(p.Id, Minutes(Attendance, p.Id, $"Atendimento de {p.Name}"), Minutes(Solution, p.Id, $"Solução de {p.Name}"))).ToList();
        var stages = Desk.Stages.Select(x => new StageSlaDto(x.Id, Minutes(StageMax, x.Id, $"Tempo máximo de {x.Name}"))).ToList();
        int? goal = null;
        if (!string.IsNullOrWhiteSpace(Goal))
        {
            if (PtBrParsing.TryParseWholeNumber(Goal, out var g))
            {
                goal = g;
            }
            else
            {
                ModelState.AddModelError(nameof(Goal), "Informe a meta como um número inteiro (1 a 100).");
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var result = await sla.SaveDeskSlaAsync(new SaveDeskSlaRequest(Id, Enabled, goal, CanPause, priorities, stages, PausingStatusIds), cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result, "");
            return Page();
        }

        TempData["Flash"] = $"SLA da mesa {Desk.Name} salvo; os prazos dos tickets abertos são recalculados em instantes.";
        return Redirect($"/configuracoes/mesas/{Id}/sla");
    }

    private int? Minutes(Dictionary<Guid, string?> texts, Guid id, string label)
    {
        if (PtBrParsing.TryParseHhmm(texts.GetValueOrDefault(id), out var minutes))
        {
            return minutes is 0 ? null : minutes;
        }

        ModelState.AddModelError(string.Empty, $"{label}: use HH:MM (por exemplo 04:00 ou 48:00).");
        return null;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Desk = (await setup.GetDesksAsync(cancellationToken)).FirstOrDefault(d => d.Id == Id)!;
        return Desk is not null;
    }
}
