//! Legends: swatches and their words laid out left to right, wrapping, above a chart.

use super::caption::wrap;
use super::hatch::hatch;
use super::LINE_HEIGHT;
use super::{push_text, text_width_px, Align, BoxPx, Font, Label, Rgba, Shape, Theme};

/// A box swatch: filled, or an outline only, which the legend hatches as a bound.
pub(crate) fn box_swatch(fill: Option<Rgba>, stroke: Option<(Rgba, f64)>) -> Shape {
    Shape::Rect {
        area: BoxPx {
            left: 0.0,
            top: 0.0,
            right: 0.0,
            bottom: 0.0,
        },
        fill,
        stroke,
    }
}

/// A line swatch `width_px` thick, dashed when `dash` is given.
pub(crate) fn line_swatch(color: Rgba, width_px: f64, dash: Option<(f64, f64)>) -> Shape {
    Shape::Path {
        points: vec![],
        color,
        width_px,
        dash,
    }
}

/// A dot swatch, hollow when `fill` is `None`.
pub(crate) fn dot_swatch(radius_px: f64, fill: Option<Rgba>, stroke: Option<(Rgba, f64)>) -> Shape {
    Shape::Circle {
        center: (0.0, 0.0),
        radius_px,
        fill,
        stroke,
    }
}

/// Lays out legend entries left to right, wrapping; an entry too long for a line wraps
/// its words onto extra lines beside its swatch, never cut. Returns the y below the legend.
pub(crate) fn legend(
    entries: &[(Shape, String)],
    left: f64,
    right: f64,
    top: f64,
    size_px: f64,
    theme: &Theme,
    shapes: &mut Vec<Shape>,
) -> f64 {
    let line = size_px * LINE_HEIGHT + 4.0;
    let swatch = size_px;
    let (mut x, mut y) = (left, top);
    for (mark, words) in entries {
        let lines = wrap(words, right - left - swatch - 6.0, size_px, false);
        let widest = lines
            .iter()
            .map(|text| text_width_px(text, size_px, false))
            .fold(0.0, f64::max);
        let width = swatch + 6.0 + widest;
        if x > left && (x + width > right || lines.len() > 1) {
            x = left;
            y += line;
        }
        let middle = y + size_px * LINE_HEIGHT / 2.0;
        let placed = place_swatch(mark, x, middle, swatch);
        // An outline-only box stands for a bound: hatch it as the bars are.
        if let Shape::Rect {
            area,
            fill: None,
            stroke: Some((color, _)),
        } = placed
        {
            hatch(area, 4.0, color, shapes);
        } else {
            shapes.push(placed);
        }
        let font = Font::regular(size_px, theme.text);
        let count = lines.len();
        for (index, text) in lines.into_iter().enumerate() {
            let text_y = y + index as f64 * size_px * LINE_HEIGHT;
            push_text(
                shapes,
                Label::new(text, x + swatch + 6.0, text_y, font, Align::Left),
            );
        }
        if count > 1 {
            // The next entry starts on a line of its own, below this one's last line.
            x = right;
            y += (count - 1) as f64 * size_px * LINE_HEIGHT;
        } else {
            x += width + 14.0;
        }
    }
    y + line
}

/// Moves a swatch shape drawn around (0, 0) to `(x, middle)`.
fn place_swatch(mark: &Shape, x: f64, middle: f64, size: f64) -> Shape {
    match mark.clone() {
        Shape::Rect { fill, stroke, .. } => Shape::Rect {
            area: BoxPx {
                left: x,
                top: middle - size / 2.0,
                right: x + size,
                bottom: middle + size / 2.0,
            },
            fill,
            stroke,
        },
        Shape::Path {
            color,
            width_px,
            dash,
            ..
        } => Shape::Path {
            points: vec![(x, middle), (x + size, middle)],
            color,
            width_px,
            dash,
        },
        Shape::Circle {
            radius_px,
            fill,
            stroke,
            ..
        } => Shape::Circle {
            center: (x + size / 2.0, middle),
            radius_px,
            fill,
            stroke,
        },
        other => other,
    }
}
