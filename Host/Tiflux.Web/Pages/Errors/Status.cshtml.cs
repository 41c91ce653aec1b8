using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tiflux.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Erro";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? requested)
    {
        var code = Clamp(requested);
        (Title, Message) = code switch
        {
            403 => ("Acesso negado", "Seu perfil não tem permissão para acessar esta página."),
            404 => ("Página não encontrada", "O endereço informado não existe."),
            null or 500 => ("Erro inesperado", "Algo deu errado. O erro foi registrado; tente novamente."),
            _ => ("Erro", $"A requisição não pôde ser atendida (código {code})."),
        };
        if (code is not null)
        {
            Response.StatusCode = code.Value;
        }
    }

    /// <summary>
    /// The number in /erro/{code} is anyone's input and ends up in the HTTP status line: only real error statuses
    /// (400–599) pass; any other number is a page that does not exist (404).
    /// </summary>
    internal static int? Clamp(int? code) => code switch
    {
        null => null,
        >= 400 and <= 599 => code,
        _ => 404,
    };
}
