using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

[RequestSizeLimit(6 * 1024 * 1024)]
[Authorize(Policy = Permissions.ExtraValuationsManage)]
public sealed class ExtraModel(ITicketQueries tickets, ITicketWork work, ITicketChoices choices, UserManager<TifluxUser> users, TimeProvider time)
    : TicketsPageModel
{
    [FromRoute]
    public int Number { get; set; }

    [FromRoute]
    public string Id { get; set; } = "nova";

    [BindProperty]
    public ExtraInput Input { get; set; } = new();

    public TicketDto Ticket { get; private set; } = null!;

    public IReadOnlyList<EntryChoiceDto> Expenses { get; private set; } = [];

    public Guid? ExtraId => Guid.TryParse(Id, out var id) ? id : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ExtraId is { } id && Ticket.Extras.FirstOrDefault(x => x.Id == id) is { } extra)
        {
            Input = new ExtraInput
            {
                ExtraExpenseId = extra.ExtraExpenseId, Date = extra.Date, Quantity = extra.Quantity, UnitValue = extra.UnitValue,
                Description = extra.Description,
            };
        }
        else
        {
            Input = new ExtraInput { Date = BrazilTime.Today(time), Quantity = 1 };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        AttachmentUploadDto? upload = null;
        if (Input.File is { Length: > 0 } file)
        {
            if (file.Length > 5 * 1024 * 1024)
            {
                ModelState.AddModelError("Input.File", "O arquivo deve ter no máximo 5 MB.");
                return Page();
            }

            upload = new AttachmentUploadDto(file.FileName, file.ContentType, await file.ReadBytesAsync(cancellationToken));
        }

        var result = await work.SaveExtraAsync(
            new SaveExtraRequest(Number, ExtraId, Input.ExtraExpenseId!.Value, Input.Date!.Value, Input.Quantity!.Value,
                ShowMoney ? Input.UnitValue : null, Input.Description ?? "", upload),
            await ActorAsync(users),
            cancellationToken);
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field == "Attachment" ? "Input.File" : error.Field is null ? "" : $"Input.{error.Field}", error.Message);
            }

            return Page();
        }

        TempData["Flash"] = "Valorização extra salva.";
        return Redirect($"/tickets/{Number}?aba=valorizacao");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        LoadPermissions();
        var ticket = await tickets.GetTicketAsync(Number, cancellationToken);
        if (ticket is null || (Id != "nova" && ExtraId is null))
        {
            return false;
        }

        Ticket = ticket;
        Expenses = await choices.GetExtraExpenseChoicesAsync(cancellationToken);
        return true;
    }
}
