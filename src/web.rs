//! The web shell: the only module that names `wasm_bindgen`, `web_sys` or `js_sys`.
//!
//! It holds one opaque [`Widget`] per embedded chart pair, turns JS calls into core calls
//! and core results into small JS values, and formats numbers and dates with the browser's
//! `Intl`. It does no arithmetic: figures, text and layout all come from the core, and the
//! page's script owns the DOM, sizes the canvases and schedules redraws.

use crate::chart::{draw_scene, Scene, Theme};
use crate::date::Date;
use crate::format::Formatter;
use crate::model::{Dataset, Lang};
use crate::scenario::Scenario;
use crate::validate::{check_size, not_json, validate_json, Json, Problems, MAX_DEPTH};
use crate::view;
use js_sys::{Array, Function, Intl, Object, Reflect, JSON};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

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

/// `Intl` formatters for one language, created once and reused on every redraw.
struct IntlFormatter {
    lang: Lang,
    whole: Function,
    one_decimal: Function,
    day: Function,
    month: Function,
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

impl IntlFormatter {
    fn new(lang: Lang) -> IntlFormatter {
        let locales = Array::of1(&JsValue::from_str(lang.words().locale));
        let digits = |count: u32| {
            Intl::NumberFormat::new(
                &locales,
                &options(&[
                    ("minimumFractionDigits", count.into()),
                    ("maximumFractionDigits", count.into()),
                ]),
            )
            .format()
        };
        let utc = ("timeZone", JsValue::from_str("UTC"));
        IntlFormatter {
            lang,
            whole: digits(0),
            one_decimal: digits(1),
            day: Intl::DateTimeFormat::new(
                &locales,
                &options(&[
                    ("day", "numeric".into()),
                    ("month", "long".into()),
                    ("year", "numeric".into()),
                    utc.clone(),
                ]),
            )
            .format(),
            month: Intl::DateTimeFormat::new(
                &locales,
                &options(&[("month", "short".into()), ("year", "numeric".into()), utc]),
            )
            .format(),
        }
    }

    fn call(function: &Function, value: JsValue) -> String {
        function
            .call1(&JsValue::NULL, &value)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }
}

impl Formatter for IntlFormatter {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn number(&self, value: f64, fraction_digits: u8) -> String {
        let function = if fraction_digits == 0 {
            &self.whole
        } else {
            &self.one_decimal
        };
        Self::call(function, JsValue::from_f64(value))
    }

    fn locale_date(&self, date: Date) -> String {
        Self::call(
            &self.day,
            js_sys::Date::new(&JsValue::from_f64(date.unix_millis())).into(),
        )
    }

    fn month(&self, date: Date) -> String {
        Self::call(
            &self.month,
            js_sys::Date::new(&JsValue::from_f64(date.unix_millis())).into(),
        )
    }
}

/// One widget: a dataset, the reader's scenario, and the two canvases it draws on.
#[wasm_bindgen]
pub struct Widget {
    dataset: Dataset,
    scenario: Scenario,
    formatter: IntlFormatter,
    theme: Theme,
    bars: HtmlCanvasElement,
    timeline: HtmlCanvasElement,
    contributors: Option<HtmlCanvasElement>,
}

impl Widget {
    /// The bar chart, the timeline and, when the dataset has contributors, their chart.
    fn chart_scenes(&self, width_css_px: f64, theme: &Theme) -> Vec<Scene> {
        use crate::chart::{bars::layout_bars, timeline::layout_timeline};
        let mut scenes = vec![
            layout_bars(
                &view::bar_view(&self.dataset, &self.scenario, &self.formatter),
                width_css_px,
                theme,
            ),
            layout_timeline(
                &view::timeline_view(&self.dataset, &self.scenario, &self.formatter),
                width_css_px,
                theme,
            ),
        ];
        if let Some((_, contributors)) = view::contributors_chart(&self.dataset, &self.formatter) {
            scenes.push(layout_bars(&contributors, width_css_px, theme));
        }
        scenes
    }
}

/// Parses with the browser's `JSON.parse` (the embed carries no JSON parser of its own)
/// and validates; text it refuses is read again by the core to say where and why.
pub fn read_dataset(text: &str) -> Result<Dataset, Problems> {
    check_size(text)?;
    let tree = JSON::parse(text)
        .ok()
        .and_then(|value| json_from_js(&value, MAX_DEPTH));
    match tree {
        Some(tree) => validate_json(&tree),
        None => Err(not_json(text)),
    }
}

/// A `JSON.parse` result as the core's tree; `None` when nested deeper than `depth_left`
/// or holding a number too large for a float (`JSON.parse` reads `1e400` as `Infinity`,
/// where serde_json refuses it), so that the core says where the text went wrong.
fn json_from_js(value: &JsValue, depth_left: usize) -> Option<Json> {
    if let Some(flag) = value.as_bool() {
        return Some(Json::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return number.is_finite().then_some(Json::Number(number));
    }
    if let Some(text) = value.as_string() {
        return Some(Json::Text(text));
    }
    if !value.is_object() {
        return Some(Json::Null);
    }
    let inner = depth_left.checked_sub(1).filter(|left| *left > 0)?;
    if Array::is_array(value) {
        let items = Array::from(value)
            .into_iter()
            .map(|item| json_from_js(&item, inner));
        return items.collect::<Option<_>>().map(Json::List);
    }
    let fields = Object::entries(value.unchecked_ref())
        .into_iter()
        .map(|entry| {
            let pair = Array::from(&entry);
            let value = json_from_js(&pair.get(1), inner)?;
            Some((pair.get(0).as_string().unwrap_or_default(), value))
        });
    fields.collect::<Option<_>>().map(Json::Object)
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(ToJs)
        .map_err(|error| JsError::new(&error.0))
}

/// Plain JS values from the core's serializable types, as serde-wasm-bindgen writes them
/// (structs as objects, sequences and tuples as arrays, `None` and `()` as `undefined`,
/// unit variants as their names), without its string cache and its weight in the wasm.
/// Only the shapes the core sends are supported: no maps, no variants with data.
struct ToJs;

/// Why a value has no JS form (maps and variants with data are never sent).
#[derive(Debug)]
struct NotSerializable(String);

impl std::fmt::Display for NotSerializable {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for NotSerializable {}

impl serde::ser::Error for NotSerializable {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        NotSerializable(message.to_string())
    }
}

/// An array or object being filled.
struct Filling(JsValue);

type Impossible = serde::ser::Impossible<JsValue, NotSerializable>;

macro_rules! numbers_to_js {
    ($($method:ident: $type:ty),*) => {
        $(fn $method(self, value: $type) -> Result<JsValue, NotSerializable> {
            Ok(JsValue::from(value))
        })*
    };
}

/// Variants with data are never sent to the page.
macro_rules! refuse_variants_with_data {
    ($($method:ident),*) => {
        $(fn $method(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            _: usize,
        ) -> Result<Impossible, NotSerializable> {
            Err(NotSerializable(variant.to_owned()))
        })*
    };
}

impl serde::Serializer for ToJs {
    type Ok = JsValue;
    type Error = NotSerializable;
    type SerializeSeq = Filling;
    type SerializeTuple = Filling;
    type SerializeTupleStruct = Filling;
    type SerializeTupleVariant = Impossible;
    type SerializeMap = Impossible;
    type SerializeStruct = Filling;
    type SerializeStructVariant = Impossible;

    numbers_to_js!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16,
        serialize_i32: i32, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_f32: f32, serialize_f64: f64, serialize_str: &str);

    fn serialize_i64(self, value: i64) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from(value as f64))
    }

    fn serialize_u64(self, value: u64) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from(value as f64))
    }

    fn serialize_char(self, value: char) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from(String::from(value)))
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<JsValue, NotSerializable> {
        Err(NotSerializable("bytes".to_owned()))
    }

    fn serialize_none(self) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::UNDEFINED)
    }

    fn serialize_some<T: serde::Serialize + ?Sized>(
        self,
        value: &T,
    ) -> Result<JsValue, NotSerializable> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::UNDEFINED)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::UNDEFINED)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from_str(variant))
    }

    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<JsValue, NotSerializable> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: &T,
    ) -> Result<JsValue, NotSerializable> {
        Err(NotSerializable(variant.to_owned()))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Filling, NotSerializable> {
        Ok(Filling(Array::new().into()))
    }

    fn serialize_tuple(self, _: usize) -> Result<Filling, NotSerializable> {
        Ok(Filling(Array::new().into()))
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Filling, NotSerializable> {
        Ok(Filling(Array::new().into()))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Impossible, NotSerializable> {
        Err(NotSerializable("map".to_owned()))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Filling, NotSerializable> {
        Ok(Filling(Object::new().into()))
    }

    refuse_variants_with_data!(serialize_tuple_variant, serialize_struct_variant);
}

impl Filling {
    fn push<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NotSerializable> {
        self.0
            .unchecked_ref::<Array>()
            .push(&value.serialize(ToJs)?);
        Ok(())
    }
}

/// Arrays: sequences, tuples and tuple structs, filled in order.
macro_rules! fill_in_order {
    ($($kind:ident::$method:ident),*) => {
        $(impl serde::ser::$kind for Filling {
            type Ok = JsValue;
            type Error = NotSerializable;

            fn $method<T: serde::Serialize + ?Sized>(
                &mut self,
                value: &T,
            ) -> Result<(), NotSerializable> {
                self.push(value)
            }

            fn end(self) -> Result<JsValue, NotSerializable> {
                Ok(self.0)
            }
        })*
    };
}

fill_in_order!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl serde::ser::SerializeStruct for Filling {
    type Ok = JsValue;
    type Error = NotSerializable;

    fn serialize_field<T: serde::Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotSerializable> {
        let value = value.serialize(ToJs)?;
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value);
        Ok(())
    }

    fn end(self) -> Result<JsValue, NotSerializable> {
        Ok(self.0)
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
        })
    }

    /// The code of the language the widget speaks (`"fr"`, `"en"`, `"es"`).
    pub fn language(&self) -> String {
        self.formatter.lang.code().to_owned()
    }

    /// Switches the language (a supported code; anything else keeps the current one).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&mut self, code: &str) {
        // Creating Intl formatters is slow (locale data): only when the language changes.
        if let Some(lang) = Lang::from_code(code).filter(|lang| *lang != self.formatter.lang) {
            self.formatter = IntlFormatter::new(lang);
        }
    }

    /// Switches the colours (`"dark"` or `"light"`); a transparent chart lets the host
    /// page's background show through (embeds).
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, name: &str, transparent: bool) {
        self.theme = Theme::named(name);
        if transparent {
            self.theme.background = None;
        }
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
    }

    /// The figures as shown, scenario included, as CSV text.
    pub fn csv(&self) -> String {
        view::csv(&self.dataset, &self.scenario, self.formatter.lang)
    }

    /// Sets one slider: `kind` is `"extra"` or `"pace"`, `value` in the slider's measure.
    #[wasm_bindgen(js_name = setValue)]
    pub fn set_value(&mut self, commitment: &str, kind: &str, value: f64) {
        match kind {
            "extra" => self.scenario.set_extra_delivered(commitment, value),
            "pace" => self.scenario.set_monthly_pace(commitment, value),
            _ => {}
        }
    }

    /// Heights in CSS pixels of the bar chart, the timeline and (with contributors) the
    /// contributors chart at this width.
    pub fn heights(&self, width_css_px: f64) -> Vec<f64> {
        self.chart_scenes(width_css_px, &self.theme)
            .iter()
            .map(|scene| scene.height_px)
            .collect()
    }

    /// Draws the charts on the widget's canvases. The page has already sized each canvas's
    /// backing store to its CSS size times `pixel_ratio`; drawing scales by that ratio so
    /// charts stay sharp.
    pub fn draw(&self, width_css_px: f64, pixel_ratio: f64) -> Result<(), JsError> {
        let mut canvases = vec![self.bars.clone(), self.timeline.clone()];
        canvases.extend(self.contributors.clone());
        Self::draw_scenes(
            &canvases,
            &self.chart_scenes(width_css_px, &self.theme),
            pixel_ratio,
        )
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
    fn export_scenes(&self, width_css_px: f64) -> Vec<Scene> {
        use crate::chart::caption::{layout_caption, Paragraph};
        let text = view::page_text(&self.dataset, &self.scenario, &self.formatter);
        let mut opaque = self.theme.clone();
        opaque.background = opaque.background.or(Some(opaque.surface));
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
        let mut scenes = vec![layout_caption(&head, width_css_px, &opaque)];
        scenes.append(&mut self.chart_scenes(width_css_px, &opaque));
        let foot = [
            paragraph(&text.result, 13.0, false, false),
            paragraph(&text.source_line, 12.0, false, true),
        ];
        scenes.push(layout_caption(&foot, width_css_px, &opaque));
        scenes
    }

    fn draw_scenes(
        canvases: &[HtmlCanvasElement],
        scenes: &[Scene],
        pixel_ratio: f64,
    ) -> Result<(), JsError> {
        for (canvas, scene) in canvases.iter().zip(scenes) {
            let backend = CanvasBackend::with_canvas_object(canvas.clone())
                .ok_or_else(|| JsError::new("this canvas has no 2D context"))?;
            let area = backend.into_drawing_area();
            draw_scene(&area, scene, pixel_ratio)
                .map_err(|error| JsError::new(&error.to_string()))?;
        }
        Ok(())
    }
}
