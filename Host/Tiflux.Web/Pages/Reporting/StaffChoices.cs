using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>The team as the attendant reports' filters and "Lançado por" name it (staff users, not client users).</summary>
internal static class StaffChoices
{
    /// <summary>Active staff users by name, for the technician filter.</summary>
    public static async Task<IReadOnlyList<ChoiceDto>> ActiveAsync(IUserDirectory users) =>
        [.. (await users.AllAsync())
            .Where(u => u.Active && u.Type != UserTypes.Client)
            .Select(u => new ChoiceDto(u.Id, NameOf(u)))
            .OrderBy(u => u.Name, PtBr.Collator)];

    /// <summary>Every user's name by id (also inactive ones: an old extra keeps its author).</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(IUserDirectory users) =>
        (await users.AllAsync()).ToDictionary(u => u.Id, NameOf);

    private static string NameOf(DirectoryUser u) => string.IsNullOrWhiteSpace(u.FullName) ? u.Email ?? "?" : u.FullName;
}
