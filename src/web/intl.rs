//! Numbers and dates formatted by the browser's `Intl`, for the core's [`Formatter`].

use crate::date::Date;
use crate::format::Formatter;
use crate::model::Lang;
use js_sys::{Array, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// `Intl` formatters for one language, created once and reused on every redraw.
pub(super) struct IntlFormatter {
    lang: Lang,
    whole: Function,
    one_decimal: Function,
    day: Function,
    month: Function,
    /// What `Intl` wrote lately, so that a figure or date said in several places of one
    /// frame (headline, chart, table, accessible name) is formatted once: each call crosses
    /// into JavaScript. A short list, oldest dropped first.
    written: RefCell<Vec<(Key, String)>>,
}

/// What was formatted: a number's bits and decimals, or a day (long or as a month).
#[derive(Clone, Copy, PartialEq)]
enum Key {
    Number(u64, u8),
    Day(i64),
    Month(i64),
}

/// How many recent results are kept: a frame of the widget formats a few dozen.
const WRITTEN_KEPT: usize = 96;

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
            written: RefCell::new(Vec::new()),
        }
    }

    /// `key`'s text, from the recent results or written by `write` and kept.
    fn remembered(&self, key: Key, write: impl FnOnce() -> String) -> String {
        if let Some((_, text)) = self.written.borrow().iter().find(|(k, _)| *k == key) {
            return text.clone();
        }
        let text = write();
        let mut written = self.written.borrow_mut();
        if written.len() >= WRITTEN_KEPT {
            written.remove(0);
        }
        written.push((key, text.clone()));
        text
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
        self.remembered(Key::Number(value.to_bits(), fraction_digits), || {
            let function = if fraction_digits == 0 {
                &self.whole
            } else {
                &self.one_decimal
            };
            Self::call(function, JsValue::from_f64(value))
        })
    }

    fn locale_date(&self, date: Date) -> String {
        self.remembered(Key::Day(date.unix_millis() as i64), || {
            Self::call(
                &self.day,
                js_sys::Date::new(&JsValue::from_f64(date.unix_millis())).into(),
            )
        })
    }

    fn month(&self, date: Date) -> String {
        self.remembered(Key::Month(date.unix_millis() as i64), || {
            Self::call(
                &self.month,
                js_sys::Date::new(&JsValue::from_f64(date.unix_millis())).into(),
            )
        })
    }
}
