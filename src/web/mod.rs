//! The web shell: the only module that names `wasm_bindgen`, `web_sys` or `js_sys`.
//!
//! It holds one opaque [`Widget`] per embedded chart pair, turns JS calls into core calls
//! and core results into small JS values, and formats numbers and dates with the browser's
//! `Intl`. It does no arithmetic: figures, text and layout all come from the core, and the
//! page's script owns the DOM, sizes the canvases and schedules redraws.

use crate::chart::theme::text_scale_for_root_font;
use crate::chart::{
    device_rect, draw_scene, draw_scene_within, redraw, BoxPx, Redraw, Scene, Theme,
};
use crate::format::Formatter;
use crate::model::{Dataset, Lang};
use crate::scenario::Scenario;
use crate::view;
use intl::IntlFormatter;
pub use js::read_dataset;
use js::to_js;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

mod intl;
mod js;

/// The wasm's memory allocator: talc instead of Rust's default dlmalloc, about 3 KB (gzip)
/// lighter and no slower (see README "Size"). The widget runs on one thread.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The widget's buttons, statuses and loading messages in the first supported language
/// of `preferred`, else French: an object of templates the page's script shows.
#[wasm_bindgen(js_name = uiWords)]
pub fn ui_words(preferred: Vec<String>) -> Result<JsValue, JsError> {
    let lang = Lang::first_supported(preferred.iter().map(String::as_str)).unwrap_or(Lang::Fr);
    to_js(&UiText {
        code: lang.code(),
        words: crate::i18n::ui(lang),
    })
}

/// Whether a widget in the theme named `theme` (`"light"` or `"dark"`) may leave its
/// background transparent over the host page's background colour (CSS's computed
/// `rgb(…)`, passed by embed.js; empty when unknown): only where all its text stays
/// readable. Otherwise it paints its own background.
#[wasm_bindgen(js_name = transparentOver)]
pub fn transparent_over(theme: &str, host_background_css: &str) -> bool {
    Theme::named(theme).transparent_over(host_background_css)
}

/// Every language the widget speaks, for a language switch: `[{code, name}]`.
#[wasm_bindgen]
pub fn languages() -> Result<JsValue, JsError> {
    let list: Vec<LanguageName> = Lang::ALL
        .iter()
        .map(|lang| LanguageName {
            code: lang.code(),
            name: lang.words().name,
        })
        .collect();
    to_js(&list)
}

#[derive(serde::Serialize)]
struct UiText {
    code: &'static str,
    words: &'static crate::i18n::UiWords,
}

#[derive(serde::Serialize)]
struct LanguageName {
    code: &'static str,
    name: &'static str,
}

/// One widget: a dataset, the reader's scenario, and the two canvases it draws on.
#[wasm_bindgen]
pub struct Widget {
    dataset: Dataset,
    scenario: Scenario,
    formatter: IntlFormatter,
    theme: Theme,
    bars: HtmlCanvasElement,
    /// Drawn only while it has something to show over time ([`view::has_timeline`]).
    timeline: HtmlCanvasElement,
    contributors: Option<HtmlCanvasElement>,
    /// The charts laid out at a width, kept from `heights` for `draw` in the same frame;
    /// cleared whenever what they show changes.
    laid_out: Option<(f64, Vec<Scene>)>,
    /// What each canvas shows now, so that a chart whose figures did not move is not
    /// drawn again.
    drawn: Vec<Option<Drawn>>,
}

/// A chart as drawn on its canvas: the scene, at a pixel ratio, on a backing store size.
struct Drawn {
    scene: Scene,
    pixel_ratio: f64,
    backing_px: (u32, u32),
}

impl Widget {
    /// The bar chart, the timeline when the dataset has one and, when the dataset has
    /// contributors, their chart: one per canvas, in [`Widget::canvases`]' order.
    fn chart_scenes(&self, width_css_px: f64, theme: &Theme) -> Vec<Scene> {
        use crate::chart::{bars::layout_bars, timeline::layout_timeline};
        let mut scenes = vec![layout_bars(
            &view::bar_view(&self.dataset, &self.scenario, &self.formatter),
            width_css_px,
            theme,
        )];
        if self.has_timeline() {
            scenes.push(layout_timeline(
                &view::timeline_view(&self.dataset, &self.scenario, &self.formatter),
                width_css_px,
                theme,
            ));
        }
        if let Some((_, contributors)) = view::contributors_chart(&self.dataset, &self.formatter) {
            scenes.push(layout_bars(&contributors, width_css_px, theme));
        }
        scenes
    }

    /// The canvases the widget draws on, in the order of its scenes.
    fn canvases(&self) -> Vec<HtmlCanvasElement> {
        let mut canvases = vec![self.bars.clone()];
        if self.has_timeline() {
            canvases.push(self.timeline.clone());
        }
        canvases.extend(self.contributors.clone());
        canvases
    }
}

#[wasm_bindgen]
impl Widget {
    /// Reads and validates the dataset's JSON text. `preferred` lists language codes in
    /// order (the reader's choice, then the host article's); the widget speaks the first
    /// supported one, else the dataset's language (its `locale`, then its title's languages),
    /// else French. A bad
    /// dataset throws an `Error` whose message lists every problem with its JSON path, in
    /// the first supported preferred language.
    #[wasm_bindgen(constructor)]
    pub fn new(
        dataset_json: &str,
        bars: HtmlCanvasElement,
        timeline: HtmlCanvasElement,
        preferred: Vec<String>,
    ) -> Result<Widget, JsError> {
        let asked = Lang::first_supported(preferred.iter().map(String::as_str));
        let dataset = read_dataset(dataset_json)
            .map_err(|problems| JsError::new(&problems.render(asked.unwrap_or(Lang::Fr))))?;
        // The dataset's own language: its locale, else a language its title is given in.
        let own = std::iter::once(dataset.locale.as_str())
            .chain(dataset.title.entries.iter().map(|entry| entry.0.as_str()));
        let lang = asked
            .or_else(|| Lang::first_supported(own))
            .unwrap_or(Lang::Fr);
        Ok(Widget {
            dataset,
            scenario: Scenario::default(),
            formatter: IntlFormatter::new(lang),
            theme: Theme::light(),
            bars,
            timeline,
            contributors: None,
            laid_out: None,
            drawn: Vec::new(),
        })
    }

    /// The code of the language the widget speaks (`"fr"`, `"en"`, `"es"`).
    pub fn language(&self) -> String {
        self.formatter.lang().code().to_owned()
    }

    /// Switches the language (a supported code; anything else keeps the current one).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&mut self, code: &str) {
        // Creating Intl formatters is slow (locale data): only when the language changes.
        if let Some(lang) = Lang::from_code(code).filter(|lang| *lang != self.formatter.lang()) {
            self.formatter = IntlFormatter::new(lang);
            self.laid_out = None;
        }
    }

    /// Switches the colours (`"dark"` or `"light"`); a transparent chart lets the host
    /// page's background show through (embeds).
    /// Only pass `transparent` where [`transparent_over`] says the host's background
    /// suits the theme; elsewhere the charts paint the theme's own background.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, name: &str, transparent: bool) {
        let text_scale = self.theme.text_scale;
        self.theme = Theme::named(name);
        self.theme.text_scale = text_scale;
        if transparent {
            self.theme.background = None;
        }
        self.laid_out = None;
    }

    /// Scales the charts' text with the page's root font size in CSS pixels (16 by
    /// default; 32 when the reader asks for 200 % text).
    #[wasm_bindgen(js_name = setRootFontSize)]
    pub fn set_root_font_size(&mut self, font_size_css_px: f64) {
        self.theme.text_scale = text_scale_for_root_font(font_size_css_px);
        self.laid_out = None;
    }

    /// Whether the timeline has anything to show over time under the scenario; without,
    /// its canvas is neither sized nor drawn, and the page hides it.
    #[wasm_bindgen(js_name = hasTimeline)]
    pub fn has_timeline(&self) -> bool {
        view::has_timeline(&self.dataset, &self.scenario)
    }

    /// Whether the dataset has contributors, whose chart needs a third canvas.
    #[wasm_bindgen(js_name = hasContributors)]
    pub fn has_contributors(&self) -> bool {
        view::contributors_chart(&self.dataset, &self.formatter).is_some()
    }

    /// The canvas for the contributors chart.
    #[wasm_bindgen(js_name = setContributorsCanvas)]
    pub fn set_contributors_canvas(&mut self, canvas: HtmlCanvasElement) {
        self.contributors = Some(canvas);
        self.laid_out = None;
    }

    /// The figures as shown, scenario included, as CSV text.
    pub fn csv(&self) -> String {
        view::csv(&self.dataset, &self.scenario, self.formatter.lang())
    }

    /// A download's file name: the dataset's title and as-of date, with `extension`.
    #[wasm_bindgen(js_name = fileName)]
    pub fn file_name(&self, extension: &str) -> String {
        view::file_name(&self.dataset, self.formatter.lang(), extension)
    }

    /// Sets one slider: `kind` is `"extra"` or `"pace"`, `value` in the slider's measure.
    /// A value from a shared link is held to what the slider allows; returns the value set.
    #[wasm_bindgen(js_name = setValue)]
    pub fn set_value(&mut self, commitment: &str, kind: &str, value: f64) -> f64 {
        let kind = match kind {
            "extra" => view::SliderKind::Extra,
            "pace" => view::SliderKind::Pace,
            _ => return 0.0,
        };
        let value = view::slider_value(&self.dataset, commitment, kind, value);
        self.laid_out = None;
        match kind {
            view::SliderKind::Extra => self.scenario.set_extra_delivered(commitment, value),
            view::SliderKind::Pace => self.scenario.set_monthly_pace(commitment, value),
        }
        value
    }

    /// Heights in CSS pixels of the bar chart, the timeline (when the dataset has one) and
    /// (with contributors) the contributors chart at this width.
    pub fn heights(&mut self, width_css_px: f64) -> Vec<f64> {
        self.scenes_at(width_css_px)
            .iter()
            .map(|scene| scene.height_px)
            .collect()
    }

    /// Draws the charts on the widget's canvases. The page has already sized each canvas's
    /// backing store to its CSS size times `pixel_ratio`; drawing scales by that ratio so
    /// charts stay sharp.
    /// A chart whose scene, pixel ratio and canvas size are what it already shows is left
    /// as it is; one where only some shapes moved is drawn again only where they were and
    /// are ([`crate::chart::redraw`]).
    pub fn draw(&mut self, width_css_px: f64, pixel_ratio: f64) -> Result<(), JsError> {
        let canvases = self.canvases();
        self.scenes_at(width_css_px);
        // The timeline appears or leaves with a pace: the charts after it move to other
        // canvases, so nothing drawn before stands for what they show.
        if self.drawn.len() != canvases.len() {
            self.drawn.clear();
        }
        // The scenes move to `drawn`, where the next frame's are compared with them: no
        // copy per frame. The next `heights` lays the charts out again.
        let scenes = self
            .laid_out
            .take()
            .map(|(_, scenes)| scenes)
            .unwrap_or_default();
        self.drawn.resize_with(canvases.len(), || None);
        for ((canvas, scene), drawn) in canvases.iter().zip(scenes).zip(&mut self.drawn) {
            let now = Drawn {
                scene,
                pixel_ratio,
                backing_px: (canvas.width(), canvas.height()),
            };
            let what = match drawn {
                Some(before)
                    if before.pixel_ratio == now.pixel_ratio
                        && before.backing_px == now.backing_px =>
                {
                    redraw(&before.scene, &now.scene, pixel_ratio)
                }
                _ => Redraw::Whole,
            };
            // Until this drawing ends well, the canvas is not known to show any scene: a
            // failed drawing is drawn whole next time.
            if what != Redraw::Nothing {
                *drawn = None;
            }
            match what {
                Redraw::Nothing => {}
                Redraw::Whole => {
                    // A transparent chart must not draw over its last picture: clear it
                    // (cheaper than resetting the canvas, which reallocates its backing
                    // store).
                    if let Some(context) = context_2d(canvas) {
                        let (width, height) = (canvas.width().into(), canvas.height().into());
                        context.clear_rect(0.0, 0.0, width, height);
                    }
                    draw_on(canvas, &now.scene, pixel_ratio, None)?;
                }
                // Only the part that changed (a moved bar, a projection): cleared and
                // drawn again inside a clip, the rest of the picture kept.
                Redraw::Region(region) => {
                    let context = context_2d(canvas).ok_or_else(no_context)?;
                    let (x, y, width, height) = device_rect(&region, pixel_ratio);
                    context.save();
                    context.begin_path();
                    context.rect(x, y, width, height);
                    context.clip();
                    context.clear_rect(x, y, width, height);
                    let drawing = draw_on(canvas, &now.scene, pixel_ratio, Some(&region));
                    context.restore();
                    drawing?;
                }
            }
            *drawn = Some(now);
        }
        Ok(())
    }

    /// Heights in CSS pixels of the parts of an exported image: the title, each chart,
    /// then the source line.
    #[wasm_bindgen(js_name = exportHeights)]
    pub fn export_heights(&self, width_css_px: f64) -> Vec<f64> {
        self.export_scenes(width_css_px)
            .iter()
            .map(|scene| scene.height_px)
            .collect()
    }

    /// Draws the parts of an exported image on one canvas each, in the order of
    /// [`Widget::export_heights`]; the page stacks them into one PNG.
    #[wasm_bindgen(js_name = drawExport)]
    pub fn draw_export(
        &self,
        canvases: Vec<HtmlCanvasElement>,
        width_css_px: f64,
        pixel_ratio: f64,
    ) -> Result<(), JsError> {
        Self::draw_scenes(&canvases, &self.export_scenes(width_css_px), pixel_ratio)
    }
    /// The page's text for the current scenario and language (title, headlines, result
    /// sentence, source line, accessible names, table).
    pub fn text(&self) -> Result<JsValue, JsError> {
        to_js(&view::page_text(
            &self.dataset,
            &self.scenario,
            &self.formatter,
        ))
    }

    /// The sliders to show, with ranges, labels and current values.
    pub fn sliders(&self) -> Result<JsValue, JsError> {
        to_js(&view::sliders(
            &self.dataset,
            &self.scenario,
            &self.formatter,
        ))
    }
}

impl Widget {
    /// The charts laid out at this width, from the last call when nothing changed since.
    fn scenes_at(&mut self, width_css_px: f64) -> &[Scene] {
        let stale = !matches!(&self.laid_out, Some((width, _)) if *width == width_css_px);
        if stale {
            let scenes = self.chart_scenes(width_css_px, &self.theme);
            self.laid_out = Some((width_css_px, scenes));
        }
        self.laid_out
            .as_ref()
            .map_or(&[], |(_, scenes)| scenes.as_slice())
    }

    fn export_scenes(&self, width_css_px: f64) -> Vec<Scene> {
        let text = view::page_text(&self.dataset, &self.scenario, &self.formatter);
        let mut opaque = self.theme.opaque();
        // An image stands on its own: its text is at the designed sizes.
        opaque.text_scale = 1.0;
        let charts = self.chart_scenes(width_css_px, &opaque);
        crate::chart::caption::export_scenes(&text, charts, width_css_px, &opaque)
    }

    fn draw_scenes(
        canvases: &[HtmlCanvasElement],
        scenes: &[Scene],
        pixel_ratio: f64,
    ) -> Result<(), JsError> {
        for (canvas, scene) in canvases.iter().zip(scenes) {
            draw_on(canvas, scene, pixel_ratio, None)?;
        }
        Ok(())
    }
}

fn no_context() -> JsError {
    JsError::new("this canvas has no 2D context")
}

/// Draws a scene on a canvas, whole or only the shapes that reach `region`.
fn draw_on(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    pixel_ratio: f64,
    region: Option<&BoxPx>,
) -> Result<(), JsError> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(no_context)?;
    let area = backend.into_drawing_area();
    match region {
        Some(region) => draw_scene_within(&area, scene, pixel_ratio, region),
        None => draw_scene(&area, scene, pixel_ratio),
    }
    .map_err(|error| JsError::new(&error.to_string()))
}

/// A canvas's 2D context (`None` if it has another kind of context).
fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
}
