//! Colours of the light and dark themes: Okabe–Ito hues, which stay distinct for readers
//! with colour-vision deficiencies, and text that meets WCAG AA contrast; the scale of the
//! charts' text, which follows the reader's font size; and whether a theme may leave its
//! background transparent over a host page's background.

use super::Rgba;

/// The colours a chart is drawn with, and the scale of its text.
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
    /// Every font size is multiplied by this: 1 at the browser's default text size, 2 when
    /// the reader asks for 200 % text ([`text_scale_for_root_font`]).
    pub text_scale: f64,
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
            text_scale: 1.0,
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
            text_scale: 1.0,
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

    /// A font size in CSS pixels at the reader's text scale.
    pub fn text_px(&self, size_px: f64) -> f64 {
        size_px * self.text_scale
    }

    /// Whether this theme's words stay readable drawn straight on `background`: text,
    /// secondary text and warnings at least 4.5:1 (WCAG AA), the delivered colour (bars,
    /// focus rings) at least 3:1. Only then may an embed leave its background transparent.
    pub fn readable_on(&self, background: Rgba) -> bool {
        [self.text, self.muted, self.warning]
            .iter()
            .all(|color| contrast(*color, background) >= 4.5)
            && contrast(self.delivered, background) >= 3.0
    }

    /// Whether an embed in this theme may leave its background transparent over the host
    /// page's background colour as CSS computes it (`rgb(251, 250, 247)`). Anything not
    /// known to be an opaque colour the theme reads well on (another lightness, a
    /// translucent or unreadable colour, an empty string when the widget is not inside a
    /// `<pledge-viz>`) means no: the widget paints its own background.
    pub fn transparent_over(&self, host_background_css: &str) -> bool {
        parse_css_rgb(host_background_css).is_some_and(|color| self.readable_on(color))
    }
}

/// The reader's text scale from the root element's font size in CSS pixels (16 by
/// default): 200 % text gives 2. Never below 1, so charts keep their designed sizes, and
/// at most 3; anything not a finite positive size gives 1.
pub fn text_scale_for_root_font(root_font_css_px: f64) -> f64 {
    if root_font_css_px.is_finite() && root_font_css_px > 0.0 {
        (root_font_css_px / 16.0).clamp(1.0, 3.0)
    } else {
        1.0
    }
}

/// An opaque colour from CSS's computed form, `rgb(r, g, b)` or `rgba(r, g, b, 1)` with
/// whole channels; `None` for anything else, translucent colours included. (No float
/// parsing: it would add about 15 KB to the wasm.)
pub fn parse_css_rgb(css: &str) -> Option<Rgba> {
    let css = css.trim();
    let inner = css
        .strip_prefix("rgba(")
        .or_else(|| css.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<&str> = inner
        .split([',', ' ', '/'])
        .filter(|part| !part.is_empty())
        .collect();
    let opaque = match parts[..] {
        [_, _, _] => true,
        [_, _, _, alpha] => alpha == "1",
        _ => false,
    };
    let channel = |part: &str| part.parse::<u8>().ok();
    if !opaque {
        return None;
    }
    Some(Rgba(
        channel(parts[0])?,
        channel(parts[1])?,
        channel(parts[2])?,
        1.0,
    ))
}
/// A channel's linear light (WCAG's formula). `x^2.4` is `x² · (x²)^(1/5)`, the fifth root
/// by Newton's method from 1 (it falls to the root without overshooting; 24 steps reach
/// it to the last bits for every channel): `powf` would bring 2 KB of libm into the wasm.
fn channel(value: u8) -> f64 {
    let c = f64::from(value) / 255.0;
    if c <= 0.039_28 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    let square = x * x;
    let mut root = 1.0;
    for _ in 0..24 {
        root = (4.0 * root + square / (root * root * root * root)) / 5.0;
    }
    square * root
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_light_is_wcag_formula_for_every_channel() {
        for value in 0..=255u8 {
            let c = f64::from(value) / 255.0;
            let wcag = if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            let ours = channel(value);
            assert!(
                (ours - wcag).abs() <= 1e-15 * wcag,
                "{value}: {ours} against {wcag}"
            );
        }
        assert_eq!(contrast(Rgba(0, 0, 0, 1.0), Rgba(255, 255, 255, 1.0)), 21.0);
    }
}
