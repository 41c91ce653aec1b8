using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Organization;

/// <summary>Configurações &gt; Organização &gt; Financeiro: every field checked first, then both rows saved in one transaction.</summary>
internal sealed class SaveOrganizationSettings(BillingDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SaveOrganizationSettingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = OrganizationValidation.Check(request);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var profile = await db.Organization.SingleAsync(p => p.Id == 1, cancellationToken);
        profile.CompanyName = (request.CompanyName ?? "").Trim();
        profile.Cnpj = TaxId.Normalize(request.Cnpj);
        profile.Address = (request.Address ?? "").Trim();
        profile.Phone = (request.Phone ?? "").Trim();
        if (request.Logo is { } logo)
        {
            profile.LogoContentType = OrganizationValidation.LogoContentType(logo.FileName);
            profile.LogoContent = logo.Content;
        }
        else if (request.RemoveLogo)
        {
            profile.LogoContentType = null;
            profile.LogoContent = null;
        }

        profile.UpdatedAt = clock.GetUtcNow();
        profile.UpdatedBy = request.By;
        var settings = await db.Settings.SingleAsync(s => s.Id == 1, cancellationToken);
        settings.DueDateTermDays = request.DueDateTermDays;
        settings.DefaultReportLayout = request.DefaultReportLayout;
        settings.AllowDueDateBeforeBillingDate = request.AllowDueDateBeforeBillingDate;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
