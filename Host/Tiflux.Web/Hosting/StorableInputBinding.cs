using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Hosting;

/// <summary>
/// Refuses, at model binding, the values no page may pass on to a module: text with NUL or unpaired surrogates,
/// decimals beyond numeric(14,2) and dates outside <see cref="BusinessDates"/>. The value stays unbound and the field
/// gets a pt-BR error, so forms answer with their message and filters fall back to their default instead of a 500.
/// </summary>
internal sealed class StorableInputBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (context.Metadata.IsComplexType || (type != typeof(string) && type != typeof(decimal) && type != typeof(DateOnly) && type != typeof(DateTime)))
        {
            return null;
        }

        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new StorableInputBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers));
    }

    private sealed class StorableInputBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet || Problem(bindingContext.Result.Model) is not { } message)
            {
                return;
            }

            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        private static string? Problem(object? value) => value switch
        {
            string text when !TextInput.IsStorable(text) => TextInput.InvalidCharactersMessage,
            decimal amount when !Money.IsStorable(amount) => Money.OutOfRangeMessage,
            DateOnly date when !BusinessDates.Contains(date) => BusinessDates.OutOfRangeMessage,
            DateTime instant when !BusinessDates.Contains(DateOnly.FromDateTime(instant)) => BusinessDates.OutOfRangeMessage,
            _ => null,
        };
    }
}
