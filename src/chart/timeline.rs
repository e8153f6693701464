//! The timeline: cumulative delivery over time as a share of the pledge, the pledge line,
//! dated events, the as-of date and the scenario's projection up to the deadline.

use super::legend::{dot_swatch, legend, line_swatch, Swatch};
use super::time_axis::{month_axis, Days};
use super::{
    fit_text, is_narrow, text_width_px, Align, BoxPx, Font, Label, Rgba, Scene, Shape, Theme,
    LINE_HEIGHT,
};
use crate::model::Qualifier;
use crate::view::{TimelinePoint, TimelineSeries, TimelineView};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

pub(super) struct Metrics {
    pub(super) pad: f64,
    pub(super) small_px: f64,
    pub(super) label_px: f64,
    pub(super) plot_height: f64,
}

impl Metrics {
    /// Sizes at a width, with font sizes at the theme's text scale.
    fn for_width(width_px: f64, theme: &Theme) -> Metrics {
        let metrics = Metrics::designed(width_px);
        Metrics {
            small_px: theme.text_px(metrics.small_px),
            label_px: theme.text_px(metrics.label_px),
            // Taller with larger text, so the latest figures still fit beside each other.
            plot_height: theme.text_px(metrics.plot_height),
            ..metrics
        }
    }

    /// Sizes at a width at the browser's default text size.
    fn designed(width_px: f64) -> Metrics {
        if is_narrow(width_px) {
            Metrics {
                pad: 8.0,
                small_px: 12.0,
                label_px: 13.0,
                plot_height: 170.0,
            }
        } else {
            Metrics {
                pad: 12.0,
                small_px: 13.0,
                label_px: 14.0,
                plot_height: 240.0,
            }
        }
    }
}

/// The plot area: days across, shares of the pledge up.
pub(super) struct Plot {
    pub(super) days: Days,
    /// Top of the plot, where `y_max` is.
    pub(super) top: f64,
    /// Bottom of the plot, where the share is 0.
    pub(super) bottom: f64,
    /// The share of the pledge at the top.
    pub(super) y_max: f64,
}

impl Plot {
    pub(super) fn y_of(&self, share: f64) -> f64 {
        self.bottom - (share / self.y_max).clamp(0.0, 1.0) * (self.bottom - self.top)
    }
}

/// An event's label (or the as-of date's, in bold) placed in rows above the plot: one
/// line per row, wrapped rather than cut when the name is long or the text large.
struct Marker {
    lines: Vec<Label>,
    /// The first line's row, counted from the top.
    row: usize,
    /// The day's x.
    x: f64,
    approximate: bool,
    as_of: bool,
}

/// Lays out the timeline at a width in CSS pixels; the height follows from the content.
pub fn layout_timeline(view: &TimelineView, width_px: f64, theme: &Theme) -> Scene {
    let m = Metrics::for_width(width_px, theme);
    let mut shapes = Vec::new();
    let (left, right) = (m.pad, width_px - m.pad);
    let mut y = m.pad;

    if let Some(note) = &view.illustrative {
        // The warning is never cut: it wraps.
        let font = Font::bold(m.label_px, theme.warning);
        for line in super::caption::wrap(note, right - left, m.label_px, true) {
            shapes.push(Shape::Text(Label::new(line, left, y, font, Align::Left)));
            y += m.label_px * LINE_HEIGHT;
        }
        y += 6.0;
    }
    let entries = legend_entries(view, theme);
    y = legend(&entries, left, right, y, m.small_px, theme, &mut shapes) + 4.0;

    // The plot's horizontal extent: room on the left for the y tick labels.
    let y_label_width = view
        .y_ticks
        .iter()
        .map(|(_, words)| text_width_px(words, m.small_px, false))
        .fold(0.0, f64::max);
    let days = Days::new(left + y_label_width + 6.0, right - 6.0, view);
    let (markers, rows) = place_markers(view, &m, theme, &days, (left, right));
    let rows_top = y;
    let row_height = m.small_px * LINE_HEIGHT + 2.0;
    // Room for half a y tick label above the plot, at any text size.
    let top = rows_top + rows as f64 * row_height + 8.0 * theme.text_scale;
    let plot = Plot {
        days,
        top,
        bottom: top + m.plot_height,
        y_max: view.y_max,
    };
    grid(view, &m, theme, &plot, &mut shapes);
    draw_markers(markers, rows_top, row_height, &m, theme, &plot, &mut shapes);
    draw_series(view, &m, theme, &plot, &mut shapes);
    let axis_y = month_axis(view, &m, theme, &plot, right, &mut shapes);
    let height = axis_y + m.small_px * LINE_HEIGHT + m.pad;
    Scene {
        width_px,
        height_px: height.ceil(),
        background: theme.background,
        shapes,
    }
}

/// Legend: one entry per series with its latest figure, then the line styles.
fn legend_entries(view: &TimelineView, theme: &Theme) -> Vec<(Swatch, String)> {
    let mut entries: Vec<(Swatch, String)> = view
        .series
        .iter()
        .enumerate()
        .map(|(position, series)| {
            (
                dot_swatch(5.0, Some(theme.series_color(position)), None),
                format!("{} {}", series.label, series.end_label),
            )
        })
        .collect();
    entries.push((
        line_swatch(theme.text, 2.5, None),
        view.pledge_label.clone(),
    ));
    if view.series.iter().any(|s| s.projection.is_some()) {
        entries.push((
            line_swatch(theme.text, 2.0, Some((5.0, 4.0))),
            view.projection_label.clone(),
        ));
    }
    if view.events.iter().any(|e| e.approximate) {
        entries.push((
            dot_swatch(4.0, None, Some((theme.muted, 1.5))),
            view.approximate_label.clone(),
        ));
    }
    entries
}

/// Event labels (and the as-of date, in bold) packed into rows so none overlaps, between
/// `bounds` (left, right); returns them with the number of rows used.
fn place_markers(
    view: &TimelineView,
    m: &Metrics,
    theme: &Theme,
    days: &Days,
    bounds: (f64, f64),
) -> (Vec<Marker>, usize) {
    let (left, right) = bounds;
    // (x, text, bold, approximate, as-of), in x order.
    let mut wanted: Vec<(f64, &str, bool, bool, bool)> = view
        .events
        .iter()
        .map(|e| {
            (
                days.x_of(e.date),
                e.label.as_str(),
                false,
                e.approximate,
                false,
            )
        })
        .collect();
    wanted.push((days.x_of(view.as_of), &view.as_of_label, true, false, true));
    crate::sort::sort_by_key(&mut wanted, |label| label.0);
    // Larger text may take more of the width, so it is not cut sooner than at 100 %.
    let max_label = (right - left) * (0.62 * theme.text_scale).min(1.0);
    let mut rows: Vec<Vec<BoxPx>> = Vec::new();
    let mut placed = Vec::new();
    for (x, text, bold, approximate, as_of) in wanted {
        let lines = super::caption::wrap(text, max_label, m.small_px, bold);
        let width = lines
            .iter()
            .map(|line| text_width_px(line, m.small_px, bold))
            .fold(0.0, f64::max);
        let label_left = (x - 3.0).min(right - width).max(left);
        let span_box = |row: usize| BoxPx {
            left: label_left - 4.0,
            top: row as f64,
            right: label_left + width + 4.0,
            bottom: row as f64 + 0.5,
        };
        // The first row from which every line of the label finds its row free.
        let free = |row: usize| {
            rows.get(row)
                .is_none_or(|boxes: &Vec<BoxPx>| boxes.iter().all(|b| !b.overlaps(&span_box(row))))
        };
        let row = (0..)
            .find(|&row| (row..row + lines.len()).all(free))
            .unwrap_or(0);
        if rows.len() < row + lines.len() {
            rows.resize(row + lines.len(), Vec::new());
        }
        for (taken, boxes) in rows.iter_mut().enumerate().skip(row).take(lines.len()) {
            boxes.push(span_box(taken));
        }
        let color = if as_of { theme.text } else { theme.muted };
        let font = Font {
            size_px: m.small_px,
            bold,
            color,
        };
        placed.push(Marker {
            lines: lines
                .into_iter()
                .map(|line| Label::new(line, label_left, 0.0, font, Align::Left))
                .collect(),
            row,
            x,
            approximate,
            as_of,
        });
    }
    (placed, rows.len())
}

/// Grid lines with their y tick labels (thinned on short plots), then the pledge line.
fn grid(view: &TimelineView, m: &Metrics, theme: &Theme, plot: &Plot, shapes: &mut Vec<Shape>) {
    let (plot_left, plot_right) = (plot.days.left, plot.days.right);
    let y_stride = if m.plot_height < 200.0 && view.y_ticks.len() > 3 {
        2
    } else {
        1
    };
    for (position, (share, words)) in view.y_ticks.iter().enumerate() {
        if position % y_stride != 0 {
            continue;
        }
        let at = plot.y_of(*share);
        shapes.push(Shape::Path {
            points: vec![(plot_left, at), (plot_right, at)],
            color: theme.grid,
            width_px: 1.0,
            dash: None,
        });
        let y = at - m.small_px * LINE_HEIGHT / 2.0;
        let font = Font::regular(m.small_px, theme.muted);
        let label = Label::new(words.clone(), plot_left - 6.0, y, font, Align::Right);
        shapes.push(Shape::Text(label));
    }
    // The pledge.
    shapes.push(Shape::Path {
        points: vec![(plot_left, plot.y_of(1.0)), (plot_right, plot.y_of(1.0))],
        color: theme.text,
        width_px: 2.5,
        dash: None,
    });
}

/// Markers: a leader from each label down through the plot, then the labels. Leaders are
/// drawn first and labels on a background patch, so a leader passing behind a lower label
/// never crosses its text.
fn draw_markers(
    markers: Vec<Marker>,
    rows_top: f64,
    row_height: f64,
    m: &Metrics,
    theme: &Theme,
    plot: &Plot,
    shapes: &mut Vec<Shape>,
) {
    for marker in &markers {
        let last_row = marker.row + marker.lines.len().saturating_sub(1);
        let label_bottom = rows_top + last_row as f64 * row_height + m.small_px * LINE_HEIGHT;
        shapes.push(Shape::Path {
            points: vec![(marker.x, label_bottom), (marker.x, plot.top)],
            color: theme.grid,
            width_px: 1.0,
            dash: None,
        });
    }
    for marker in markers {
        let Marker {
            mut lines, row, x, ..
        } = marker;
        for (line, label) in lines.iter_mut().enumerate() {
            label.y = rows_top + (row + line) as f64 * row_height;
            shapes.push(patch_behind(label, theme));
        }
        if marker.as_of {
            shapes.push(Shape::Path {
                points: vec![(x, plot.top), (x, plot.bottom)],
                color: theme.text,
                width_px: 1.5,
                dash: None,
            });
        } else {
            // A plain thin line: a dashed one costs dozens of canvas strokes per redraw.
            shapes.push(Shape::Path {
                points: vec![(x, plot.top), (x, plot.bottom)],
                color: theme.grid,
                width_px: 1.0,
                dash: None,
            });
            let (fill, stroke) = if marker.approximate {
                (None, Some((theme.muted, 1.5)))
            } else {
                (Some(theme.muted), None)
            };
            shapes.push(Shape::Circle {
                center: (x, plot.bottom),
                radius_px: 4.0,
                fill,
                stroke,
            });
        }
        shapes.extend(lines.into_iter().map(Shape::Text));
    }
}

/// Series, projections and their latest figures, kept apart.
fn draw_series(
    view: &TimelineView,
    m: &Metrics,
    theme: &Theme,
    plot: &Plot,
    shapes: &mut Vec<Shape>,
) {
    let mut value_labels: Vec<Label> = Vec::new();
    let at = |p: &TimelinePoint| (plot.days.x_of(p.date), plot.y_of(p.share));
    // First every series' line, projection and marks.
    let drawn = shapes.len();
    for (position, series) in view.series.iter().enumerate() {
        let color = theme.series_color(position);
        let points: Vec<(f64, f64)> = series.points.iter().map(at).collect();
        if points.len() > 1 {
            shapes.push(Shape::Path {
                points: points.clone(),
                color,
                width_px: 2.5,
                dash: None,
            });
        }
        if let Some((from, to)) = series.projection {
            projection(series, from, to, color, plot, shapes);
        }
        for (point, &(x, at)) in series.points.iter().zip(&points) {
            point_mark(point.qualifier, (x, at), color, theme, plot, shapes);
        }
    }
    // Then each projection's end figure, its value and date on as many lines as the plot's
    // width needs, and each series' latest figure: beside their point, clear of all of the
    // above where they can be.
    for series in &view.series {
        let (Some((from, to)), Some(text)) = (series.projection, &series.projection_label) else {
            continue;
        };
        let start = at(&from);
        let (x, at) = at(&to);
        let room = x - 10.0 - plot.days.left;
        let lines: Vec<String> = (super::caption::wrap(text, room, m.small_px, true).iter())
            .map(|line| fit_text(line, room, m.small_px, true))
            .collect();
        let line_height = m.small_px * LINE_HEIGHT;
        let width = (lines.iter())
            .map(|line| text_width_px(line, m.small_px, true))
            .fold(0.0, f64::max);
        let height = line_height * lines.len() as f64;
        let (place, clear) = super::placement::end_label_place(
            &[start, (x, at)],
            (x, at),
            (width, height),
            plot,
            (&shapes[drawn..], &value_labels),
        );
        // Where no place is clear, ending on the projection's end, as wide as the room left
        // of it.
        let (x, align, mut y) = if clear {
            place
        } else {
            (x, Align::Right, at - height / 2.0)
        };
        for line in lines {
            let font = Font::bold(m.small_px, theme.text);
            value_labels.push(Label::new(line, x, y, font, align));
            y += line_height;
        }
    }
    for series in &view.series {
        let points: Vec<(f64, f64)> = series.points.iter().map(at).collect();
        if let Some(&(x, at)) = points.last() {
            let width = text_width_px(&series.end_label, m.label_px, true);
            let height = m.label_px * LINE_HEIGHT;
            let ((x, align, y), _) = super::placement::end_label_place(
                &points,
                (x, at),
                (width, height),
                plot,
                (&shapes[drawn..], &value_labels),
            );
            let font = Font::bold(m.label_px, theme.text);
            value_labels.push(Label::new(series.end_label.clone(), x, y, font, align));
        }
    }
    // Keep the latest figures apart: push each below any it would overlap.
    crate::sort::sort_by_key(&mut value_labels, |label| label.y);
    let mut settled: Vec<Label> = Vec::new();
    for mut label in value_labels {
        while let Some(other) = settled
            .iter()
            .find(|other| other.bounds().overlaps(&label.bounds()))
        {
            label.y = other.bounds().bottom + 1.0;
        }
        label.y = label
            .y
            .max(plot.top)
            .min(plot.bottom - label.size_px * LINE_HEIGHT);
        settled.push(label);
    }
    // Each on a patch of the background, as the event labels are: a line passing behind a
    // figure (the as-of date's, a grid line) never crosses its text.
    for label in settled {
        shapes.push(patch_behind(&label, theme));
        shapes.push(Shape::Text(label));
    }
}

/// A patch of the background under a label, drawn after the lines it must hide.
fn patch_behind(label: &Label, theme: &Theme) -> Shape {
    let mut patch = label.bounds();
    patch.left -= 2.0;
    patch.right += 2.0;
    Shape::Rect {
        area: patch,
        fill: Some(theme.surface),
        stroke: None,
    }
}

/// The scenario's projection: a dashed line, and a ring where an extra amount lifts the
/// series above its last observed figure.
fn projection(
    series: &TimelineSeries,
    from: TimelinePoint,
    to: TimelinePoint,
    color: Rgba,
    plot: &Plot,
    shapes: &mut Vec<Shape>,
) {
    let start = (plot.days.x_of(from.date), plot.y_of(from.share));
    shapes.push(Shape::Path {
        points: vec![start, (plot.days.x_of(to.date), plot.y_of(to.share))],
        color,
        width_px: 2.0,
        dash: Some((5.0, 4.0)),
    });
    if from.share > series.points.last().map_or(0.0, |p| p.share) {
        // Where the extra amount lifts the series: a filled square, not a ring (rings
        // mean approximate dates); a bound lifted stays a bound, with its arrow.
        bound_arrow(from.qualifier, start, color, plot, shapes);
        shapes.push(Shape::Rect {
            area: BoxPx {
                left: start.0 - 4.0,
                top: start.1 - 4.0,
                right: start.0 + 4.0,
                bottom: start.1 + 4.0,
            },
            fill: Some(color),
            stroke: None,
        });
    }
}

/// An observed point: a dot, or for a bound a ring with an arrow towards where the true
/// value lies.
fn point_mark(
    qualifier: Qualifier,
    (x, at): (f64, f64),
    color: Rgba,
    theme: &Theme,
    plot: &Plot,
    shapes: &mut Vec<Shape>,
) {
    match qualifier {
        Qualifier::LessThan | Qualifier::MoreThan => {
            bound_arrow(qualifier, (x, at), color, plot, shapes);
            // Filled: a hollow ring means an approximate date, and only that.
            shapes.push(Shape::Circle {
                center: (x, at),
                radius_px: 5.0,
                fill: Some(color),
                stroke: theme.background.map(|background| (background, 1.5)),
            });
        }
        _ => shapes.push(Shape::Circle {
            center: (x, at),
            radius_px: 5.0,
            fill: Some(color),
            stroke: None,
        }),
    }
}

/// For a bound, an arrow from the mark at (`x`, `at`) towards where the true value lies:
/// down for "less than", up for "more than"; nothing for other figures.
fn bound_arrow(
    qualifier: Qualifier,
    (x, at): (f64, f64),
    color: Rgba,
    plot: &Plot,
    shapes: &mut Vec<Shape>,
) {
    let direction = match qualifier {
        Qualifier::LessThan => 1.0,
        Qualifier::MoreThan => -1.0,
        Qualifier::Exact | Qualifier::Approximate => return,
    };
    let tip = (at + direction * 16.0).max(plot.top).min(plot.bottom);
    shapes.push(Shape::Path {
        points: vec![(x, at + direction * 5.0), (x, tip)],
        color,
        width_px: 2.0,
        dash: None,
    });
    shapes.push(Shape::Path {
        points: vec![
            (x - 4.0, tip - direction * 4.0),
            (x, tip),
            (x + 4.0, tip - direction * 4.0),
        ],
        color,
        width_px: 2.0,
        dash: None,
    });
}

/// Lays out and draws the timeline onto `area`, whose pixels are `pixel_ratio` CSS pixels.
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    view: &TimelineView,
    theme: &Theme,
    pixel_ratio: f64,
) -> Result<Scene, DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, _) = area.dim_in_pixel();
    let scene = layout_timeline(view, f64::from(width) / pixel_ratio.max(0.1), theme);
    super::draw_scene(area, &scene, pixel_ratio)?;
    Ok(scene)
}
