//! The bar chart: each commitment delivered against its pledge, on one axis where 100 %
//! is the pledge, so money and people can be compared.

use super::caption::wrap;
use super::hatch::hatch;
use super::legend::{box_swatch, legend, line_swatch, Swatch};
use super::{
    fit_text, is_narrow, push_text, text_width_px, Align, BoxPx, Font, Label, Scene, Shape, Theme,
    LINE_HEIGHT,
};
use crate::model::Qualifier;
use crate::view::{BarRow, BarView};
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

/// Sizes that change with the chart's width.
struct Metrics {
    narrow: bool,
    pad: f64,
    label_px: f64,
    value_px: f64,
    small_px: f64,
    bar_px: f64,
    row_gap: f64,
}

impl Metrics {
    /// Sizes at a width, with font sizes at the theme's text scale.
    fn for_width(width_px: f64, theme: &Theme) -> Metrics {
        let metrics = Metrics::designed(width_px);
        let small_px = theme.text_px(metrics.small_px);
        Metrics {
            label_px: theme.text_px(metrics.label_px),
            value_px: theme.text_px(metrics.value_px),
            small_px,
            // A bar holds a line of small text (why there is no bar) at any text size.
            bar_px: metrics.bar_px.max(small_px * LINE_HEIGHT + 2.0),
            ..metrics
        }
    }

    /// Sizes at a width at the browser's default text size.
    fn designed(width_px: f64) -> Metrics {
        if is_narrow(width_px) {
            Metrics {
                narrow: true,
                pad: 8.0,
                label_px: 14.0,
                value_px: 13.0,
                small_px: 12.0,
                bar_px: 20.0,
                row_gap: 14.0,
            }
        } else {
            Metrics {
                narrow: false,
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

/// What every row and the axis share: sizes, colours and the horizontal extent.
struct Frame<'a> {
    /// Sizes for the chart's width.
    m: Metrics,
    /// Colours.
    theme: &'a Theme,
    /// Left edge of the labels and of the axis, where the share is 0, in CSS pixels.
    left: f64,
    /// Right edge of the labels and of the axis, in CSS pixels.
    right: f64,
    /// The share of the pledge at the right edge (at least 1).
    axis_max: f64,
}

/// Lays out the bar chart at a width in CSS pixels; the height follows from the rows.
pub fn layout_bars(view: &BarView, width_px: f64, theme: &Theme) -> Scene {
    let m = Metrics::for_width(width_px, theme);
    let (left, right) = (m.pad, width_px - m.pad);
    let frame = Frame {
        m,
        theme,
        left,
        right,
        axis_max: view.axis_max,
    };
    let mut shapes = Vec::new();
    let mut y = frame.heading(view, &mut shapes);
    let entries = legend_entries(view, theme);
    y = legend(
        &entries,
        left,
        right,
        y,
        frame.m.small_px,
        theme,
        &mut shapes,
    ) + 4.0;
    for row in &view.rows {
        y = frame.bar_row(row, y, &mut shapes) + frame.m.row_gap;
    }
    y = frame.axis(view, y - frame.m.row_gap + 4.0, &mut shapes);
    Scene {
        width_px,
        height_px: y.ceil(),
        background: theme.background,
        shapes,
    }
}

/// The legend: delivered, then what the rows need (scenario, bounds), then the pledge.
fn legend_entries(view: &BarView, theme: &Theme) -> Vec<(Swatch, String)> {
    let mut entries = vec![
        (
            box_swatch(Some(theme.delivered), None),
            view.legend.delivered.clone(),
        ),
        (
            line_swatch(theme.text, 2.5, None),
            view.legend.pledge.clone(),
        ),
    ];
    // Each hatching is explained when a bar uses it, so that an approximate figure is
    // never taken for a bound.
    for (qualifier, words) in [
        (Qualifier::Approximate, &view.legend.approximate),
        (Qualifier::MoreThan, &view.legend.at_least),
        (Qualifier::LessThan, &view.legend.at_most),
    ] {
        if view
            .rows
            .iter()
            .any(|row| row.qualifier == qualifier && row.undefined.is_none())
        {
            entries.insert(1, (Swatch::Bar(qualifier, theme.delivered), words.clone()));
        }
    }
    if view.rows.iter().any(|row| row.extra_share > 0.0) {
        entries.insert(
            1,
            (
                box_swatch(Some(theme.scenario), None),
                view.legend.scenario.clone(),
            ),
        );
    }
    entries
}

impl Frame<'_> {
    /// The x of a share of the pledge, clamped to the axis.
    fn x_of(&self, share: f64) -> f64 {
        self.left + (share / self.axis_max).clamp(0.0, 1.0) * (self.right - self.left)
    }

    /// The illustrative warning and the title, when there are; returns the y below them.
    fn heading(&self, view: &BarView, shapes: &mut Vec<Shape>) -> f64 {
        let (m, theme, width) = (&self.m, self.theme, self.right - self.left);
        let mut y = m.pad;
        if let Some(note) = &view.illustrative {
            let font = Font::bold(m.value_px, theme.warning);
            y = wrapped(note, self.left, y, width, font, shapes) + 6.0;
        }
        if let Some(title) = &view.title {
            let font = Font::bold(m.label_px, theme.text);
            y = wrapped(title, self.left, y, width, font, shapes) + 6.0;
        }
        y
    }

    /// One row: its label and figures, the bar, the pledge line and what 100 % stands
    /// for; returns the y below the row.
    fn bar_row(&self, row: &BarRow, top: f64, shapes: &mut Vec<Shape>) -> f64 {
        let (m, theme) = (&self.m, self.theme);
        let y = self.row_words(row, top, shapes);
        let bar = BoxPx {
            left: self.x_of(0.0),
            top: y,
            right: self.x_of(1.0),
            bottom: y + m.bar_px,
        };
        shapes.push(Shape::Rect {
            area: bar,
            fill: Some(theme.track),
            stroke: None,
        });
        let end = self.x_of(row.published_share);
        self.delivered(row, bar, end, shapes);
        if row.extra_share > 0.0 && row.undefined.is_none() {
            self.scenario(row, bar, end, shapes);
        }
        // The pledge: a strong line at 100 %.
        let pledge = self.x_of(1.0);
        shapes.push(Shape::Path {
            points: vec![(pledge, bar.top - 4.0), (pledge, bar.bottom + 4.0)],
            color: theme.text,
            width_px: 2.5,
            dash: None,
        });
        // What 100 % stands for is never cut: every ratio needs it.
        let font = Font::regular(m.small_px, theme.muted);
        wrapped(
            &row.basis,
            self.left,
            bar.bottom + 4.0,
            self.right - self.left,
            font,
            shapes,
        )
    }

    /// The row's label and figures: on one line when both fit, else one under the other;
    /// returns the y below them.
    fn row_words(&self, row: &BarRow, top: f64, shapes: &mut Vec<Shape>) -> f64 {
        let (m, theme, left, right) = (&self.m, self.theme, self.left, self.right);
        let mut y = top;
        let width = right - left;
        let label_font = Font::bold(m.label_px, theme.text);
        let value_font = Font::regular(m.value_px, theme.text);
        let label_width = text_width_px(&row.label, m.label_px, true);
        let value_width = text_width_px(&row.value_text, m.value_px, false);
        if label_width + 12.0 + value_width <= width {
            let label = row.label.clone();
            push_text(shapes, Label::new(label, left, y, label_font, Align::Left));
            let value_y = y + (m.label_px - m.value_px) * LINE_HEIGHT / 2.0;
            let value = row.value_text.clone();
            push_text(
                shapes,
                Label::new(value, right, value_y, value_font, Align::Right),
            );
            y += m.label_px * LINE_HEIGHT + 4.0;
        } else {
            y = wrapped(&row.label, left, y, width, label_font, shapes) + 2.0;
            y = wrapped(&row.value_text, left, y, width, value_font, shapes) + 4.0;
        }
        y
    }

    /// What was delivered, up to `end`, drawn as exact as the figure is; or why there is
    /// no bar.
    fn delivered(&self, row: &BarRow, bar: BoxPx, end: f64, shapes: &mut Vec<Shape>) {
        let (m, theme) = (&self.m, self.theme);
        let delivered = BoxPx { right: end, ..bar };
        match (row.undefined.as_ref(), row.qualifier) {
            (Some(reason), _) => {
                let width = self.right - self.left;
                let text = fit_text(reason, width - 8.0, m.small_px, false);
                let y = bar.top + (m.bar_px - m.small_px * LINE_HEIGHT) / 2.0;
                let font = Font::regular(m.small_px, theme.text);
                push_text(
                    shapes,
                    Label::new(text, bar.left + 4.0, y, font, Align::Left),
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
                    right: (end + 24.0).min(self.right),
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
    }

    /// What the scenario adds after `end`: hatched with an open end when the published
    /// figure is an upper bound, solid otherwise.
    fn scenario(&self, row: &BarRow, bar: BoxPx, end: f64, shapes: &mut Vec<Shape>) {
        let theme = self.theme;
        let extra = BoxPx {
            left: end,
            right: self.x_of(row.published_share + row.extra_share),
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

    /// The labels of every `stride`-th tick, the first aligned left, the last right.
    fn tick_labels(&self, view: &BarView, stride: usize, top: f64, font: Font) -> Vec<Label> {
        let last = view.ticks.len().saturating_sub(1);
        let kept = view.ticks.iter().enumerate().step_by(stride.max(1));
        kept.map(|(position, (share, words))| {
            let align = if position == 0 {
                Align::Left
            } else if position == last {
                Align::Right
            } else {
                Align::Center
            };
            Label::new(words.clone(), self.x_of(*share), top, font, align)
        })
        .collect()
    }

    /// Ticks at round shares (thinned on narrow charts) and the caption saying what 100 %
    /// is; returns the y below the chart.
    fn axis(&self, view: &BarView, tick_top: f64, shapes: &mut Vec<Shape>) -> f64 {
        let (m, theme) = (&self.m, self.theme);
        let tick_font = Font::regular(m.small_px, theme.muted);
        let labels_at = |stride: usize| self.tick_labels(view, stride, tick_top + 6.0, tick_font);
        // Every other tick on narrow charts, and fewer still while labels would touch
        // (large text).
        let mut stride = if m.narrow && view.ticks.len() > 3 {
            2
        } else {
            1
        };
        while stride < view.ticks.len() && !apart(&labels_at(stride)) {
            stride += 1;
        }
        for label in labels_at(stride) {
            shapes.push(Shape::Path {
                points: vec![(label.x, tick_top), (label.x, tick_top + 4.0)],
                color: theme.muted,
                width_px: 1.0,
                dash: None,
            });
            push_text(shapes, label);
        }
        let y = tick_top + 6.0 + m.small_px * LINE_HEIGHT + 4.0;
        let width = self.right - self.left;
        wrapped(&view.axis_caption, self.left, y, width, tick_font, shapes) + m.pad
    }
}

/// Whether labels in a row leave at least 4 CSS pixels between neighbours.
fn apart(labels: &[Label]) -> bool {
    labels
        .windows(2)
        .all(|pair| pair[0].bounds().right + 4.0 <= pair[1].bounds().left)
}

/// Words that must not be cut (warnings, names, figures, what 100 % is): as many lines
/// as they need from `top`, each no wider than `width_px`; returns the y below them.
fn wrapped(
    text: &str,
    left: f64,
    top: f64,
    width_px: f64,
    font: Font,
    shapes: &mut Vec<Shape>,
) -> f64 {
    let mut y = top;
    for line in wrap(text, width_px, font.size_px, font.bold) {
        push_text(shapes, Label::new(line, left, y, font, Align::Left));
        y += font.size_px * LINE_HEIGHT;
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
