//! `www/theme.css` is generated from the Rust theme, so the page's colours and the
//! charts' colours cannot drift: this test fails when the committed file differs from
//! what [`Theme::light`] and [`Theme::dark`] give, and `UPDATE_SNAPSHOTS=1 cargo test`
//! rewrites it.

use pledgeviz::chart::{Rgba, Theme};

/// `#rrggbb`, as the style sheets wrote the colours before they were generated.
fn hex(color: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2)
}

/// The page's custom properties for one theme, each named for what it colours.
fn properties(theme: &Theme) -> String {
    [
        ("text", theme.text),
        ("muted", theme.muted),
        ("surface", theme.surface),
        ("accent", theme.delivered),
        ("line", theme.grid),
        ("warning", theme.warning),
    ]
    .iter()
    .map(|(name, color)| format!(" --{name}: {};", hex(*color)))
    .collect()
}

fn theme_css() -> String {
    let (light, dark) = (properties(&Theme::light()), properties(&Theme::dark()));
    format!(
        "/* Generated from src/chart/theme.rs by tests/it/theme_css.rs: do not edit; change the\n   \
         Rust theme and run `UPDATE_SNAPSHOTS=1 cargo test --test it theme_css`. */\n\
         /* The reader's setting, light unless they ask for dark. */\n\
         :root {{{light} }}\n\
         @media (prefers-color-scheme: dark) {{\n  :root {{{dark} }}\n}}\n\
         /* A theme chosen by the embed's parameter (embed-page.js sets data-theme). */\n\
         html[data-theme=\"dark\"] {{{dark} }}\n\
         html[data-theme=\"light\"] {{{light} }}\n"
    )
}

#[test]
fn committed_theme_css_matches_the_rust_theme() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/theme.css");
    let generated = theme_css();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &generated).expect("write www/theme.css");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "www/theme.css differs from the Rust theme; run `UPDATE_SNAPSHOTS=1 cargo test --test it theme_css` to regenerate it"
    );
}
