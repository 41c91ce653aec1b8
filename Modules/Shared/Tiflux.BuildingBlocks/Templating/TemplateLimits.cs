using Scriban.Runtime;

namespace Tiflux.BuildingBlocks.Templating;

/// <summary>
/// Render-time bounds for templates someone other than the developers may write: loop iterations, nested calls and
/// output characters per render (exceeding one fails the render instead of hanging or filling memory).
/// </summary>
public sealed record TemplateLimits(int Loops, int Recursion, int Output)
{
    /// <summary>The name Scriban gives a .NET member (<c>DueDate</c> → <c>due_date</c>), for tables of variables.</summary>
    public static string MemberName(string member) => StandardMemberRenamer.Rename(member);
}
