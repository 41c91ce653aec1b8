using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

[Authorize(Policy = Permissions.FinancialSettings)]
public sealed class ExtraExpensesModel(ICatalogAdministration catalog) : PageModel
{
    /// <summary>The expense being edited (?editar=id); null while creating.</summary>
    [BindProperty(SupportsGet = true, Name = "editar")]
    public Guid? EditId { get; set; }

    [BindProperty]
    public ExpenseInput Input { get; set; } = new();

    public IReadOnlyList<ExtraExpenseDto> Expenses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Expenses = await catalog.ListExtraExpensesAsync(cancellationToken);
        if (EditId is { } id)
        {
            var expense = Expenses.FirstOrDefault(e => e.Id == id);
            if (expense is null)
            {
                return NotFound();
            }

            Input = new ExpenseInput
            {
                Name = expense.Name,
                UnitValue = PtBr.MoneyInput(expense.UnitValue),
                Description = expense.Description,
                Active = expense.Active,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unitValue = ModelState.Money(Input.UnitValue, "Input.UnitValue");
        if (ModelState.IsValid)
        {
            var request = new SaveExtraExpenseRequest(Input.Name ?? "", unitValue ?? 0m, Input.Description ?? "", Input.Active);
            var result = await catalog.SaveExtraExpenseAsync(EditId, request, cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Gasto extra {request.Name.Trim()} salvo.";
                return RedirectToPage(new { editar = (Guid?)null });
            }

            ModelState.AddResultErrors<ExpenseInput>(result, nameof(Input));
        }

        Expenses = await catalog.ListExtraExpensesAsync(cancellationToken);
        return Page();
    }

    public sealed class ExpenseInput
    {
        public string? Name { get; set; }

        public string? UnitValue { get; set; }

        public string? Description { get; set; }

        public bool Active { get; set; } = true;
    }
}
