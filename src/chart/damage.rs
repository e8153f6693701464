//! What of a canvas to draw again when its chart changes: a slider moves one bar and one
//! projection, so the rest of the picture can stay as it is.
//!
//! The rule that keeps a partial redraw identical to a full one: shapes are compared in
//! drawing order; the shapes before the first difference and after the last are the same
//! in both scenes, in the same order, so every pixel that can differ lies under a shape
//! between them, old or new. The region is the union of those shapes' boxes, widened for
//! anti-aliasing and for real fonts; the page clears it (clipped to it) and draws again, in
//! order, every shape of the new scene that touches it.

use super::{BoxPx, Scene, Shape};

/// What to draw again on a canvas that shows `old` to make it show `new`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Redraw {
    /// The scenes are the same: leave the canvas as it is.
    Nothing,
    /// The whole canvas.
    Whole,
    /// Only this box, in CSS pixels; outside it the two scenes draw the same pixels.
    Region(BoxPx),
}

/// Device pixels a shape's drawing may reach past its box: anti-aliasing (one), the
/// rounding of coordinates to device pixels (a half), the region's snapping outward to
/// whole device pixels (one), and a half to spare.
const SLACK_DEVICE_PX: f64 = 3.0;

/// CSS pixels added around each shape's box, at a pixel ratio: never under 2, and more
/// when the page is zoomed out (a ratio under 1 makes each device pixel larger).
fn margin_px(pixel_ratio: f64) -> f64 {
    let ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio
    } else {
        1.0
    };
    (SLACK_DEVICE_PX / ratio).max(2.0)
}

/// Whether a shape's drawing may reach into `region` at this pixel ratio, and so must be
/// drawn again there.
pub(crate) fn touches(shape: &Shape, region: &BoxPx, pixel_ratio: f64) -> bool {
    widen(shape.bounds(), margin_px(pixel_ratio)).overlaps(region)
}

/// Above this share of the canvas's area, the whole canvas is drawn again (one clear, no
/// clipping, and no shape skipped that would mostly be drawn anyway).
const WHOLE_ABOVE: f64 = 0.6;

/// What changed between two laid-out charts drawn at `pixel_ratio`, as the smallest
/// region worth drawing again.
pub fn redraw(old: &Scene, new: &Scene, pixel_ratio: f64) -> Redraw {
    let margin = margin_px(pixel_ratio);
    if old.width_px != new.width_px
        || old.height_px != new.height_px
        || old.background != new.background
    {
        return Redraw::Whole;
    }
    let (old_shapes, new_shapes) = (&old.shapes, &new.shapes);
    let same_before = old_shapes
        .iter()
        .zip(new_shapes)
        .take_while(|(a, b)| a == b)
        .count();
    if same_before == old_shapes.len() && same_before == new_shapes.len() {
        return Redraw::Nothing;
    }
    let same_after = old_shapes[same_before..]
        .iter()
        .rev()
        .zip(new_shapes[same_before..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let changed = old_shapes[same_before..old_shapes.len() - same_after]
        .iter()
        .chain(&new_shapes[same_before..new_shapes.len() - same_after]);
    let canvas = BoxPx {
        left: 0.0,
        top: 0.0,
        right: new.width_px,
        bottom: new.height_px,
    };
    let Some(mut region) = changed
        .map(|shape| widen(shape.bounds(), margin))
        .reduce(union)
        .and_then(|region| clip(region, &canvas))
    else {
        // Only shapes wholly outside the canvas changed: nothing visible did.
        return Redraw::Nothing;
    };
    // A curve or a slanted line cut by the clip is smoothed a little differently than when
    // drawn whole (Chromium's rasteriser): take in whole every such shape the region
    // touches. Rectangles, straight horizontal or vertical lines and text may be cut.
    loop {
        let grown = new_shapes
            .iter()
            .filter(|shape| !shape.cuts_cleanly())
            .map(|shape| widen(shape.bounds(), margin))
            .filter(|bounds| bounds.overlaps(&region))
            .fold(region, union);
        let grown = clip(grown, &canvas).unwrap_or(grown);
        if grown == region {
            break;
        }
        region = grown;
    }
    if area(&region) > WHOLE_ABOVE * area(&canvas) {
        Redraw::Whole
    } else {
        Redraw::Region(region)
    }
}

impl Shape {
    /// Whether a clip cutting the shape leaves the rest of it as a whole drawing would:
    /// rectangles, horizontal or vertical lines, and text (glyphs are drawn from
    /// ready-made masks), but not curves and slanted lines.
    fn cuts_cleanly(&self) -> bool {
        match self {
            Shape::Rect { .. } | Shape::Text(_) => true,
            Shape::Path { points, .. } => points
                .windows(2)
                .all(|pair| pair[0].0 == pair[1].0 || pair[0].1 == pair[1].1),
            Shape::Circle { .. } => false,
        }
    }

    /// The box the shape's pixels lie in, in CSS pixels, strokes and real fonts included.
    pub fn bounds(&self) -> BoxPx {
        match self {
            Shape::Rect { area, stroke, .. } => {
                // A stroke's square corner reaches √2 half-widths past the corner point.
                widen(*area, stroke.map_or(0.0, |(_, width)| width))
            }
            Shape::Path {
                points, width_px, ..
            } => {
                let boxes = points.iter().map(|&(x, y)| BoxPx {
                    left: x,
                    top: y,
                    right: x,
                    bottom: y,
                });
                let empty = BoxPx {
                    left: 0.0,
                    top: 0.0,
                    right: 0.0,
                    bottom: 0.0,
                };
                // Canvas joins are mitred up to ten line widths long: half of that
                // reaches past a corner.
                widen(boxes.reduce(union).unwrap_or(empty), width_px * 5.0)
            }
            Shape::Circle {
                center,
                radius_px,
                stroke,
                ..
            } => {
                let reach = radius_px + stroke.map_or(0.0, |(_, width)| width);
                BoxPx {
                    left: center.0 - reach,
                    top: center.1 - reach,
                    right: center.0 + reach,
                    bottom: center.1 + reach,
                }
            }
            Shape::Text(label) => {
                // The layout's metrics are Arial's; a reader's fallback font may set the
                // same words wider. The margin is for that font, not the layout. Glyphs
                // stay inside the line box (1.25 em for faces about 1.15 em tall).
                let measured = label.bounds();
                let slack = (measured.right - measured.left) * 0.25 + label.size_px;
                BoxPx {
                    left: measured.left - slack,
                    right: measured.right + slack,
                    ..measured
                }
            }
        }
    }
}

/// A region in device pixels, whole pixels that cover it: `(x, y, width, height)` for the
/// canvas's clip and clear at `pixel_ratio` device pixels per CSS pixel.
pub fn device_rect(region: &BoxPx, pixel_ratio: f64) -> (f64, f64, f64, f64) {
    let left = (region.left * pixel_ratio).floor();
    let top = (region.top * pixel_ratio).floor();
    let right = (region.right * pixel_ratio).ceil();
    let bottom = (region.bottom * pixel_ratio).ceil();
    (left, top, right - left, bottom - top)
}

fn widen(b: BoxPx, by: f64) -> BoxPx {
    BoxPx {
        left: b.left - by,
        top: b.top - by,
        right: b.right + by,
        bottom: b.bottom + by,
    }
}

fn union(a: BoxPx, b: BoxPx) -> BoxPx {
    BoxPx {
        left: a.left.min(b.left),
        top: a.top.min(b.top),
        right: a.right.max(b.right),
        bottom: a.bottom.max(b.bottom),
    }
}

/// The part of `region` inside `canvas`, if any.
fn clip(region: BoxPx, canvas: &BoxPx) -> Option<BoxPx> {
    let inside = BoxPx {
        left: region.left.max(canvas.left),
        top: region.top.max(canvas.top),
        right: region.right.min(canvas.right),
        bottom: region.bottom.min(canvas.bottom),
    };
    (inside.left < inside.right && inside.top < inside.bottom).then_some(inside)
}

fn area(b: &BoxPx) -> f64 {
    (b.right - b.left) * (b.bottom - b.top)
}
