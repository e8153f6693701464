//! Colours of the light and dark themes: Okabe–Ito hues, which stay distinct for readers
//! with colour-vision deficiencies, and text that meets WCAG AA contrast.

use super::Rgba;

/// The colours a chart is drawn with.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Background; `None` leaves the canvas transparent (embeds on coloured pages).
    pub background: Option<Rgba>,
    /// The colour text and the pledge line are compared against for contrast.
    pub surface: Rgba,
    /// Main text.
    pub text: Rgba,
    /// Secondary text (bases, ticks, captions): still at least 4.5:1.
    pub muted: Rgba,
    /// Grid lines.
    pub grid: Rgba,
    /// The empty part of a bar, up to the pledge.
    pub track: Rgba,
    /// What was delivered.
    pub delivered: Rgba,
    /// What a scenario adds.
    pub scenario: Rgba,
    /// Timeline series, in commitment order.
    pub series: Vec<Rgba>,
    /// The warning on illustrative datasets.
    pub warning: Rgba,
}

impl Theme {
    /// The same colours on their own background, for images that have no host page
    /// behind them.
    pub fn opaque(&self) -> Theme {
        let mut theme = self.clone();
        theme.background = theme.background.or(Some(theme.surface));
        theme
    }

    /// Dark text on white.
    pub fn light() -> Theme {
        Theme {
            background: Some(Rgba::hex(0xffffff)),
            surface: Rgba::hex(0xffffff),
            text: Rgba::hex(0x1a1a1a),
            muted: Rgba::hex(0x595959),
            grid: Rgba::hex(0xd0d0d0),
            track: Rgba::hex(0xe8e8e8),
            delivered: Rgba::hex(0x0072b2),
            scenario: Rgba::hex(0xe69f00),
            series: vec![
                Rgba::hex(0x0072b2),
                Rgba::hex(0xd55e00),
                Rgba::hex(0x009e73),
                Rgba::hex(0xcc79a7),
            ],
            warning: Rgba::hex(0xa33a00),
        }
    }

    /// Light text on near-black.
    pub fn dark() -> Theme {
        Theme {
            background: Some(Rgba::hex(0x16181d)),
            surface: Rgba::hex(0x16181d),
            text: Rgba::hex(0xf2f2f2),
            muted: Rgba::hex(0xb3b3b3),
            grid: Rgba::hex(0x3d4048),
            track: Rgba::hex(0x2c2f36),
            delivered: Rgba::hex(0x56b4e9),
            scenario: Rgba::hex(0xe69f00),
            series: vec![
                Rgba::hex(0x56b4e9),
                Rgba::hex(0xf0894a),
                Rgba::hex(0x2fc59b),
                Rgba::hex(0xe39cc6),
            ],
            warning: Rgba::hex(0xffb07a),
        }
    }

    /// The theme named `"dark"`, else the light one.
    pub fn named(name: &str) -> Theme {
        if name == "dark" {
            Theme::dark()
        } else {
            Theme::light()
        }
    }

    /// The colour of the series at `position`, cycling.
    pub fn series_color(&self, position: usize) -> Rgba {
        self.series[position % self.series.len()]
    }
}

fn channel(value: u8) -> f64 {
    let c = f64::from(value) / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG relative luminance.
pub fn luminance(color: Rgba) -> f64 {
    0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Rgba, b: Rgba) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
