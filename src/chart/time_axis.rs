//! The timeline's x axis: days mapped to CSS pixels (the projection period widened so it
//! can be read), and the month ticks along it.

use super::timeline::{Metrics, Plot};
use super::{text_width_px, Align, BoxPx, Font, Label, Shape, Theme};
use crate::date::Date;
use crate::view::TimelineView;

/// Month strides the x axis may use, shortest first.
const MONTH_STRIDES: [i32; 8] = [1, 2, 3, 4, 6, 12, 24, 60];

fn month_index(date: Date) -> i32 {
    let (year, month, _) = date.ymd();
    year * 12 + month as i32 - 1
}

/// The plot's horizontal scale: days from `start` to x in CSS pixels.
pub(super) struct Days {
    /// Left edge of the plot, where `start` is.
    pub(super) left: f64,
    /// Right edge of the plot.
    pub(super) right: f64,
    /// The first day shown.
    pub(super) start: Date,
    /// Days shown, at least 1.
    pub(super) span: f64,
    /// The as-of date and its x: days before it and after it may have different scales,
    /// so that a scenario's projection gets enough width to be read.
    pub(super) split: (Date, f64),
}

/// The least share of the plot's width the projection period gets.
const PROJECTION_MIN_SHARE: f64 = 0.35;

impl Days {
    /// The plot's days, with the period after `as_of` widened to [`PROJECTION_MIN_SHARE`]
    /// of the width when it holds a projection and would otherwise be narrower.
    pub(super) fn new(left: f64, right: f64, view: &TimelineView) -> Days {
        let span = f64::from(view.end.days_since(view.start)).max(1.0);
        // max and min, not clamp: clamp with a bound known only at run time brings float
        // formatting into the wasm for its panic message.
        let after = f64::from(view.end.days_since(view.as_of))
            .max(0.0)
            .min(span);
        let natural = after / span;
        let projected = view.series.iter().any(|s| s.projection.is_some());
        let share = if projected && after > 0.0 && span > after {
            natural.max(PROJECTION_MIN_SHARE)
        } else {
            natural
        };
        Days {
            left,
            right,
            start: view.start,
            span,
            split: (view.as_of, right - share * (right - left)),
        }
    }

    pub(super) fn x_of(&self, date: Date) -> f64 {
        let (as_of, split_x) = self.split;
        let before = f64::from(as_of.days_since(self.start)).max(0.0);
        let after = (self.span - before).max(0.0);
        let days = f64::from(date.days_since(self.start));
        if days <= before && before > 0.0 {
            self.left + days / before * (split_x - self.left)
        } else if after > 0.0 {
            split_x + (days - before) / after * (self.right - split_x)
        } else {
            self.left + days / self.span * (self.right - self.left)
        }
    }

    /// CSS pixels per month in the narrower of the two periods, for spacing month ticks.
    fn narrowest_month_px(&self) -> f64 {
        let (as_of, split_x) = self.split;
        let before = f64::from(as_of.days_since(self.start)).max(0.0);
        let after = (self.span - before).max(0.0);
        let per_day = |days: f64, width: f64| {
            if days > 0.0 {
                width / days
            } else {
                f64::INFINITY
            }
        };
        let fewest = per_day(before, split_x - self.left).min(per_day(after, self.right - split_x));
        if fewest.is_finite() {
            fewest * 30.44
        } else {
            (self.right - self.left) / (self.span / 30.44)
        }
    }
}

/// The x axis with as many month ticks as fit, none past `right`; returns the y of the
/// tick labels.
pub(super) fn month_axis(
    view: &TimelineView,
    m: &Metrics,
    theme: &Theme,
    plot: &Plot,
    right: f64,
    shapes: &mut Vec<Shape>,
) -> f64 {
    let (plot_left, plot_right) = (plot.days.left, plot.days.right);
    let per_month = plot.days.narrowest_month_px();
    let widest = view
        .month_ticks
        .iter()
        .map(|(_, words)| text_width_px(words, m.small_px, false))
        .fold(0.0, f64::max);
    let stride = MONTH_STRIDES
        .into_iter()
        .find(|&stride| f64::from(stride) * per_month >= widest + 10.0)
        .unwrap_or(120);
    let axis_y = plot.bottom + 6.0;
    shapes.push(Shape::Path {
        points: vec![(plot_left, plot.bottom), (plot_right, plot.bottom)],
        color: theme.muted,
        width_px: 1.0,
        dash: None,
    });
    let mut previous_tick: Option<BoxPx> = None;
    for (date, words) in &view.month_ticks {
        if month_index(*date).rem_euclid(stride) != 0 {
            continue;
        }
        let x = plot.days.x_of(*date);
        let half = text_width_px(words, m.small_px, false) / 2.0;
        // Month labels stay right of the y tick labels.
        let (x, align) = if x - half < plot_left {
            (plot_left, Align::Left)
        } else if x + half > right {
            (right, Align::Right)
        } else {
            (x, Align::Center)
        };
        let font = Font::regular(m.small_px, theme.muted);
        let label = Label::new(words.clone(), x, axis_y, font, align);
        // A label pushed inward at either end may meet its neighbour: drop it then.
        let mut spaced = label.bounds();
        spaced.left -= 6.0;
        spaced.right += 6.0;
        if previous_tick.is_none_or(|previous: BoxPx| !previous.overlaps(&spaced)) {
            previous_tick = Some(label.bounds());
            shapes.push(Shape::Text(label));
        }
    }
    axis_y
}
