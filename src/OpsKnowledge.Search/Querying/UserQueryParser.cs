using System.Text;

namespace OpsKnowledge.Search.Querying;

/// <summary>Reads search input: whitespace separates terms, "…" (or “…”, 「…」) quotes a phrase, a leading - (or －) excludes a term or phrase.</summary>
/// <remarks>Never fails: an unclosed quote runs to the end of the input; a lone - is ignored.</remarks>
public static class UserQueryParser
{
    public static UserQuery Parse(string? input)
    {
        var parts = new List<UserQueryPart>();
        if (string.IsNullOrWhiteSpace(input)) return new UserQuery { Parts = parts };

        var i = 0;
        var text = new StringBuilder();
        while (i < input.Length)
        {
            while (i < input.Length && IsSpace(input[i])) i++;
            if (i >= input.Length) break;

            var excluded = false;
            if (input[i] is '-' or '－' && i + 1 < input.Length && !IsSpace(input[i + 1]))
            {
                excluded = true;
                i++;
            }

            text.Clear();
            var closing = ClosingQuote(input[i]);
            if (closing != '\0')
            {
                i++;
                while (i < input.Length && input[i] != closing && !(closing == '"' && input[i] == '”')) text.Append(input[i++]);
                i++; // the closing quote, if any
                Add(parts, text.ToString(), isPhrase: true, excluded);
                continue;
            }

            while (i < input.Length && !IsSpace(input[i]) && ClosingQuote(input[i]) == '\0') text.Append(input[i++]);
            Add(parts, text.ToString(), isPhrase: false, excluded);
        }
        return new UserQuery { Parts = parts };
    }

    private static void Add(List<UserQueryPart> parts, string text, bool isPhrase, bool excluded)
    {
        text = text.Trim();
        if (text.Length == 0 || text.All(c => c is '-' or '－')) return;
        parts.Add(new UserQueryPart { Text = text, IsPhrase = isPhrase, IsExcluded = excluded });
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000';

    private static char ClosingQuote(char c) => c switch
    {
        '"' => '"',
        '“' => '”',
        '「' => '」',
        '『' => '』',
        _ => '\0',
    };
}
