//! The web shell in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! it draws real pixels, and bad data comes back as a JS error carrying the core's message.
#![cfg(target_arch = "wasm32")]

use pledgeviz::web::Widget;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const DEFAULT_JSON: &str = include_str!("../www/data/haiti-mss.json");

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .expect("create canvas")
        .dyn_into()
        .expect("a canvas");
    canvas.set_width(width);
    canvas.set_height(height);
    document
        .body()
        .expect("a body")
        .append_child(&canvas)
        .expect("append canvas");
    canvas
}

/// The canvas's 2D context.
fn context_2d(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    canvas
        .get_context("2d")
        .expect("context")
        .expect("2d")
        .dyn_into()
        .expect("2d context")
}

/// How many pixels differ from the top-left one (the background).
fn painted_pixels(canvas: &HtmlCanvasElement) -> usize {
    let context = context_2d(canvas);
    let data = context
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .expect("pixels")
        .data();
    let background = [data[0], data[1], data[2], data[3]];
    data.chunks(4).filter(|pixel| *pixel != background).count()
}

#[wasm_bindgen_test]
fn draws_both_charts_with_visible_pixels() {
    let (bars, timeline) = (canvas(640, 900), canvas(640, 900));
    let mut widget = Widget::new(DEFAULT_JSON, bars.clone(), timeline.clone(), vec![])
        .map_err(JsValue::from)
        .expect("default dataset is valid");
    let heights = widget.heights(320.0);
    assert_eq!(heights.len(), 2);
    assert!(
        heights.iter().all(|h| *h > 100.0 && *h < 900.0),
        "{heights:?}"
    );
    widget
        .draw(320.0, 2.0)
        .map_err(JsValue::from)
        .expect("draws");
    assert!(painted_pixels(&bars) > 5_000, "bar chart is blank");
    assert!(painted_pixels(&timeline) > 5_000, "timeline is blank");
}

#[wasm_bindgen_test]
fn a_scenario_changes_the_pixels() {
    let (bars, timeline) = (canvas(320, 400), canvas(320, 500));
    let mut widget = Widget::new(DEFAULT_JSON, bars.clone(), timeline, vec![])
        .map_err(JsValue::from)
        .expect("valid");
    widget
        .draw(320.0, 1.0)
        .map_err(JsValue::from)
        .expect("draws");
    let before = painted_pixels(&bars);
    widget.set_value("funding", "extra", 300e6);
    widget
        .draw(320.0, 1.0)
        .map_err(JsValue::from)
        .expect("draws");
    assert_ne!(painted_pixels(&bars), before);
}

/// Issue 12: a chart whose figures did not move is not drawn again, and one where a
/// slider moved one bar is drawn again only around that bar.
#[wasm_bindgen_test]
fn only_what_moved_is_drawn_again() {
    let (bars, timeline) = (canvas(320, 400), canvas(320, 500));
    let mut widget = Widget::new(DEFAULT_JSON, bars.clone(), timeline.clone(), vec![])
        .map_err(JsValue::from)
        .expect("valid");
    let draw = |widget: &mut Widget| {
        widget
            .draw(320.0, 1.0)
            .map_err(JsValue::from)
            .expect("draws")
    };
    widget.set_value("funding", "extra", 100e6);
    draw(&mut widget);
    // A mark in the top-left corner (the title's side, far from any bar's end) that a
    // redraw there would wipe out.
    let mark = |canvas: &HtmlCanvasElement| {
        let context = context_2d(canvas);
        context.set_fill_style_str("rgb(255, 0, 255)");
        context.fill_rect(0.0, 0.0, 3.0, 3.0);
    };
    let marked = |canvas: &HtmlCanvasElement| {
        let pixel = context_2d(canvas)
            .get_image_data(1.0, 1.0, 1.0, 1.0)
            .expect("pixel")
            .data();
        pixel[0] == 255 && pixel[1] == 0 && pixel[2] == 255
    };
    mark(&bars);
    mark(&timeline);
    draw(&mut widget);
    assert!(
        marked(&bars) && marked(&timeline),
        "unchanged charts were drawn again"
    );
    // More money delivered moves the funding bar and its projection: the corner stays.
    widget.set_value("funding", "extra", 200e6);
    draw(&mut widget);
    assert!(
        marked(&bars) && marked(&timeline),
        "a whole chart was drawn again for one moved bar"
    );
    // A new pixel ratio draws everything again; nothing is left stale.
    widget
        .draw(320.0, 2.0)
        .map_err(JsValue::from)
        .expect("draws");
    assert!(
        !marked(&bars) && !marked(&timeline),
        "charts were not drawn again at a new pixel ratio"
    );
}

/// Sizes the canvases as the page does (backing store = CSS size × ratio, written only
/// when it changes) and draws.
fn draw_sized(widget: &mut Widget, canvases: &[HtmlCanvasElement], width: f64, ratio: f64) {
    let heights = widget.heights(width);
    for (canvas, height) in canvases.iter().zip(heights) {
        let (w, h) = (
            (width * ratio).round() as u32,
            (height * ratio).round() as u32,
        );
        if canvas.width() != w {
            canvas.set_width(w);
        }
        if canvas.height() != h {
            canvas.set_height(h);
        }
    }
    widget
        .draw(width, ratio)
        .map_err(JsValue::from)
        .expect("draws");
}

fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
    let (width, height) = (f64::from(canvas.width()), f64::from(canvas.height()));
    context_2d(canvas)
        .get_image_data(0.0, 0.0, width, height)
        .expect("pixels")
        .data()
        .to_vec()
}

/// Issue 12: drawing again only the region that changed leaves exactly the pixels a
/// fresh drawing of the new figures gives, for each slider, on an opaque and a
/// transparent background, at pixel ratios from 0.75 (a zoomed-out page) to 2, in three
/// languages.
#[wasm_bindgen_test]
fn drawing_only_what_changed_gives_the_pixels_of_a_fresh_drawing() {
    let steps: [(&str, &str, f64); 6] = [
        ("funding", "extra", 200e6),
        ("funding", "extra", 50e6),
        ("funding", "pace", 30e6),
        ("funding", "pace", 80e6),
        ("personnel", "extra", 0.2),
        ("funding", "extra", 0.0),
    ];
    for (width, ratio, transparent, lang) in [
        (360.0, 1.0, false, "fr"),
        (360.0, 2.0, true, "en"),
        (1200.0, 1.0, true, "fr"),
        (1200.0, 2.0, false, "es"),
        // A zoomed page: fractional ratios, below and above 1.
        (700.0, 1.5, true, "en"),
        (700.0, 0.75, false, "fr"),
    ] {
        let preferred = vec![lang.to_owned()];
        let (bars, timeline) = (canvas(1, 1), canvas(1, 1));
        let mut moved = Widget::new(
            DEFAULT_JSON,
            bars.clone(),
            timeline.clone(),
            preferred.clone(),
        )
        .map_err(JsValue::from)
        .expect("valid");
        moved.set_theme("light", transparent);
        draw_sized(&mut moved, &[bars.clone(), timeline.clone()], width, ratio);
        for (index, (commitment, kind, value)) in steps.iter().enumerate() {
            moved.set_value(commitment, kind, *value);
            draw_sized(&mut moved, &[bars.clone(), timeline.clone()], width, ratio);
            let (fresh_bars, fresh_timeline) = (canvas(1, 1), canvas(1, 1));
            let mut fresh = Widget::new(
                DEFAULT_JSON,
                fresh_bars.clone(),
                fresh_timeline.clone(),
                preferred.clone(),
            )
            .map_err(JsValue::from)
            .expect("valid");
            fresh.set_theme("light", transparent);
            for (commitment, kind, value) in &steps[..=index] {
                fresh.set_value(commitment, kind, *value);
            }
            let fresh_canvases = [fresh_bars.clone(), fresh_timeline.clone()];
            draw_sized(&mut fresh, &fresh_canvases, width, ratio);
            for (name, shown, expected) in [
                ("bars", &bars, &fresh_bars),
                ("timeline", &timeline, &fresh_timeline),
            ] {
                let (shown, expected) = (pixels(shown), pixels(expected));
                // Chromium smooths a long straight line cut by the clip very slightly
                // differently from the same line drawn whole (measured: at most 4 pixels
                // of a 1,126 px grid line, 17/255 apart, in one of the cases below). A
                // stale or missing shape differs by far more, over far more pixels.
                let off = |(a, b): (&[u8], &[u8])| {
                    a.iter()
                        .zip(b)
                        .map(|(x, y)| x.abs_diff(*y))
                        .max()
                        .unwrap_or(0)
                };
                let differing = shown
                    .chunks(4)
                    .zip(expected.chunks(4))
                    .filter(|pair| off(*pair) > 0)
                    .count();
                let worst = shown.chunks(4).zip(expected.chunks(4)).map(off).max();
                assert!(
                    shown.len() == expected.len() && differing <= 6 && worst <= Some(24),
                    "{name}, step {index}, width {width}, ratio {ratio}, transparent {transparent}, {lang}: \
                     {differing} pixels differ from a fresh drawing, by at most {worst:?}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn text_uses_the_browsers_french_number_format() {
    let widget = Widget::new(
        DEFAULT_JSON,
        canvas(10, 10),
        canvas(10, 10),
        vec!["fr".into()],
    )
    .map_err(JsValue::from)
    .expect("valid");
    let text = widget.text().map_err(JsValue::from).expect("text");
    let headlines = js_sys::Reflect::get(&text, &"headlines".into()).expect("headlines");
    let first = js_sys::Array::from(&headlines)
        .get(0)
        .as_string()
        .expect("a headline");
    assert_eq!(
        first,
        "11\u{a0}% du financement reçu\u{a0}: 68\u{a0}M$ sur 600\u{a0}M$"
    );
}

#[wasm_bindgen_test]
fn bad_data_throws_an_error_with_the_cores_message() {
    let error = match Widget::new("{ not json", canvas(10, 10), canvas(10, 10), english()) {
        Ok(_) => panic!("bad JSON was accepted"),
        Err(error) => js_sys::Error::from(JsValue::from(error)),
    };
    let message = String::from(error.message());
    assert!(
        message.starts_with("this is not JSON (line 1, column 3"),
        "{message}"
    );

    let huge = DEFAULT_JSON.replacen("600000000", "1e400", 1);
    let error = match Widget::new(&huge, canvas(10, 10), canvas(10, 10), english()) {
        Ok(_) => panic!("a number beyond floats was accepted"),
        Err(error) => js_sys::Error::from(JsValue::from(error)),
    };
    let message = String::from(error.message());
    assert!(
        message.starts_with("this is not JSON (line") && message.ends_with("number out of range)"),
        "{message}"
    );

    let negative = DEFAULT_JSON.replacen("\"pledged\": 600000000", "\"pledged\": -5", 1);
    let message = |preferred: Vec<String>| match Widget::new(
        &negative,
        canvas(10, 10),
        canvas(10, 10),
        preferred,
    ) {
        Ok(_) => panic!("a negative pledge was accepted"),
        Err(error) => String::from(js_sys::Error::from(JsValue::from(error)).message()),
    };
    assert_eq!(
        message(english()),
        "commitments[0].pledged: must be a number >= 0, got -5"
    );
    // The reader's language first; an unsupported one falls back to the next.
    assert_eq!(
        message(vec!["de".into(), "es-MX".into()]),
        "commitments[0].pledged: debe ser un número mayor o igual que 0; recibido -5"
    );
    assert_eq!(
        message(vec![]),
        "commitments[0].pledged\u{a0}: doit être un nombre positif ou nul, reçu -5"
    );
}

#[wasm_bindgen_test]
fn thousands_use_chromiums_narrow_no_break_space_in_french() {
    let json = r#"{"format":"pledgeviz/1","title":"T","as_of":"2025-01-01","sources":[{"name":"S"}],
        "commitments":[{"id":"d","label":"Doses","unit":"count","unit_name":"doses","pledged":1500,"pledged_basis":"promis","delivered":1234}]}"#;
    let mut widget = Widget::new(json, canvas(10, 10), canvas(10, 10), vec![])
        .map_err(JsValue::from)
        .expect("valid");
    let delivered = |widget: &Widget| {
        let text = widget.text().map_err(JsValue::from).expect("text");
        let table =
            js_sys::Array::from(&js_sys::Reflect::get(&text, &"table".into()).expect("table"));
        js_sys::Reflect::get(&table.get(0), &"delivered".into())
            .expect("delivered")
            .as_string()
            .expect("text")
    };
    assert_eq!(delivered(&widget), "1\u{202f}234\u{a0}doses");
    widget.set_language("en");
    assert_eq!(delivered(&widget), "1,234\u{a0}doses");
}

/// A dataset with nothing over time has no timeline: its canvas is neither sized nor drawn,
/// and the one chart left is drawn.
#[wasm_bindgen_test]
fn without_anything_over_time_there_is_no_timeline() {
    let json = r#"{"format":"pledgeviz/1","title":"T","as_of":"2025-01-01","sources":[{"name":"S"}],
        "commitments":[{"id":"d","label":"Doses","unit":"count","unit_name":"doses","pledged":1500,"pledged_basis":"promis","delivered":1234}]}"#;
    let (bars, timeline) = (canvas(320, 10), canvas(320, 10));
    let mut widget = Widget::new(json, bars.clone(), timeline.clone(), vec![])
        .map_err(JsValue::from)
        .expect("valid");
    assert!(!widget.has_timeline());
    let heights = widget.heights(320.0);
    assert_eq!(heights.len(), 1, "{heights:?}");
    bars.set_height(heights[0] as u32);
    widget
        .draw(320.0, 1.0)
        .map_err(JsValue::from)
        .expect("drawn");
    assert!(painted_pixels(&bars) > 0);
    assert_eq!(painted_pixels(&timeline), 0);
    // The exported image has no timeline either: the title, the bars, the source.
    assert_eq!(widget.export_heights(320.0).len(), 3);
    let default = Widget::new(DEFAULT_JSON, canvas(10, 10), canvas(10, 10), vec![])
        .map_err(JsValue::from)
        .expect("valid");
    assert!(default.has_timeline());
}

fn english() -> Vec<String> {
    vec!["en".to_owned()]
}

/// The browser's `Intl` and the deterministic formatter the native tests and snapshots use
/// write every number and date of the page alike, in every language.
#[wasm_bindgen_test]
fn intl_and_the_plain_formatter_agree_in_every_language() {
    use pledgeviz::format::PlainFormatter;
    use pledgeviz::i18n::Lang;
    use pledgeviz::scenario::Scenario;
    let dataset = pledgeviz::web::read_dataset(DEFAULT_JSON).expect("valid");
    let mut scenario = Scenario::default();
    scenario.set_extra_delivered("funding", 1_234_567.0);
    scenario.set_monthly_pace("funding", 25_000_000.0);
    for &lang in Lang::ALL {
        let mut widget = Widget::new(
            DEFAULT_JSON,
            canvas(10, 10),
            canvas(10, 10),
            vec![lang.code().to_owned()],
        )
        .map_err(JsValue::from)
        .expect("valid");
        assert_eq!(widget.language(), lang.code());
        widget.set_value("funding", "extra", 1_234_567.0);
        widget.set_value("funding", "pace", 25_000_000.0);
        let json = |value: &JsValue| String::from(js_sys::JSON::stringify(value).expect("json"));
        let from_browser = json(&widget.text().map_err(JsValue::from).expect("text"));
        let native = pledgeviz::view::page_text(&dataset, &scenario, &PlainFormatter(lang));
        let native = json(&serde_wasm_bindgen::to_value(&native).expect("native text"));
        assert_eq!(from_browser, native, "{lang:?}");
    }
}
