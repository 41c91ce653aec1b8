using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

/// <summary>Feriados: the year's national holidays (computed, read-only) and the organisation's own dates.</summary>
[Authorize(Policy = Permissions.DesksManage)]
public sealed class HolidaysModel(ITicketCalendar calendar, ITicketSetup setup, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ano")]
    public int? Year { get; set; }

    /// <summary>The own holiday being edited (?editar=id); null while creating.</summary>
    [BindProperty(SupportsGet = true, Name = "editar")]
    public Guid? EditId { get; set; }

    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    [BindProperty]
    public bool CountOptionalDays { get; set; }

    public HolidayYearDto Holidays { get; private set; } = new(0, true, []);

    public IReadOnlyDictionary<Guid, string> DeskNames { get; private set; } = new Dictionary<Guid, string>();

    public int ShownYear => Year is { } y && y >= BusinessDates.Min.Year && y <= BusinessDates.Max.Year ? y : BrazilTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        CountOptionalDays = Holidays.CountOptionalDays;
        if (EditId is { } id)
        {
            var holiday = Holidays.Holidays.FirstOrDefault(h => h.Id == id);
            if (holiday is null)
            {
                return NotFound();
            }

            Input = new HolidayInput
            {
                Name = holiday.Name,
                Date = holiday.Date,
                RepeatsYearly = holiday.RepeatsYearly,
                DeskIds = [.. holiday.DeskIds],
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var request = new SaveHolidayRequest(EditId, Input.Date, Input.Name ?? "", Input.RepeatsYearly, Input.DeskIds);
            var result = await calendar.SaveHolidayAsync(request, cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Feriado {request.Name.Trim()} salvo.";
                return Redirect($"/configuracoes/feriados?ano={Input.Date!.Value.Year}");
            }

            ModelState.AddResultErrors<HolidayInput>(result, nameof(Input));
        }

        await LoadAsync(cancellationToken);
        CountOptionalDays = Holidays.CountOptionalDays;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid holidayId, CancellationToken cancellationToken)
    {
        var result = await calendar.RemoveHolidayAsync(holidayId, cancellationToken);
        TempData["Flash"] = result.IsSuccess ? "Feriado removido." : result.Errors[0].Message;
        return Redirect($"/configuracoes/feriados?ano={ShownYear}");
    }

    public async Task<IActionResult> OnPostOptionalAsync(CancellationToken cancellationToken)
    {
        await calendar.SetCountOptionalDaysAsync(CountOptionalDays, cancellationToken);
        TempData["Flash"] = CountOptionalDays
            ? "Pontos facultativos (Carnaval e Corpus Christi) contam como feriado."
            : "Pontos facultativos (Carnaval e Corpus Christi) contam como dias úteis.";
        return Redirect($"/configuracoes/feriados?ano={ShownYear}");
    }

    public string Desks(HolidayDto holiday) =>
        holiday.DeskIds.Count == 0 ? "Todas" : string.Join(", ", holiday.DeskIds.Select(id => DeskNames.GetValueOrDefault(id, "?")));

    public static string KindText(HolidayKind kind) => kind switch
    {
        HolidayKind.National => "Nacional",
        HolidayKind.OptionalNational => "Nacional (ponto facultativo)",
        _ => "Próprio",
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Holidays = await calendar.GetHolidaysAsync(ShownYear, cancellationToken);
        DeskNames = (await setup.GetDesksAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
    }

    public sealed class HolidayInput
    {
        public string? Name { get; set; }

        public DateOnly? Date { get; set; }

        public bool RepeatsYearly { get; set; }

        public List<Guid> DeskIds { get; set; } = [];
    }
}
