//! A block of wrapped text (title, source line) laid out like the charts, so an exported
//! image names what it shows and where the figures come from.

use super::{text_width_px, Align, Label, Scene, Shape, Theme, LINE_HEIGHT};
use crate::view::PageText;

/// One paragraph of a caption.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// The words.
    pub text: String,
    /// Font size in CSS pixels.
    pub size_px: f64,
    /// Bold (titles) or regular.
    pub bold: bool,
    /// Secondary colour (sources) or main text colour.
    pub muted: bool,
}

/// Splits `text` into lines no wider than `width_px`, at spaces but never at no-break
/// spaces; a single word wider than that is cut with an ellipsis rather than overflow.
pub fn wrap(text: &str, width_px: f64, size_px: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    // No break at a no-break space: "68 M$" and "40 %" stay whole.
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    for word in text.split(breaks).filter(|word| !word.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width_px(&candidate, size_px, bold) <= width_px || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_owned();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .map(|line| super::fit_text(&line, width_px, size_px, bold))
        .collect()
}

/// Lays out paragraphs top to bottom at a width in CSS pixels.
pub fn layout_caption(paragraphs: &[Paragraph], width_px: f64, theme: &Theme) -> Scene {
    let pad = if super::is_narrow(width_px) {
        8.0
    } else {
        12.0
    };
    let mut y = pad;
    let mut shapes = Vec::new();
    for paragraph in paragraphs {
        for line in wrap(
            &paragraph.text,
            width_px - 2.0 * pad,
            paragraph.size_px,
            paragraph.bold,
        ) {
            shapes.push(Shape::Text(Label {
                text: line,
                x: pad,
                y,
                size_px: paragraph.size_px,
                bold: paragraph.bold,
                color: if paragraph.muted {
                    theme.muted
                } else {
                    theme.text
                },
                align: Align::Left,
            }));
            y += paragraph.size_px * LINE_HEIGHT;
        }
        y += 4.0;
    }
    Scene {
        width_px,
        height_px: (y + pad).ceil(),
        background: theme.background,
        shapes,
    }
}

/// The parts of an exported image, top to bottom: the title and headlines, the charts
/// (already laid out), then the scenario's result in words and the source line. The image
/// states what it shows; it never asks the reader to drag a slider it does not have.
/// `theme` should paint its background ([`Theme::opaque`]): an image has no host page.
pub fn export_scenes(
    text: &PageText,
    charts: Vec<Scene>,
    width_px: f64,
    theme: &Theme,
) -> Vec<Scene> {
    let paragraph = |text: &str, size_px: f64, bold: bool, muted: bool| Paragraph {
        text: text.to_owned(),
        size_px,
        bold,
        muted,
    };
    let mut head = vec![paragraph(&text.title, 18.0, true, false)];
    head.extend(
        text.headlines
            .iter()
            .map(|line| paragraph(line, 14.0, true, false)),
    );
    let mut scenes = vec![layout_caption(&head, width_px, theme)];
    scenes.extend(charts);
    let mut foot: Vec<Paragraph> = text
        .results
        .iter()
        .map(|line| paragraph(line, 13.0, false, false))
        .collect();
    foot.push(paragraph(&text.source_line, 12.0, false, true));
    scenes.push(layout_caption(&foot, width_px, theme));
    scenes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_line_inside_the_width() {
        let text = "Source : Alix Israël, « MMS : le Kenya prévient son retrait à cause du manque de soutien international », 26 juin 2025";
        let lines = wrap(text, 200.0, 12.0, false);
        assert!(lines.len() > 2);
        assert!(lines
            .iter()
            .all(|line| text_width_px(line, 12.0, false) <= 200.0));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrapping_never_breaks_at_a_no_break_space() {
        let lines = wrap("68\u{a0}M$ sur 600\u{a0}M$", 50.0, 12.0, false);
        assert_eq!(lines, ["68\u{a0}M$", "sur", "600\u{a0}M$"]);
    }
}
