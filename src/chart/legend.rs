//! Legends: swatches and their words laid out left to right, wrapping, above a chart.

use super::caption::wrap;
use super::hatch::hatch;
use super::LINE_HEIGHT;
use super::{push_text, text_width_px, Align, BoxPx, Font, Label, Rgba, Shape, Theme};
use crate::model::Qualifier;

/// What stands before a legend entry's words.
#[derive(Clone, Debug)]
pub(crate) enum Swatch {
    /// A box, line or dot, drawn around (0, 0) and moved into place.
    Mark(Shape),
    /// A bar's look for a figure with this qualifier, as the bars draw it: hatched for
    /// "at most", solid then hatched for "at least", solid with a finely hatched end for
    /// "about", so that the three never look alike.
    Bar(Qualifier, Rgba),
}

/// A filled box swatch.
pub(crate) fn box_swatch(fill: Option<Rgba>, stroke: Option<(Rgba, f64)>) -> Swatch {
    Swatch::Mark(Shape::Rect {
        area: BoxPx {
            left: 0.0,
            top: 0.0,
            right: 0.0,
            bottom: 0.0,
        },
        fill,
        stroke,
    })
}

/// A line swatch `width_px` thick, dashed when `dash` is given.
pub(crate) fn line_swatch(color: Rgba, width_px: f64, dash: Option<(f64, f64)>) -> Swatch {
    Swatch::Mark(Shape::Path {
        points: vec![],
        color,
        width_px,
        dash,
    })
}

/// A dot swatch, hollow when `fill` is `None`.
pub(crate) fn dot_swatch(
    radius_px: f64,
    fill: Option<Rgba>,
    stroke: Option<(Rgba, f64)>,
) -> Swatch {
    Swatch::Mark(Shape::Circle {
        center: (0.0, 0.0),
        radius_px,
        fill,
        stroke,
    })
}

/// Draws a [`Swatch::Bar`] in `area`.
fn bar_swatch(qualifier: Qualifier, color: Rgba, area: BoxPx, shapes: &mut Vec<Shape>) {
    // The part drawn solid, then the hatched rest and its spacing.
    let (solid, spacing) = match qualifier {
        Qualifier::LessThan => (0.0, 4.0),
        Qualifier::MoreThan => (0.5, 4.0),
        Qualifier::Approximate => (0.6, 2.5),
        Qualifier::Exact => (1.0, 4.0),
    };
    let split = area.left + (area.right - area.left) * solid;
    if solid > 0.0 {
        shapes.push(Shape::Rect {
            area: BoxPx {
                right: split,
                ..area
            },
            fill: Some(color),
            stroke: None,
        });
    }
    hatch(
        BoxPx {
            left: split,
            ..area
        },
        spacing,
        color,
        shapes,
    );
}

/// Lays out legend entries left to right, wrapping; an entry too long for a line wraps
/// its words onto extra lines beside its swatch, never cut. Returns the y below the legend.
pub(crate) fn legend(
    entries: &[(Swatch, String)],
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
        match mark {
            Swatch::Mark(shape) => shapes.push(place_swatch(shape, x, middle, swatch)),
            Swatch::Bar(qualifier, color) => {
                let area = BoxPx {
                    left: x,
                    top: middle - swatch / 2.0,
                    right: x + swatch,
                    bottom: middle + swatch / 2.0,
                };
                bar_swatch(*qualifier, *color, area, shapes);
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The three bounds' swatches never look alike: each draws other shapes.
    #[test]
    fn each_qualifier_has_its_own_swatch() {
        let area = BoxPx {
            left: 0.0,
            top: 0.0,
            right: 12.0,
            bottom: 12.0,
        };
        let looks: Vec<Vec<Shape>> = [
            Qualifier::LessThan,
            Qualifier::MoreThan,
            Qualifier::Approximate,
        ]
        .into_iter()
        .map(|qualifier| {
            let mut shapes = Vec::new();
            bar_swatch(qualifier, Rgba::hex(0x0072b2), area, &mut shapes);
            shapes
        })
        .collect();
        assert_ne!(looks[0], looks[1]);
        assert_ne!(looks[0], looks[2]);
        assert_ne!(looks[1], looks[2]);
        // "At most" is hatched only; the others start solid.
        assert!(looks[0]
            .iter()
            .all(|shape| !matches!(shape, Shape::Rect { .. })));
        assert!(looks[1]
            .iter()
            .any(|shape| matches!(shape, Shape::Rect { .. })));
    }
}
