using System.Text;
using System.Xml;

namespace Tiflux.SharedKernel;

/// <summary>
/// The one content check every upload goes through: the bytes must be what the extension says. Files are stored and
/// served (also through anonymous signed links) with the type of their extension, so an executable or an HTML page
/// renamed <c>nota.pdf</c> must be refused here, not trusted by the name. Each module keeps its own list of allowed
/// extensions and its size limit; this only knows what each extension's content looks like.
/// </summary>
public static class FileContent
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    /// <summary>XLSX and DOCX are ZIP packages; the local-file header "PK\x03\x04" is the first thing in the file.</summary>
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Elf => [0x7F, 0x45, 0x4C, 0x46];

    private static ReadOnlySpan<byte> MachO32 => [0xFE, 0xED, 0xFA, 0xCE];

    private static ReadOnlySpan<byte> MachO64 => [0xFE, 0xED, 0xFA, 0xCF];

    private static ReadOnlySpan<byte> MachO32Reversed => [0xCE, 0xFA, 0xED, 0xFE];

    private static ReadOnlySpan<byte> MachO64Reversed => [0xCF, 0xFA, 0xED, 0xFE];

    private static ReadOnlySpan<byte> CafeBabe => [0xCA, 0xFE, 0xBA, 0xBE];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Null when <paramref name="content"/> looks like a file of <paramref name="fileName"/>'s extension; otherwise a
    /// pt-BR message naming the file. An extension this check does not know is refused too.
    /// </summary>
    public static string? Problem(string fileName, ReadOnlySpan<byte> content)
    {
        var name = Path.GetFileName(fileName);
        if (IsExecutable(content))
        {
            return $"O arquivo {name} é um executável e não pode ser anexado.";
        }

        var ok = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => content.StartsWith("%PDF-"u8),
            ".png" => content.StartsWith(Png),
            ".jpg" or ".jpeg" => content.StartsWith(Jpeg),
            ".xlsx" or ".docx" => content.StartsWith(Zip),
            ".txt" or ".csv" or ".xml" => IsText(content),
            ".svg" => IsText(content) && IsInertSvg(content),
            _ => (bool?)null,
        };
        return ok switch
        {
            true => null,
            null => $"Tipo de arquivo não permitido: {name}.",
            false when Path.GetExtension(fileName).Equals(".svg", StringComparison.OrdinalIgnoreCase) =>
                $"O arquivo {name} não é um SVG aceito: use um desenho sem scripts, eventos ou referências externas.",
            false when IsTextExtension(fileName) => $"O arquivo {name} não é um texto válido: salve-o como texto UTF-8.",
            false => $"O conteúdo do arquivo {name} não corresponde à extensão {Path.GetExtension(fileName).ToLowerInvariant()}.",
        };
    }

    /// <summary>Windows PE (MZ), ELF, scripts with a shebang, Mach-O and Java class files (CAFEBABE is also fat Mach-O).</summary>
    private static bool IsExecutable(ReadOnlySpan<byte> content) =>
        content.StartsWith("MZ"u8)
        || content.StartsWith(Elf)
        || content.StartsWith("#!"u8)
        || content.StartsWith(MachO32) || content.StartsWith(MachO64)
        || content.StartsWith(MachO32Reversed) || content.StartsWith(MachO64Reversed)
        || content.StartsWith(CafeBabe);

    /// <summary>
    /// An SVG document that can only draw: no scripts, event handlers, embedded HTML, DTDs or references outside the
    /// file. A logo is printed into reports and e-mails, so an SVG that runs code or fetches a URL is refused.
    /// </summary>
    private static bool IsInertSvg(ReadOnlySpan<byte> content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray()), settings);
            var sawRoot = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name != "xml")
                {
                    return false;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if ((!sawRoot && reader.LocalName != "svg") || reader.LocalName is "script" or "foreignObject" or "iframe" or "object" or "embed")
                {
                    return false;
                }

                sawRoot = true;
                while (reader.MoveToNextAttribute())
                {
                    if (!IsInertAttribute(reader.LocalName, reader.Value))
                    {
                        return false;
                    }
                }
            }

            return sawRoot;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static bool IsInertAttribute(string name, string value) =>
        !name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
        && !value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
        && (name != "href" || value.StartsWith('#') || value.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase))
        && !(value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !value.Contains("url(#", StringComparison.OrdinalIgnoreCase));

    private static bool IsTextExtension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".txt" or ".csv" or ".xml";

    /// <summary>Valid UTF-8 (a BOM is fine) without NUL or other C0 control characters than tab, line feed, carriage return and form feed.</summary>
    private static bool IsText(ReadOnlySpan<byte> content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }
        }

        return true;
    }
}
