using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Tiflux.BuildingBlocks.Templating;

/// <summary>A template that does not parse or render, told in pt-BR for the person who wrote it.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Scriban's parse and runtime errors as <see cref="TemplateException"/>s with pt-BR messages.</summary>
internal static partial class TemplateErrors
{
    public static TemplateException Parse(IEnumerable<LogMessage> messages)
    {
        var first = messages.First(m => m.Type == ParserMessageType.Error);
        return new TemplateException($"Erro de sintaxe na linha {first.Span.Start.Line + 1}, coluna {first.Span.Start.Column + 1}: {first.Message}");
    }

    public static TemplateException Runtime(ScriptRuntimeException error)
    {
        var where = $" (linha {error.Span.Start.Line + 1})";
        var message = error.OriginalMessage;
        var unknown = UnknownVariable().Match(message);
        if (!unknown.Success)
        {
            unknown = UnknownMember().Match(message);
        }

        if (unknown.Success)
        {
            return new TemplateException($"Variável desconhecida{where}: {unknown.Groups[1].Value}. Use as variáveis da tabela ao lado.", error);
        }

        return new TemplateException(
            message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? $"O modelo excede o limite de repetições ou de tamanho{where}."
                : $"Erro ao gerar o texto{where}: {message}",
            error);
    }

    [GeneratedRegex("`([^`]+)`.*not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"Cannot get (?:the )?member\W+(?:with name\W+)?([A-Za-z0-9_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMember();
}
