using Microsoft.AspNetCore.Identity;

namespace Tiflux.Web.Identity;

public sealed class TifluxUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>For users of the Client role: the only client whose data they may see.</summary>
    public Guid? ClientId { get; set; }
}
