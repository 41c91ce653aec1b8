using System.ComponentModel.DataAnnotations;

namespace Tiflux.Web.Pages.ClientUsers;

/// <summary>The "+ Usuário cliente" form.</summary>
public sealed class ClientUserInput
{
    [Display(Name = "Nome")]
    public string Name { get; set; } = "";

    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Display(Name = "Telefone")]
    public string? Phone { get; set; }

    [Display(Name = "Ramal")]
    public string? Extension { get; set; }

    /// <summary>The checked portal permissions, one flag number each.</summary>
    public List<int> Permissions { get; set; } = [];
}
