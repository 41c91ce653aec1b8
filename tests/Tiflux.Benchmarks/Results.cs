using System.Globalization;
using System.Text;

namespace Tiflux.Benchmarks;

/// <summary>One figure beside its baseline, measured in the same run.</summary>
internal sealed record Figure(string Name, string Ours, string Baseline, string Ratio, string Target, string Met, string Note = "");

internal sealed class Results
{
    private readonly List<Figure> _figures = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.Error.WriteLine($"[bench] {figure.Name}: ours {figure.Ours} | baseline {figure.Baseline} | ratio {figure.Ratio} | target {figure.Target} | {figure.Met} {figure.Note}");
    }

    public static string Ms(double ms) => ms >= 10_000 ? S(ms / 1000) : ms.ToString(ms >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string S(double s) => s.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string X(double ratio) => ratio.ToString(ratio < 0.01 ? "0.000#" : "0.00", CultureInfo.InvariantCulture) + "×";

    public static string Yes(bool met) => met ? "yes" : "**no**";

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| figure | ours | baseline | ratio | target | met? | note |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in _figures)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {f.Name} | {f.Ours} | {f.Baseline} | {f.Ratio} | {f.Target} | {f.Met} | {f.Note} |");
        }

        return sb.ToString();
    }
}
