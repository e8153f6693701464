//! Where a timeline's figures go, a series' latest figure or a projection's end figure:
//! beside its point, clear of every line, projection, mark and arrow the series drew, and
//! of the figures already placed.

use super::timeline::Plot;
use super::{Align, BoxPx, Label, Shape};

/// How far a text's background patch (2 px each side) and half a line's width reach left
/// and right of it.
const PATCH: f64 = 3.5;

/// Where a figure goes, `size` (width, height) wide, beside the last point `(x, at)` of the
/// line `points` it ends (a series' line, or a projection):
///
/// 1. left of the point, above the line coming in when it rises or runs flat into the
///    point, below it when it falls (so that the figure never hides the line's last
///    stretch), or the other way where the plot has no room; centred on the point when the
///    series has no line;
/// 2. the same a line further from the point, or nearer;
/// 3. right of the point, centred on it, then a line above or below, where the plot has
///    room on the right.
///
/// The first of these whose text, and the background patch under it, hides nothing of
/// `drawn` (the series' lines, projections, marks and arrows), nor the 100 % line, nor a
/// figure of `taken`; else the first that hides only part of a mark.
/// Where none is clear, the first place, or right of the point where the plot has no room
/// on the left: the figure is then kept apart from the others by the caller. Returns the
/// text's anchor, alignment and top, and whether that place is clear.
pub(super) fn end_label_place(
    points: &[(f64, f64)],
    (x, at): (f64, f64),
    (width, height): (f64, f64),
    plot: &Plot,
    (drawn, taken): (&[Shape], &[Label]),
) -> ((f64, Align, f64), bool) {
    let fits = |y: f64| y >= plot.top && y + height <= plot.bottom;
    let inside = |y: f64| y.max(plot.top).min(plot.bottom - height);
    let (from, to) = (x - 10.0 - width, x - 10.0);
    // The 100 % line, drawn under the series.
    let pledge = plot.y_of(1.0);
    // At most two places on the left and three on the right, and four a line away.
    let mut places = [(0.0, Align::Left, 0.0); 9];
    let mut count = 0;
    if from >= plot.days.left {
        match points.len().checked_sub(2).and_then(|i| points.get(i)) {
            None => {
                places[0] = (to, Align::Right, inside(at - height / 2.0));
                count = 1;
            }
            Some(&(_, previous)) => {
                // The line's highest and lowest over the figure's width and its patch's,
                // the last point included.
                let (mut top, mut bottom) = (at, at);
                for pair in points.windows(2) {
                    let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
                    let (a, b) = (x0.max(from - PATCH), x1.min(to + PATCH));
                    if a > b || x1 <= x0 {
                        continue;
                    }
                    for edge in [a, b] {
                        let y = y0 + (y1 - y0) * (edge - x0) / (x1 - x0);
                        top = top.min(y);
                        bottom = bottom.max(y);
                    }
                }
                let (above, below) = (top - 3.0 - height, bottom + 3.0);
                let sides = if previous >= at {
                    [above, below]
                } else {
                    [below, above]
                };
                for y in sides {
                    if fits(y) {
                        places[count] = (to, Align::Right, y);
                        count += 1;
                    }
                }
            }
        }
    }
    let right = (x + 10.0, Align::Left, inside(at - height / 2.0));
    let fallback = if count > 0 { places[0] } else { right };
    let step = height + 2.0;
    let left = count;
    for i in 0..left {
        let (x, align, y) = places[i];
        let away = if y + height / 2.0 < at { -step } else { step };
        for y in [y + away, y - away] {
            if fits(y) {
                places[count] = (x, align, y);
                count += 1;
            }
        }
    }
    if x + 10.0 + width <= plot.days.right {
        for y in [right.2, right.2 - step, right.2 + step] {
            if fits(y) {
                places[count] = (right.0, Align::Left, y);
                count += 1;
            }
        }
    }
    // Clear of everything; else hiding no more than a mark's edge (two lines a few pixels
    // apart leave no room for the text between them).
    let clear = |&(x, align, top): &(f64, Align, f64), marks: bool| {
        let left = if align == Align::Left { x } else { x - width };
        // The text's background patch and half a line's width around it.
        let text = BoxPx {
            left: left - PATCH,
            top: top - 1.5,
            right: left + width + PATCH,
            bottom: top + height + 1.5,
        };
        !taken.iter().any(|other| other.bounds().overlaps(&text))
            && !(drawn.iter()).any(|shape| hides(&text, shape, marks))
            && !crosses(&text, (plot.days.left, pledge), (plot.days.right, pledge))
    };
    let places = &places[..count];
    (places.iter().find(|place| clear(place, true)))
        .or_else(|| places.iter().find(|place| clear(place, false)))
        .map_or((fallback, false), |&place| (place, true))
}

/// Whether a text over `area` would hide part of `shape`: of a line, or of a mark too.
fn hides(area: &BoxPx, shape: &Shape, marks: bool) -> bool {
    match shape {
        Shape::Path { points, .. } => points.windows(2).any(|p| crosses(area, p[0], p[1])),
        Shape::Text(_) => false,
        // A mark: a dot with its ring, or a square.
        _ => marks && area.overlaps(&shape.bounds()),
    }
}

/// Whether the segment from `p` to `q` passes inside `area` (Liang and Barsky's clipping).
fn crosses(area: &BoxPx, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> bool {
    let (dx, dy) = (x1 - x0, y1 - y0);
    let (mut enter, mut leave) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, x0 - area.left),
        (dx, area.right - x0),
        (-dy, y0 - area.top),
        (dy, area.bottom - y0),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else if p < 0.0 {
            enter = enter.max(q / p);
        } else {
            leave = leave.min(q / p);
        }
    }
    enter < leave
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_crosses_a_box_only_through_it() {
        let area = BoxPx {
            left: 10.0,
            top: 10.0,
            right: 20.0,
            bottom: 20.0,
        };
        // Through, diagonal, vertical and horizontal; from inside; a point inside.
        assert!(crosses(&area, (0.0, 0.0), (30.0, 30.0)));
        assert!(crosses(&area, (15.0, 0.0), (15.0, 30.0)));
        assert!(crosses(&area, (0.0, 15.0), (30.0, 15.0)));
        assert!(crosses(&area, (15.0, 15.0), (40.0, 0.0)));
        assert!(crosses(&area, (12.0, 12.0), (12.0, 12.0)));
        // Beside, short of it, past a corner, and a point outside.
        assert!(!crosses(&area, (0.0, 25.0), (30.0, 25.0)));
        assert!(!crosses(&area, (0.0, 15.0), (9.0, 15.0)));
        assert!(!crosses(&area, (0.0, 15.0), (15.0, 0.0)));
        assert!(!crosses(&area, (5.0, 5.0), (5.0, 5.0)));
    }
}
