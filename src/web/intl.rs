//! Numbers and dates formatted by the browser's `Intl`, for the core's [`Formatter`].

use crate::date::Date;
use crate::format::Formatter;
use crate::model::Lang;
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::prelude::*;

/// `Intl` formatters for one language, created once and reused on every redraw.
pub(super) struct IntlFormatter {
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
    pub(super) fn new(lang: Lang) -> IntlFormatter {
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
