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

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            403 => ("Acesso negado", "Seu perfil não tem permissão para acessar esta página."),
            404 => ("Página não encontrada", "O endereço informado não existe."),
            null or 500 => ("Erro inesperado", "Algo deu errado. O erro foi registrado; tente novamente."),
            _ => ("Erro", $"A requisição não pôde ser atendida (código {code})."),
        };
        if (code is not null && code.Value >= 400)
        {
            Response.StatusCode = code.Value;
        }
    }
}
