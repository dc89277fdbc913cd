using Microsoft.AspNetCore.Components;

namespace Panorama.Web.Components.Gantt;

/// <summary>The dependency arrows: one SVG over the rendered rows only, so its size does not grow with the box.</summary>
public sealed partial class Gantt
{
    private RenderFragment RenderLinks() => builder =>
    {
        if (_window.Count == 0)
        {
            return;
        }

        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", "g-links");
        builder.AddAttribute(2, "aria-hidden", "true");
        builder.AddAttribute(3, "style", $"left: {Px(GridWidth)}; top: {Px(HeaderHeight + (_window.Start * RowHeight))}; width: {Px(_scale.Width)}; height: {Px(_window.Count * RowHeight)}");
        builder.AddMarkupContent(4, """
            <defs>
              <marker id="g-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" class="g-arrowhead"/></marker>
              <marker id="g-arrow-critical" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" class="g-arrowhead critical"/></marker>
              <marker id="g-arrow-conflict" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" class="g-arrowhead conflict"/></marker>
            </defs>
            """);
        foreach (var link in _window.Dependencies)
        {
            if (_window.Find(link.FromId) is not { Row.HasDates: true } from || _window.Find(link.ToId) is not { Row.HasDates: true } to)
            {
                continue;
            }

            var path = GanttGeometry.ArrowPath(
                link.Type,
                GanttGeometry.Bar(_scale, from.Row),
                YOf(from.Index),
                GanttGeometry.Bar(_scale, to.Row),
                YOf(to.Index),
                RowHeight);
            var (css, marker) = link switch
            {
                { Conflict: not null } => ("conflict", "g-arrow-conflict"),
                { IsCritical: true } => ("critical", "g-arrow-critical"),
                _ => (null, "g-arrow"),
            };
            builder.OpenElement(5, "path");
            builder.AddAttribute(6, "d", path);
            builder.AddAttribute(7, "class", $"g-link {link.Type.ToString().ToLowerInvariant()} {css} {(link.IsSoft ? "soft" : null)}".TrimEnd());
            builder.AddAttribute(8, "marker-end", $"url(#{marker})");
            builder.AddAttribute(9, "data-link", $"{link.FromId}>{link.ToId}:{link.Type}");
            if (link.Conflict is not null)
            {
                builder.OpenElement(10, "title");
                builder.AddContent(11, link.Conflict);
                builder.CloseElement();
            }

            builder.CloseElement();
        }

        builder.CloseElement();
    };

    private double YOf(int index) => ((index - _window.Start) * RowHeight) + (RowHeight / 2.0);
}
