using System.Security.Cryptography;
using System.Text;

namespace Tiflux.Tickets.Calendar;

/// <summary>An organisation's own holiday (the national ones are computed). Empty <see cref="DeskIds"/>: every desk.</summary>
internal sealed class Holiday
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateOnly Date { get; set; }

    public required string Name { get; set; }

    public bool RepeatsYearly { get; set; }

    /// <summary>Sorted; set through <see cref="SetDesks"/>.</summary>
    public List<Guid> DeskIds { get; private set; } = [];

    /// <summary>
    /// The set of desks as one short value ("" for every desk, else a SHA-256 of the sorted ids) so the database can
    /// refuse the same date twice for the same desks with a unique (date, scope) index; an array cannot be a key.
    /// </summary>
    public string ScopeKey { get; private set; } = "";

    public void SetDesks(IEnumerable<Guid> deskIds)
    {
        DeskIds = [.. deskIds.Distinct().Order()];
        ScopeKey = DeskIds.Count == 0
            ? ""
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(',', DeskIds))));
    }

    public bool AppliesTo(Guid deskId) => DeskIds.Count == 0 || DeskIds.Contains(deskId);

    public HolidayDate ToHolidayDate() => new(Date, RepeatsYearly);
}
