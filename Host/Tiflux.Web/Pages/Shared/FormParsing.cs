namespace Tiflux.Web.Pages.Shared;

/// <summary>Form fields that hold lists (money and HH:MM are read by <see cref="Tiflux.SharedKernel.PtBrParsing"/>).</summary>
public static class FormParsing
{
    /// <summary>Splits "a@x.com, b@y.com; c@z.com" into its non-blank parts.</summary>
    public static List<string> SplitList(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
