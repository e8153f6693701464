//! Hatching: the diagonal lines that mark a figure known only as a bound, in bars and
//! legend swatches alike.

use super::{BoxPx, Rgba, Shape};

/// Diagonal hatching inside a box: the look of a figure that is only a bound.
pub(crate) fn hatch(area: BoxPx, spacing: f64, color: Rgba, shapes: &mut Vec<Shape>) {
    let height = area.bottom - area.top;
    if height <= 0.0 || area.right <= area.left {
        return;
    }
    // One polyline rather than one path per stroke (each path is several calls into the
    // canvas): it runs up one diagonal, along the box's edge to the next, down that one,
    // and so on, so the connecting pieces only trace the box's outline.
    let mut points = Vec::new();
    let mut start = area.left - height;
    let mut upward = true;
    while start < area.right {
        // The diagonal from (start, bottom) to (start + height, top), clipped to the box.
        let from = ((area.left - start) / height).max(0.0);
        let to = ((area.right - start) / height).min(1.0);
        if to > from {
            let low = (start + from * height, area.bottom - from * height);
            let high = (start + to * height, area.bottom - to * height);
            if upward {
                points.extend([low, high]);
            } else {
                points.extend([high, low]);
            }
            upward = !upward;
        }
        start += spacing;
    }
    if points.len() > 1 {
        shapes.push(Shape::Path {
            points,
            color,
            width_px: 1.5,
            dash: None,
        });
    }
}
