using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Catalog;

internal sealed class SaveExtraExpense(ContractsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(Guid? id, SaveExtraExpenseRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome do gasto extra");
        errors.NotNegative(request.UnitValue, "UnitValue", "O valor unitário");
        var expense = id is null ? new ExtraExpense { Name = "" } : await db.ExtraExpenses.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (expense is null)
        {
            return Error.NotFound("Gasto extra não encontrado.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        expense.Name = request.Name.Trim();
        expense.UnitValue = request.UnitValue;
        expense.Description = (request.Description ?? "").Trim();
        expense.Active = request.Active;
        if (id is null)
        {
            db.ExtraExpenses.Add(expense);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(expense.Id);
    }
}
