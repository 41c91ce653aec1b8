using System.ComponentModel.DataAnnotations;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The extra-valuation form.</summary>
public sealed class ExtraInput
{
    [Required(ErrorMessage = "Escolha o gasto extra.")]
    public Guid? ExtraExpenseId { get; set; }

    [Required(ErrorMessage = "Informe a data.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Informe a quantidade.")]
    public decimal? Quantity { get; set; }

    public decimal? UnitValue { get; set; }

    public string? Description { get; set; }

    public IFormFile? File { get; set; }
}
