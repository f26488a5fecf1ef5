using System.Text;

namespace OpsKnowledge.Web.Html;

/// <summary>URLs to our own pages, every variable part percent-encoded (and then HTML-escaped where it is written).</summary>
internal static class Links
{
    public static string Doc(string id, string? fragment = null) =>
        "/doc/" + Uri.EscapeDataString(id) + (string.IsNullOrEmpty(fragment) ? "" : "#" + Uri.EscapeDataString(fragment));

    /// <summary>The anchor of a section on the document page: its heading's offset, which search hits carry as Start.</summary>
    public static string SectionAnchor(int headingStart) => $"at-{headingStart}";

    /// <summary>The anchor of a record on the document page: the part of its id after '#' ("kpi-3").</summary>
    public static string RecordAnchor(string recordId)
    {
        var hash = recordId.LastIndexOf('#');
        return "rec-" + (hash < 0 ? recordId : recordId[(hash + 1)..]);
    }

    public static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var builder = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value)) continue;
            builder.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return builder.ToString();
    }
}
