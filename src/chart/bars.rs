//! The bar chart: each commitment delivered against its pledge, on one axis where 100 %
//! is the pledge, so money and people can be compared.

use super::{fit_text, text_width_px, Align, BoxPx, Label, Rgba, Scene, Shape, Theme, LINE_HEIGHT};
use crate::model::Qualifier;
use crate::view::{BarRow, BarView};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

/// Sizes that change with the chart's width.
struct Metrics {
    pad: f64,
    label_px: f64,
    value_px: f64,
    small_px: f64,
    bar_px: f64,
    row_gap: f64,
}

impl Metrics {
    fn for_width(width_px: f64) -> Metrics {
        if width_px < 480.0 {
            Metrics {
                pad: 8.0,
                label_px: 14.0,
                value_px: 13.0,
                small_px: 12.0,
                bar_px: 20.0,
                row_gap: 14.0,
            }
        } else {
            Metrics {
                pad: 12.0,
                label_px: 16.0,
                value_px: 15.0,
                small_px: 13.0,
                bar_px: 26.0,
                row_gap: 18.0,
            }
        }
    }
}

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

/// Adds a label unless its text is empty (an ellipsis can leave nothing).
fn push_text(shapes: &mut Vec<Shape>, label: Label) {
    if !label.text.is_empty() {
        shapes.push(Shape::Text(label));
    }
}

/// Lays out legend entries left to right, wrapping; returns the y below the legend.
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
        let words = fit_text(words, right - left - swatch - 6.0, size_px, false);
        let width = swatch + 6.0 + text_width_px(&words, size_px, false);
        if x > left && x + width > right {
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
        push_text(
            shapes,
            Label {
                text: words,
                x: x + swatch + 6.0,
                y,
                size_px,
                bold: false,
                color: theme.text,
                align: Align::Left,
            },
        );
        x += width + 14.0;
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

/// Lays out the bar chart at a width in CSS pixels; the height follows from the rows.
pub fn layout_bars(view: &BarView, width_px: f64, theme: &Theme) -> Scene {
    let m = Metrics::for_width(width_px);
    let mut shapes = Vec::new();
    let (left, right) = (m.pad, width_px - m.pad);
    let mut y = m.pad;

    if let Some(note) = &view.illustrative {
        push_text(
            &mut shapes,
            Label {
                text: fit_text(note, right - left, m.value_px, true),
                x: left,
                y,
                size_px: m.value_px,
                bold: true,
                color: theme.warning,
                align: Align::Left,
            },
        );
        y += m.value_px * LINE_HEIGHT + 6.0;
    }

    if let Some(title) = &view.title {
        push_text(
            &mut shapes,
            Label {
                text: fit_text(title, right - left, m.label_px, true),
                x: left,
                y,
                size_px: m.label_px,
                bold: true,
                color: theme.text,
                align: Align::Left,
            },
        );
        y += m.label_px * LINE_HEIGHT + 6.0;
    }

    let swatch_rect = |fill: Rgba| Shape::Rect {
        area: BoxPx {
            left: 0.0,
            top: 0.0,
            right: 0.0,
            bottom: 0.0,
        },
        fill: Some(fill),
        stroke: None,
    };
    let mut entries = vec![
        (swatch_rect(theme.delivered), view.legend.delivered.clone()),
        (
            Shape::Path {
                points: vec![],
                color: theme.text,
                width_px: 2.5,
                dash: None,
            },
            view.legend.pledge.clone(),
        ),
    ];
    for (qualifier, words) in [
        (Qualifier::MoreThan, &view.legend.at_least),
        (Qualifier::LessThan, &view.legend.at_most),
    ] {
        if view
            .rows
            .iter()
            .any(|row| row.qualifier == qualifier && row.undefined.is_none())
        {
            let bound = Shape::Rect {
                area: BoxPx {
                    left: 0.0,
                    top: 0.0,
                    right: 0.0,
                    bottom: 0.0,
                },
                fill: None,
                stroke: Some((theme.delivered, 1.0)),
            };
            entries.insert(1, (bound, words.clone()));
        }
    }
    if view.rows.iter().any(|row| row.extra_share > 0.0) {
        entries.insert(
            1,
            (swatch_rect(theme.scenario), view.legend.scenario.clone()),
        );
    }
    y = legend(&entries, left, right, y, m.small_px, theme, &mut shapes) + 4.0;

    let track_left = left;
    let track_right = right;
    let scale = |share: f64| {
        track_left + (share / view.axis_max).clamp(0.0, 1.0) * (track_right - track_left)
    };

    for row in &view.rows {
        y = bar_row(row, &m, theme, left, right, y, &scale, &mut shapes) + m.row_gap;
    }

    // Axis: ticks at round shares, thinned on narrow charts.
    let tick_top = y - m.row_gap + 4.0;
    let stride = if width_px < 480.0 && view.ticks.len() > 3 {
        2
    } else {
        1
    };
    let last = view.ticks.len().saturating_sub(1);
    for (position, (share, words)) in view.ticks.iter().enumerate() {
        if position % stride != 0 {
            continue;
        }
        let x = scale(*share);
        shapes.push(Shape::Path {
            points: vec![(x, tick_top), (x, tick_top + 4.0)],
            color: theme.muted,
            width_px: 1.0,
            dash: None,
        });
        let align = if position == 0 {
            Align::Left
        } else if position == last {
            Align::Right
        } else {
            Align::Center
        };
        push_text(
            &mut shapes,
            Label {
                text: words.clone(),
                x,
                y: tick_top + 6.0,
                size_px: m.small_px,
                bold: false,
                color: theme.muted,
                align,
            },
        );
    }
    y = tick_top + 6.0 + m.small_px * LINE_HEIGHT + 4.0;
    push_text(
        &mut shapes,
        Label {
            text: fit_text(&view.axis_caption, right - left, m.small_px, false),
            x: left,
            y,
            size_px: m.small_px,
            bold: false,
            color: theme.muted,
            align: Align::Left,
        },
    );
    y += m.small_px * LINE_HEIGHT + m.pad;

    Scene {
        width_px,
        height_px: y.ceil(),
        background: theme.background,
        shapes,
    }
}

#[allow(clippy::too_many_arguments)]
fn bar_row(
    row: &BarRow,
    m: &Metrics,
    theme: &Theme,
    left: f64,
    right: f64,
    top: f64,
    scale: &dyn Fn(f64) -> f64,
    shapes: &mut Vec<Shape>,
) -> f64 {
    let mut y = top;
    let width = right - left;
    let label_width = text_width_px(&row.label, m.label_px, true);
    let value_width = text_width_px(&row.value_text, m.value_px, false);
    if label_width + 12.0 + value_width <= width {
        push_text(
            shapes,
            Label {
                text: row.label.clone(),
                x: left,
                y,
                size_px: m.label_px,
                bold: true,
                color: theme.text,
                align: Align::Left,
            },
        );
        push_text(
            shapes,
            Label {
                text: row.value_text.clone(),
                x: right,
                y: y + (m.label_px - m.value_px) * LINE_HEIGHT / 2.0,
                size_px: m.value_px,
                bold: false,
                color: theme.text,
                align: Align::Right,
            },
        );
        y += m.label_px * LINE_HEIGHT + 4.0;
    } else {
        push_text(
            shapes,
            Label {
                text: fit_text(&row.label, width, m.label_px, true),
                x: left,
                y,
                size_px: m.label_px,
                bold: true,
                color: theme.text,
                align: Align::Left,
            },
        );
        y += m.label_px * LINE_HEIGHT + 2.0;
        push_text(
            shapes,
            Label {
                text: fit_text(&row.value_text, width, m.value_px, false),
                x: left,
                y,
                size_px: m.value_px,
                bold: false,
                color: theme.text,
                align: Align::Left,
            },
        );
        y += m.value_px * LINE_HEIGHT + 4.0;
    }

    let bar = BoxPx {
        left: scale(0.0),
        top: y,
        right: scale(1.0),
        bottom: y + m.bar_px,
    };
    shapes.push(Shape::Rect {
        area: bar,
        fill: Some(theme.track),
        stroke: None,
    });
    let end = scale(row.published_share);
    let delivered = BoxPx { right: end, ..bar };
    match (row.undefined.as_ref(), row.qualifier) {
        (Some(reason), _) => {
            push_text(
                shapes,
                Label {
                    text: fit_text(reason, width - 8.0, m.small_px, false),
                    x: bar.left + 4.0,
                    y: bar.top + (m.bar_px - m.small_px * LINE_HEIGHT) / 2.0,
                    size_px: m.small_px,
                    bold: false,
                    color: theme.text,
                    align: Align::Left,
                },
            );
        }
        (None, Qualifier::LessThan) => {
            // Somewhere below the bound: hatched, with an open (dashed) end at the bound.
            hatch(delivered, 6.0, theme.delivered, shapes);
            shapes.push(Shape::Path {
                points: vec![(end, bar.top - 3.0), (end, bar.bottom + 3.0)],
                color: theme.delivered,
                width_px: 2.0,
                dash: Some((3.0, 2.0)),
            });
        }
        (None, Qualifier::MoreThan) => {
            // At least the bound: solid up to it, hatched beyond to show it goes further.
            shapes.push(Shape::Rect {
                area: delivered,
                fill: Some(theme.delivered),
                stroke: None,
            });
            let beyond = BoxPx {
                left: end,
                right: (end + 24.0).min(right),
                ..bar
            };
            hatch(beyond, 6.0, theme.delivered, shapes);
        }
        (None, Qualifier::Approximate) => {
            shapes.push(Shape::Rect {
                area: BoxPx {
                    right: (end - 6.0).max(bar.left),
                    ..delivered
                },
                fill: Some(theme.delivered),
                stroke: None,
            });
            hatch(
                BoxPx {
                    left: (end - 6.0).max(bar.left),
                    ..delivered
                },
                3.0,
                theme.delivered,
                shapes,
            );
        }
        (None, Qualifier::Exact) => {
            shapes.push(Shape::Rect {
                area: delivered,
                fill: Some(theme.delivered),
                stroke: None,
            });
        }
    }
    if row.extra_share > 0.0 && row.undefined.is_none() {
        let extra = BoxPx {
            left: end,
            right: scale(row.published_share + row.extra_share),
            ..bar
        };
        if row.qualifier == Qualifier::LessThan {
            hatch(extra, 6.0, theme.scenario, shapes);
            shapes.push(Shape::Path {
                points: vec![
                    (extra.right, bar.top - 3.0),
                    (extra.right, bar.bottom + 3.0),
                ],
                color: theme.scenario,
                width_px: 2.0,
                dash: Some((3.0, 2.0)),
            });
        } else {
            shapes.push(Shape::Rect {
                area: extra,
                fill: Some(theme.scenario),
                stroke: None,
            });
        }
    }
    // The pledge: a strong line at 100 %.
    let pledge = scale(1.0);
    shapes.push(Shape::Path {
        points: vec![(pledge, bar.top - 4.0), (pledge, bar.bottom + 4.0)],
        color: theme.text,
        width_px: 2.5,
        dash: None,
    });
    y = bar.bottom + 4.0;

    if !row.basis.is_empty() {
        push_text(
            shapes,
            Label {
                text: fit_text(&row.basis, width, m.small_px, false),
                x: left,
                y,
                size_px: m.small_px,
                bold: false,
                color: theme.muted,
                align: Align::Left,
            },
        );
        y += m.small_px * LINE_HEIGHT;
    }
    y
}

/// Lays out and draws the bar chart onto `area`, whose pixels are `pixel_ratio` CSS pixels.
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    view: &BarView,
    theme: &Theme,
    pixel_ratio: f64,
) -> Result<Scene, DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, _) = area.dim_in_pixel();
    let scene = layout_bars(view, f64::from(width) / pixel_ratio.max(0.1), theme);
    super::draw_scene(area, &scene, pixel_ratio)?;
    Ok(scene)
}
