using Microsoft.AspNetCore.Mvc;

namespace Tiflux.Web.Hosting;

/// <summary>
/// pt-BR messages for values the model binder cannot read (e.g. letters in a number field), and the binder that
/// refuses values no column can store (see <see cref="StorableInputBinderProvider"/>).
/// </summary>
internal static class PortugueseModelBinding
{
    public static void Configure(MvcOptions options)
    {
        options.ModelBinderProviders.Insert(0, new StorableInputBinderProvider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"O valor '{value}' não é válido.");
        messages.SetValueIsInvalidAccessor(value => $"O valor '{value}' não é válido.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"O valor '{value}' não é válido.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Valor inválido.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Valor inválido.");
        messages.SetValueMustBeANumberAccessor(_ => "Informe um número.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Informe um número.");
        messages.SetValueMustNotBeNullAccessor(_ => "Preencha este campo.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Preencha este campo.");
        messages.SetMissingKeyOrValueAccessor(() => "Preencha este campo.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "O formulário veio vazio.");
    }
}
