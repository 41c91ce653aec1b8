namespace Tiflux.Web.Pages.Shared;

/// <summary>What the _ListPager partial needs: where we are and how to link to another page of the same list.</summary>
public sealed record ListPager(int Page, int TotalPages, int TotalItems, Func<int, string> UrlFor)
{
    /// <summary>The current query string with "pagina" replaced.</summary>
    public static ListPager For<T>(Tiflux.SharedKernel.PagedList<T> list, string path, IEnumerable<KeyValuePair<string, string?>> filters) =>
        new(list.Page, list.TotalPages, list.TotalItems, page =>
        {
            var query = filters.Where(f => !string.IsNullOrEmpty(f.Value)).Append(new("pagina", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return path + Microsoft.AspNetCore.Http.QueryString.Create(query);
        });
}
