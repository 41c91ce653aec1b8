using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>Parsing an administrator's template, the render limits, and Scriban's errors told in pt-BR.</summary>
internal static partial class EmailTemplateSource
{
    /// <summary>Loop iterations per render: the longest list in an e-mail (an answer's files) is far below.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>Nested function calls per render.</summary>
    public const int RecursiveLimit = 20;

    /// <summary>Characters one part may render to.</summary>
    public const int OutputLimit = 1_000_000;

    /// <summary>Parses <paramref name="source"/>; throws <see cref="InvalidOperationException"/> with the pt-BR message when it has errors.</summary>
    public static Template Parse(string source, string name)
    {
        var template = Template.Parse(source, name);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new InvalidOperationException(
                $"Erro de sintaxe na linha {first.Span.Start.Line + 1}, coluna {first.Span.Start.Column + 1}: {first.Message}");
        }

        return template;
    }

    /// <summary>The pt-BR message for an error met while rendering with the sample data.</summary>
    public static string Describe(Exception error)
    {
        if (error is InvalidOperationException)
        {
            return error.Message;
        }

        var script = error as ScriptRuntimeException;
        var where = script is null ? "" : $" (linha {script.Span.Start.Line + 1})";
        var message = script?.OriginalMessage ?? error.Message;
        var unknown = UnknownVariable().Match(message);
        if (unknown.Success)
        {
            return $"Variável desconhecida{where}: {unknown.Groups[1].Value}. Use as variáveis da tabela ao lado.";
        }

        var member = UnknownMember().Match(message);
        if (member.Success)
        {
            return $"Variável desconhecida{where}: {member.Groups[1].Value}. Use as variáveis da tabela ao lado.";
        }

        return message.Contains("limit", StringComparison.OrdinalIgnoreCase)
            ? $"O modelo excede o limite de repetições ou de tamanho{where}."
            : $"Erro ao gerar o e-mail{where}: {message}";
    }

    [GeneratedRegex("`([^`]+)`.*not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"Cannot get (?:the )?member\W+(?:with name\W+)?([A-Za-z0-9_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMember();
}
