//! Charts: view data laid out into a [`Scene`] of shapes in CSS pixels, then drawn onto
//! any plotters [`DrawingBackend`].
//!
//! Layout measures text with its own deterministic metrics ([`text_width_px`]) instead of
//! asking plotters, which in the browser measures by inserting spans into the host page's
//! body (a layout of the whole article on every draw). So the layout is pure, testable
//! natively ("no label overlaps another or leaves the canvas"), and drawing is a plain walk
//! over shapes. Draw functions never create a backend; the caller passes a drawing area.

pub mod bars;
pub mod caption;
mod damage;
mod hatch;
mod legend;
mod placement;
pub mod theme;
mod time_axis;
pub mod timeline;

pub use damage::{device_rect, redraw, Redraw};
pub use theme::Theme;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A colour with opacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub f64);

impl Rgba {
    /// An opaque colour from `0xRRGGBB`.
    pub const fn hex(rgb: u32) -> Rgba {
        Rgba((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8, 1.0)
    }

    fn style(self) -> RGBAColor {
        RGBAColor(self.0, self.1, self.2, self.3)
    }
}

/// Horizontal placement of text relative to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// The point is the text's left edge.
    Left,
    /// The point is the text's centre.
    Center,
    /// The point is the text's right edge.
    Right,
}

/// A line of text placed in CSS pixels; `y` is the top of the line box.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The words.
    pub text: String,
    /// Anchor x, in CSS pixels.
    pub x: f64,
    /// Top of the line box, in CSS pixels.
    pub y: f64,
    /// Font size, in CSS pixels.
    pub size_px: f64,
    /// Bold or regular.
    pub bold: bool,
    /// Colour.
    pub color: Rgba,
    /// How `x` relates to the text.
    pub align: Align,
}

/// An axis-aligned box in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoxPx {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl BoxPx {
    /// Whether two boxes share any area.
    pub fn overlaps(&self, other: &BoxPx) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// Height of a line of text relative to its font size.
pub const LINE_HEIGHT: f64 = 1.25;

/// Below this width in CSS pixels, charts use their compact sizes (smaller text, padding
/// and bars, fewer ticks). The page's style sheets have no rule at this width.
pub const NARROW_WIDTH_PX: f64 = 480.0;

/// Whether a chart `width_px` wide uses its compact sizes.
pub fn is_narrow(width_px: f64) -> bool {
    width_px < NARROW_WIDTH_PX
}

/// How a label's text looks: size, weight and colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// Font size, in CSS pixels.
    pub size_px: f64,
    /// Bold or regular.
    pub bold: bool,
    /// Colour.
    pub color: Rgba,
}

impl Font {
    /// Regular text of `size_px` CSS pixels.
    pub fn regular(size_px: f64, color: Rgba) -> Font {
        Font {
            size_px,
            bold: false,
            color,
        }
    }

    /// Bold text of `size_px` CSS pixels.
    pub fn bold(size_px: f64, color: Rgba) -> Font {
        Font {
            size_px,
            bold: true,
            color,
        }
    }
}

impl Label {
    /// `text` in `font`, anchored at `x` as `align` says, the top of its line box at `y`.
    pub fn new(text: String, x: f64, y: f64, font: Font, align: Align) -> Label {
        Label {
            text,
            x,
            y,
            size_px: font.size_px,
            bold: font.bold,
            color: font.color,
            align,
        }
    }

    /// The box the text occupies, by the same metrics the layout used.
    pub fn bounds(&self) -> BoxPx {
        let width = text_width_px(&self.text, self.size_px, self.bold);
        let left = match self.align {
            Align::Left => self.x,
            Align::Center => self.x - width / 2.0,
            Align::Right => self.x - width,
        };
        BoxPx {
            left,
            top: self.y,
            right: left + width,
            bottom: self.y + self.size_px * LINE_HEIGHT,
        }
    }
}

/// Something to draw, in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled and/or outlined rectangle.
    Rect {
        /// The rectangle.
        area: BoxPx,
        /// Fill colour.
        fill: Option<Rgba>,
        /// Outline colour and width in CSS pixels.
        stroke: Option<(Rgba, f64)>,
    },
    /// A straight or dashed polyline.
    Path {
        /// Points in CSS pixels.
        points: Vec<(f64, f64)>,
        /// Colour.
        color: Rgba,
        /// Width in CSS pixels.
        width_px: f64,
        /// Dash and gap lengths in CSS pixels, for a dashed line.
        dash: Option<(f64, f64)>,
    },
    /// A dot.
    Circle {
        /// Centre in CSS pixels.
        center: (f64, f64),
        /// Radius in CSS pixels.
        radius_px: f64,
        /// Fill colour; `None` for a hollow ring.
        fill: Option<Rgba>,
        /// Ring colour and width.
        stroke: Option<(Rgba, f64)>,
    },
    /// Text.
    Text(Label),
}

/// A laid-out chart: its size and what to draw, in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Width in CSS pixels.
    pub width_px: f64,
    /// Height in CSS pixels (the layout decides it from the content).
    pub height_px: f64,
    /// Background colour; `None` leaves it transparent.
    pub background: Option<Rgba>,
    /// Shapes in drawing order.
    pub shapes: Vec<Shape>,
}

impl Scene {
    /// Every text label, in drawing order.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.shapes.iter().filter_map(|shape| match shape {
            Shape::Text(label) => Some(label),
            _ => None,
        })
    }
}

/// Advance widths of a sans-serif face (Arial / Liberation Sans metrics) in thousandths
/// of an em, for ASCII from space to `~`.
const ASCII_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
    278, 278, 584, 584, 584, 556, 1015, // :;<=>?@
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
    611, 722, 667, 944, 667, 667, 611, // A-Z
    278, 278, 278, 469, 556, 333, // [\]^_`
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, // a-z
    334, 260, 334, 584, // {|}~
];

fn char_width_em(character: char) -> f64 {
    let thousandths = match character {
        ' '..='~' => ASCII_WIDTHS[character as usize - 32],
        '\u{a0}' | '\u{202f}' => 278,
        'à'..='å' | 'è'..='ë' | 'ò'..='ö' | 'ù'..='ü' | 'ñ' | 'ç' => 556,
        'ì'..='ï' => 278,
        'À'..='Å' | 'È'..='Ë' | 'Ç' => 722,
        'Ì'..='Ï' => 278,
        'Ò'..='Ö' | 'Ù'..='Ü' => 778,
        '«' | '»' => 556,
        '’' | '‘' | '·' => 278,
        '–' | '€' | '≈' | '…' => 1000,
        '—' => 1000,
        // Wide scripts, emoji and anything unknown: a full em, the safe side.
        _ => 1000,
    };
    f64::from(thousandths) / 1000.0
}

/// The width of a line of text in CSS pixels, slightly generous so real fonts fit inside.
pub fn text_width_px(text: &str, size_px: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(char_width_em).sum();
    em * size_px * if bold { 1.1 } else { 1.04 }
}

/// The text, shortened with an ellipsis to fit `max_width_px`.
pub fn fit_text(text: &str, max_width_px: f64, size_px: f64, bold: bool) -> String {
    if text_width_px(text, size_px, bold) <= max_width_px {
        return text.to_owned();
    }
    let mut kept: Vec<char> = text.chars().collect();
    while !kept.is_empty() {
        kept.pop();
        let candidate: String = kept.iter().collect::<String>().trim_end().to_owned() + "…";
        if text_width_px(&candidate, size_px, bold) <= max_width_px {
            return candidate;
        }
    }
    String::new()
}

/// Adds a label unless its text is empty (an ellipsis can leave nothing).
pub(crate) fn push_text(shapes: &mut Vec<Shape>, label: Label) {
    if !label.text.is_empty() {
        shapes.push(Shape::Text(label));
    }
}

/// The family sent to the canvas and SVG; the metrics above are this face's.
pub const FONT_FAMILY: &str = "Arial, 'Liberation Sans', Helvetica, sans-serif";

fn px(value: f64, ratio: f64) -> i32 {
    (value * ratio).round() as i32
}

fn dashes(points: &[(f64, f64)], dash: f64, gap: f64) -> Vec<[(f64, f64); 2]> {
    let mut segments = Vec::new();
    let mut on = true;
    let mut left = dash;
    for pair in points.windows(2) {
        let (mut x, mut y) = pair[0];
        let (x1, y1) = pair[1];
        let mut length = ((x1 - x).powi(2) + (y1 - y).powi(2)).sqrt();
        if length == 0.0 {
            continue;
        }
        let (dx, dy) = ((x1 - x) / length, (y1 - y) / length);
        while length > 0.0 {
            let step = left.min(length);
            let (nx, ny) = (x + dx * step, y + dy * step);
            if on {
                segments.push([(x, y), (nx, ny)]);
            }
            (x, y) = (nx, ny);
            length -= step;
            left -= step;
            if left <= 0.0 {
                on = !on;
                left = if on { dash } else { gap };
            }
        }
    }
    segments
}

/// Draws a scene onto a drawing area whose pixels are `pixel_ratio` times CSS pixels
/// (2 on most phones), so text and lines stay sharp on high-density screens.
pub fn draw_scene<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    scene: &Scene,
    pixel_ratio: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_shapes(area, scene, pixel_ratio, None)
}

/// Draws again the part of a scene inside `region` (CSS pixels, from [`redraw`]): the
/// background and, in order, every shape that touches the region. The caller clips the
/// drawing to the region (its [`device_rect`]) and clears it first.
pub fn draw_scene_within<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    scene: &Scene,
    pixel_ratio: f64,
    region: &BoxPx,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_shapes(area, scene, pixel_ratio, Some(region))
}

fn draw_shapes<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    scene: &Scene,
    pixel_ratio: f64,
    within: Option<&BoxPx>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let r = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio
    } else {
        1.0
    };
    if let Some(background) = scene.background {
        area.fill(&background.style())?;
    }
    let shapes = scene
        .shapes
        .iter()
        .filter(|shape| within.is_none_or(|region| damage::touches(shape, region, r)));
    for shape in shapes {
        match shape {
            Shape::Rect {
                area: b,
                fill,
                stroke,
            } => {
                let corners = [
                    (px(b.left, r), px(b.top, r)),
                    (px(b.right, r), px(b.bottom, r)),
                ];
                if let Some(fill) = fill {
                    area.draw(&Rectangle::new(corners, fill.style().filled()))?;
                }
                if let Some((color, width)) = stroke {
                    area.draw(&Rectangle::new(
                        corners,
                        color.style().stroke_width(px(*width, r).max(1) as u32),
                    ))?;
                }
            }
            Shape::Path {
                points,
                color,
                width_px,
                dash,
            } => {
                let style = color.style().stroke_width(px(*width_px, r).max(1) as u32);
                match dash {
                    None => {
                        let points: Vec<(i32, i32)> =
                            points.iter().map(|&(x, y)| (px(x, r), px(y, r))).collect();
                        area.draw(&PathElement::new(points, style))?;
                    }
                    Some((on, off)) => {
                        for [a, b] in dashes(points, *on, *off) {
                            area.draw(&PathElement::new(
                                vec![(px(a.0, r), px(a.1, r)), (px(b.0, r), px(b.1, r))],
                                style,
                            ))?;
                        }
                    }
                }
            }
            Shape::Circle {
                center,
                radius_px,
                fill,
                stroke,
            } => {
                let center = (px(center.0, r), px(center.1, r));
                let radius = px(*radius_px, r).max(1) as u32;
                if let Some(fill) = fill {
                    area.draw(&plotters::element::Circle::new(
                        center,
                        radius,
                        fill.style().filled(),
                    ))?;
                }
                if let Some((color, width)) = stroke {
                    area.draw(&plotters::element::Circle::new(
                        center,
                        radius,
                        color.style().stroke_width(px(*width, r).max(1) as u32),
                    ))?;
                }
            }
            Shape::Text(label) => {
                let h_pos = match label.align {
                    Align::Left => HPos::Left,
                    Align::Center => HPos::Center,
                    Align::Right => HPos::Right,
                };
                let font = FontDesc::new(
                    FontFamily::Name(FONT_FAMILY),
                    label.size_px * r,
                    if label.bold {
                        FontStyle::Bold
                    } else {
                        FontStyle::Normal
                    },
                );
                let color = label.color.style();
                let style = TextStyle::from(font)
                    .color(&color)
                    .pos(Pos::new(h_pos, VPos::Center));
                let middle = label.y + label.size_px * LINE_HEIGHT / 2.0;
                area.draw_text(&label.text, &style, (px(label.x, r), px(middle, r)))?;
            }
        }
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_text_shortens_with_an_ellipsis() {
        let long = "Conseil de sécurité des Nations unies, résolution 2751";
        let short = fit_text(long, 120.0, 12.0, false);
        assert!(short.ends_with('…'), "{short}");
        assert!(text_width_px(&short, 12.0, false) <= 120.0);
        assert_eq!(fit_text("Court", 120.0, 12.0, false), "Court");
    }

    #[test]
    fn dashes_alternate_along_the_path() {
        let segments = dashes(&[(0.0, 0.0), (10.0, 0.0)], 2.0, 3.0);
        assert_eq!(segments.len(), 2);
        assert_eq!(segments[1][0], (5.0, 0.0));
    }
}
