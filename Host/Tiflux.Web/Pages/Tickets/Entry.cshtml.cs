using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Tickets;

[Authorize(Policy = Permissions.AppointmentsManage)]
public sealed class EntryModel(ITicketQueries tickets, ITicketWork work, UserManager<TifluxUser> users, TimeProvider time)
    : TicketsPageModel
{
    [FromRoute]
    public int Number { get; set; }

    [FromRoute]
    public string Id { get; set; } = "novo";

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public TicketDto Ticket { get; private set; } = null!;

    public EntryOptionsDto Options { get; private set; } = new([], [], [], []);

    public IReadOnlyList<ChoiceDto> Staff { get; private set; } = [];

    public Guid? EntryId => Guid.TryParse(Id, out var id) ? id : null;

    public bool Valued => Ticket.Desk.ValuationMode == DeskValuationMode.WithValuation;

    public bool MayPickTechnician => User.Has(Permissions.AppointmentsManageAll);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "cronometro")] Guid? timerId, CancellationToken cancellationToken)
    {
        if (!await LoadTicketAsync(cancellationToken))
        {
            return NotFound();
        }

        var me = await ActorAsync(users);
        if (EntryId is { } id)
        {
            var entry = Ticket.Entries.FirstOrDefault(e => e.Id == id);
            if (entry is null)
            {
                return NotFound();
            }

            Input = new EntryInput
            {
                Date = entry.Date, Start = entry.Start, End = entry.End, TechnicianId = entry.TechnicianId, Description = entry.Description,
                Mode = entry.Mode, Kind = entry.Kind, RiderId = entry.RiderId, ServiceId = entry.ServiceId, TravelId = entry.TravelId,
                RideAlongTicketNumber = entry.RideAlongTicketNumber, Warranty = entry.Warranty, ManualValue = entry.ManualValue,
                Value = entry.ManualValue ? entry.Value : null,
            };
        }
        else
        {
            var now = time.GetUtcNow();
            Input = new EntryInput { Date = BrazilTime.DateOf(now), End = BrazilTime.TimeOf(now), TechnicianId = me.UserId };
            if (Ticket.RunningTimers.FirstOrDefault(t => t.Id == timerId) is { } timer)
            {
                Input.FromTimerId = timer.Id;
                Input.TechnicianId = timer.TechnicianId;
                Input.Start = BrazilTime.DateOf(timer.StartedAt) == Input.Date ? BrazilTime.TimeOf(timer.StartedAt) : TimeOnly.MinValue;
            }
        }

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOptionsAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadTicketAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadTicketAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        var me = await ActorAsync(users);
        var technician = MayPickTechnician ? Staff.FirstOrDefault(s => s.Id == Input.TechnicianId) : null;
        technician ??= new ChoiceDto(me.UserId, me.Name);
        var result = await work.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(
                Number, EntryId, Input.Date!.Value, Input.Start!.Value, Input.End!.Value, technician.Id, technician.Name,
                Input.Description ?? "", Input.Mode, Input.Kind, Input.RiderId, Input.ServiceId, Input.TravelId, Input.RideAlongTicketNumber,
                Input.Warranty, Input.ManualValue, Input.ManualValue ? Input.Value : null, Input.FromTimerId),
            me,
            cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result);
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = EntryId is null ? "Apontamento adicionado." : "Apontamento alterado.";
        return Redirect($"/tickets/{Number}?aba=apontamentos");
    }

    private async Task<bool> LoadTicketAsync(CancellationToken cancellationToken)
    {
        LoadPermissions();
        var ticket = await tickets.GetTicketAsync(Number, cancellationToken);
        if (ticket is null || (Id != "novo" && EntryId is null))
        {
            return false;
        }

        Ticket = ticket;
        Staff = await StaffDirectory.ListAsync(users);
        return true;
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        if (!Valued)
        {
            return;
        }

        var date = Input.Date ?? BrazilTime.Today(time);
        var options = await work.GetEntryOptionsAsync(Number, date, cancellationToken);
        if (options.IsSuccess)
        {
            Options = options.Value;
        }
    }
}
