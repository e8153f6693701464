//! The timeline: cumulative delivery over time as a share of the pledge, the pledge line,
//! dated events, the as-of date and the scenario's projection up to the deadline.

use super::bars::legend;
use super::{fit_text, text_width_px, Align, BoxPx, Label, Scene, Shape, Theme, LINE_HEIGHT};
use crate::date::Date;
use crate::model::Qualifier;
use crate::view::TimelineView;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

struct Metrics {
    pad: f64,
    small_px: f64,
    label_px: f64,
    plot_height: f64,
}

impl Metrics {
    fn for_width(width_px: f64) -> Metrics {
        if width_px < 480.0 {
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

/// Month strides the x axis may use, shortest first.
const MONTH_STRIDES: [i32; 8] = [1, 2, 3, 4, 6, 12, 24, 60];

fn month_index(date: Date) -> i32 {
    let (year, month, _) = date.ymd();
    year * 12 + month as i32 - 1
}

/// Lays out the timeline at a width in CSS pixels; the height follows from the content.
pub fn layout_timeline(view: &TimelineView, width_px: f64, theme: &Theme) -> Scene {
    let m = Metrics::for_width(width_px);
    let mut shapes = Vec::new();
    let (left, right) = (m.pad, width_px - m.pad);
    let mut y = m.pad;

    if let Some(note) = &view.illustrative {
        shapes.push(Shape::Text(Label {
            text: fit_text(note, right - left, m.label_px, true),
            x: left,
            y,
            size_px: m.label_px,
            bold: true,
            color: theme.warning,
            align: Align::Left,
        }));
        y += m.label_px * LINE_HEIGHT + 6.0;
    }

    // Legend: one entry per series with its latest figure, then the line styles.
    let mut entries: Vec<(Shape, String)> = view
        .series
        .iter()
        .enumerate()
        .map(|(position, series)| {
            (
                Shape::Circle {
                    center: (0.0, 0.0),
                    radius_px: 5.0,
                    fill: Some(theme.series_color(position)),
                    stroke: None,
                },
                format!("{} {}", series.label, series.end_label),
            )
        })
        .collect();
    entries.push((
        Shape::Path {
            points: vec![],
            color: theme.text,
            width_px: 2.5,
            dash: None,
        },
        view.pledge_label.clone(),
    ));
    if view.series.iter().any(|s| s.projection.is_some()) {
        entries.push((
            Shape::Path {
                points: vec![],
                color: theme.text,
                width_px: 2.0,
                dash: Some((5.0, 4.0)),
            },
            view.projection_label.clone(),
        ));
    }
    if view.events.iter().any(|e| e.approximate) {
        entries.push((
            Shape::Circle {
                center: (0.0, 0.0),
                radius_px: 4.0,
                fill: None,
                stroke: Some((theme.muted, 1.5)),
            },
            view.approximate_label.clone(),
        ));
    }
    y = legend(&entries, left, right, y, m.small_px, theme, &mut shapes) + 4.0;

    // The plot's horizontal extent: room on the left for the y tick labels.
    let y_label_width = view
        .y_ticks
        .iter()
        .map(|(_, words)| text_width_px(words, m.small_px, false))
        .fold(0.0, f64::max);
    let plot_left = left + y_label_width + 6.0;
    let plot_right = right - 6.0;
    let span = f64::from(view.end.days_since(view.start)).max(1.0);
    let x_of = |date: Date| {
        plot_left + f64::from(date.days_since(view.start)) / span * (plot_right - plot_left)
    };

    // Event labels (and the as-of date, in bold) packed into rows so none overlaps.
    struct Marker<'a> {
        x: f64,
        text: &'a str,
        bold: bool,
        approximate: bool,
        as_of: bool,
    }
    let mut markers: Vec<Marker> = view
        .events
        .iter()
        .map(|e| Marker {
            x: x_of(e.date),
            text: &e.label,
            bold: false,
            approximate: e.approximate,
            as_of: false,
        })
        .collect();
    markers.push(Marker {
        x: x_of(view.as_of),
        text: &view.as_of_label,
        bold: true,
        approximate: false,
        as_of: true,
    });
    markers.sort_by(|a, b| a.x.total_cmp(&b.x));
    let row_height = m.small_px * LINE_HEIGHT + 2.0;
    let max_label = (right - left) * 0.62;
    let mut rows: Vec<Vec<BoxPx>> = Vec::new();
    let mut placed: Vec<(Label, usize, f64, bool, bool)> = Vec::new();
    for marker in &markers {
        let words = fit_text(marker.text, max_label, m.small_px, marker.bold);
        let width = text_width_px(&words, m.small_px, marker.bold);
        let label_left = (marker.x - 3.0).min(right - width).max(left);
        let span_box = |row: usize| BoxPx {
            left: label_left - 4.0,
            top: row as f64,
            right: label_left + width + 4.0,
            bottom: row as f64 + 0.5,
        };
        let row = (0..)
            .find(|&row| {
                rows.get(row).is_none_or(|boxes: &Vec<BoxPx>| {
                    boxes.iter().all(|b| !b.overlaps(&span_box(row)))
                })
            })
            .unwrap_or(0);
        if rows.len() <= row {
            rows.resize(row + 1, Vec::new());
        }
        rows[row].push(span_box(row));
        let color = if marker.as_of {
            theme.text
        } else {
            theme.muted
        };
        placed.push((
            Label {
                text: words,
                x: label_left,
                y: 0.0,
                size_px: m.small_px,
                bold: marker.bold,
                color,
                align: Align::Left,
            },
            row,
            marker.x,
            marker.approximate,
            marker.as_of,
        ));
    }
    let rows_top = y;
    let plot_top = rows_top + rows.len() as f64 * row_height + 8.0;
    let plot_bottom = plot_top + m.plot_height;
    let y_of =
        |share: f64| plot_bottom - (share / view.y_max).clamp(0.0, 1.0) * (plot_bottom - plot_top);

    // Grid and y ticks, thinned on short plots.
    let y_stride = if m.plot_height < 200.0 && view.y_ticks.len() > 3 {
        2
    } else {
        1
    };
    for (position, (share, words)) in view.y_ticks.iter().enumerate() {
        if position % y_stride != 0 {
            continue;
        }
        let at = y_of(*share);
        shapes.push(Shape::Path {
            points: vec![(plot_left, at), (plot_right, at)],
            color: theme.grid,
            width_px: 1.0,
            dash: None,
        });
        shapes.push(Shape::Text(Label {
            text: words.clone(),
            x: plot_left - 6.0,
            y: at - m.small_px * LINE_HEIGHT / 2.0,
            size_px: m.small_px,
            bold: false,
            color: theme.muted,
            align: Align::Right,
        }));
    }
    // The pledge.
    shapes.push(Shape::Path {
        points: vec![(plot_left, y_of(1.0)), (plot_right, y_of(1.0))],
        color: theme.text,
        width_px: 2.5,
        dash: None,
    });

    // Markers: a leader from the label down through the plot. Leaders are drawn first and
    // labels on a background patch, so a leader passing behind a lower label never
    // crosses its text.
    for (_, row, x, _, _) in &placed {
        let label_bottom = rows_top + *row as f64 * row_height + m.small_px * LINE_HEIGHT;
        shapes.push(Shape::Path {
            points: vec![(*x, label_bottom), (*x, plot_top)],
            color: theme.grid,
            width_px: 1.0,
            dash: None,
        });
    }
    for (mut label, row, x, approximate, as_of) in placed {
        label.y = rows_top + row as f64 * row_height;
        let mut patch = label.bounds();
        patch.left -= 2.0;
        patch.right += 2.0;
        shapes.push(Shape::Rect {
            area: patch,
            fill: Some(theme.surface),
            stroke: None,
        });
        if as_of {
            shapes.push(Shape::Path {
                points: vec![(x, plot_top), (x, plot_bottom)],
                color: theme.text,
                width_px: 1.5,
                dash: None,
            });
        } else {
            // A plain thin line: a dashed one costs dozens of canvas strokes per redraw.
            shapes.push(Shape::Path {
                points: vec![(x, plot_top), (x, plot_bottom)],
                color: theme.grid,
                width_px: 1.0,
                dash: None,
            });
            let (fill, stroke) = if approximate {
                (None, Some((theme.muted, 1.5)))
            } else {
                (Some(theme.muted), None)
            };
            shapes.push(Shape::Circle {
                center: (x, plot_bottom),
                radius_px: 4.0,
                fill,
                stroke,
            });
        }
        shapes.push(Shape::Text(label));
    }

    // Series, projections and their latest figures.
    let mut value_labels: Vec<Label> = Vec::new();
    for (position, series) in view.series.iter().enumerate() {
        let color = theme.series_color(position);
        let points: Vec<(f64, f64)> = series
            .points
            .iter()
            .map(|p| (x_of(p.date), y_of(p.share)))
            .collect();
        if points.len() > 1 {
            shapes.push(Shape::Path {
                points: points.clone(),
                color,
                width_px: 2.5,
                dash: None,
            });
        }
        if let Some((from, to)) = series.projection {
            shapes.push(Shape::Path {
                points: vec![
                    (x_of(from.date), y_of(from.share)),
                    (x_of(to.date), y_of(to.share)),
                ],
                color,
                width_px: 2.0,
                dash: Some((5.0, 4.0)),
            });
            if from.share > series.points.last().map_or(0.0, |p| p.share) {
                shapes.push(Shape::Circle {
                    center: (x_of(from.date), y_of(from.share)),
                    radius_px: 4.0,
                    fill: None,
                    stroke: Some((color, 2.0)),
                });
            }
        }
        for (point, &(x, at)) in series.points.iter().zip(&points) {
            match point.qualifier {
                Qualifier::LessThan | Qualifier::MoreThan => {
                    // A bound: a ring with an arrow towards where the true value lies.
                    let direction = if point.qualifier == Qualifier::LessThan {
                        1.0
                    } else {
                        -1.0
                    };
                    let tip = (at + direction * 16.0).clamp(plot_top, plot_bottom);
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
                    shapes.push(Shape::Circle {
                        center: (x, at),
                        radius_px: 5.0,
                        fill: theme.background,
                        stroke: Some((color, 2.0)),
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
        if let Some(&(x, at)) = points.last() {
            let width = text_width_px(&series.end_label, m.label_px, true);
            let (x, align) = if x - 10.0 - width >= plot_left {
                (x - 10.0, Align::Right)
            } else {
                (x + 10.0, Align::Left)
            };
            value_labels.push(Label {
                text: series.end_label.clone(),
                x,
                y: at - m.label_px * LINE_HEIGHT / 2.0,
                size_px: m.label_px,
                bold: true,
                color: theme.text,
                align,
            });
        }
    }
    // Keep the latest figures apart: push each below any it would overlap.
    value_labels.sort_by(|a, b| a.y.total_cmp(&b.y));
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
            .clamp(plot_top, plot_bottom - label.size_px * LINE_HEIGHT);
        settled.push(label);
    }
    shapes.extend(settled.into_iter().map(Shape::Text));

    // Month ticks, as many as fit.
    let per_month = (plot_right - plot_left) / (span / 30.44);
    let widest = view
        .month_ticks
        .iter()
        .map(|(_, words)| text_width_px(words, m.small_px, false))
        .fold(0.0, f64::max);
    let stride = MONTH_STRIDES
        .into_iter()
        .find(|&stride| f64::from(stride) * per_month >= widest + 10.0)
        .unwrap_or(120);
    let axis_y = plot_bottom + 6.0;
    shapes.push(Shape::Path {
        points: vec![(plot_left, plot_bottom), (plot_right, plot_bottom)],
        color: theme.muted,
        width_px: 1.0,
        dash: None,
    });
    let mut previous_tick: Option<BoxPx> = None;
    for (date, words) in &view.month_ticks {
        if month_index(*date).rem_euclid(stride) != 0 {
            continue;
        }
        let x = x_of(*date);
        let half = text_width_px(words, m.small_px, false) / 2.0;
        // Month labels stay right of the y tick labels.
        let (x, align) = if x - half < plot_left {
            (plot_left, Align::Left)
        } else if x + half > right {
            (right, Align::Right)
        } else {
            (x, Align::Center)
        };
        let label = Label {
            text: words.clone(),
            x,
            y: axis_y,
            size_px: m.small_px,
            bold: false,
            color: theme.muted,
            align,
        };
        // A label pushed inward at either end may meet its neighbour: drop it then.
        let mut spaced = label.bounds();
        spaced.left -= 6.0;
        spaced.right += 6.0;
        if previous_tick.is_none_or(|previous: BoxPx| !previous.overlaps(&spaced)) {
            previous_tick = Some(label.bounds());
            shapes.push(Shape::Text(label));
        }
    }
    let height = axis_y + m.small_px * LINE_HEIGHT + m.pad;
    Scene {
        width_px,
        height_px: height.ceil(),
        background: theme.background,
        shapes,
    }
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
