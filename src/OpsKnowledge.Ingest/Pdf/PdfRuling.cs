using UglyToad.PdfPig.Content;

namespace OpsKnowledge.Ingest.Pdf;

/// <summary>A horizontal or vertical ruling line drawn on a page (table borders), from stroked lines, outlined or thin filled rectangles.</summary>
internal readonly record struct PdfRuling(bool Horizontal, double Position, double From, double To)
{
    /// <summary>Rules thinner than this are lines, not shaded areas.</summary>
    private const double MaxThickness = 2.5;

    public static List<PdfRuling> FromPage(Page page)
    {
        var rulings = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                var box = subpath.GetBoundingRectangle();
                if (box is not { } rect) continue;
                if (rect.Height <= MaxThickness && rect.Width > MaxThickness)
                    rulings.Add(new PdfRuling(true, (rect.Top + rect.Bottom) / 2, rect.Left, rect.Right));
                else if (rect.Width <= MaxThickness && rect.Height > MaxThickness)
                    rulings.Add(new PdfRuling(false, (rect.Left + rect.Right) / 2, rect.Bottom, rect.Top));
                else if (path.IsStroked && subpath.IsDrawnAsRectangle)
                {
                    // An outlined cell: its four edges are rules.
                    rulings.Add(new PdfRuling(true, rect.Top, rect.Left, rect.Right));
                    rulings.Add(new PdfRuling(true, rect.Bottom, rect.Left, rect.Right));
                    rulings.Add(new PdfRuling(false, rect.Left, rect.Bottom, rect.Top));
                    rulings.Add(new PdfRuling(false, rect.Right, rect.Bottom, rect.Top));
                }
            }
        }
        return rulings;
    }

    public bool Crosses(PdfRuling other, double tolerance) =>
        Horizontal != other.Horizontal
        && other.Position >= From - tolerance && other.Position <= To + tolerance
        && Position >= other.From - tolerance && Position <= other.To + tolerance;

    /// <summary>True when this rule runs along <paramref name="position"/> and covers the point <paramref name="along"/>.</summary>
    public bool Covers(double position, double along, double tolerance) =>
        Math.Abs(Position - position) <= tolerance && along >= From - tolerance && along <= To + tolerance;
}
