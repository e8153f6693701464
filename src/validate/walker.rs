//! The walker: reads one JSON value at a time, reporting each problem with its path.

use super::{limits, Got, JsonType, Problem, ProblemKind};
use crate::date::Date;
use crate::model::*;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The type of a value, for "must be text, got a number".
pub(super) fn type_of(value: &Value) -> Got {
    Got::Type(match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Bool,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Object,
    })
}

/// The value itself, for "must be a number >= 0, got -5".
pub(super) fn show(value: &Value) -> Got {
    match value {
        Value::String(text) => Got::Text(text.clone()),
        Value::Array(items) => Got::ListOf(items.len()),
        Value::Object(_) => Got::Object,
        other => Got::Literal(other.to_string()),
    }
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

pub(super) fn index(path: &str, position: usize) -> String {
    format!("{path}[{position}]")
}

/// Problems found so far, and what later parts of the dataset refer back to.
#[derive(Default)]
pub(super) struct Walker {
    pub(super) problems: Vec<Problem>,
    pub(super) commitment_ids: Vec<String>,
    pub(super) source_count: usize,
    /// Whether the dataset names a currency at the top, valid or not (so an invalid one is
    /// reported once, not again on every money commitment).
    pub(super) currency_given: bool,
}

impl Walker {
    pub(super) fn report(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_owned(),
            kind,
        });
    }

    pub(super) fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
    ) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => {
                self.report(
                    path,
                    ProblemKind::NotObject {
                        got: type_of(other),
                    },
                );
                None
            }
        }
    }

    pub(super) fn required<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'v Value> {
        match map.get(key) {
            Some(Value::Null) | None => {
                self.report(&join(path, key), ProblemKind::Missing);
                None
            }
            Some(value) => Some(value),
        }
    }

    pub(super) fn optional<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
        map.get(key).filter(|value| !value.is_null())
    }

    pub(super) fn list<'v>(
        &mut self,
        value: Option<&'v Value>,
        path: &str,
        max: usize,
    ) -> &'v [Value] {
        match value {
            None => &[],
            Some(Value::Array(items)) if items.len() > max => {
                self.report(
                    path,
                    ProblemKind::TooMany {
                        count: items.len(),
                        limit: max,
                    },
                );
                &[]
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.report(
                    path,
                    ProblemKind::NotList {
                        got: type_of(other),
                    },
                );
                &[]
            }
        }
    }

    pub(super) fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        match value {
            Value::String(text) if text.chars().count() > limits::MAX_TEXT_CHARS => {
                self.report(
                    path,
                    ProblemKind::TooLong {
                        count: text.chars().count(),
                        limit: limits::MAX_TEXT_CHARS,
                    },
                );
                None
            }
            Value::String(text) if text.trim().is_empty() => {
                self.report(path, ProblemKind::Empty);
                None
            }
            Value::String(text) => Some(text.clone()),
            other => {
                self.report(
                    path,
                    ProblemKind::NotText {
                        got: type_of(other),
                    },
                );
                None
            }
        }
    }

    /// Text is either a string or an object of language code → string.
    pub(super) fn text(&mut self, value: &Value, path: &str) -> Option<Text> {
        match value {
            Value::String(_) => self.string(value, path).map(|text| Text::plain(&text)),
            Value::Object(map) if map.is_empty() => {
                self.report(path, ProblemKind::NoLanguage);
                None
            }
            Value::Object(map) => {
                let mut entries = Vec::new();
                for (code, text) in map {
                    let entry_path = join(path, code);
                    if Lang::from_code(code).is_none() && code.len() != 2 {
                        self.report(&entry_path, ProblemKind::NotLanguageCode);
                    }
                    if let Some(text) = self.string(text, &entry_path) {
                        entries.push((code.clone(), text));
                    }
                }
                (entries.len() == map.len()).then_some(Text { entries })
            }
            other => {
                self.report(
                    path,
                    ProblemKind::NotTextOrLanguages {
                        got: type_of(other),
                    },
                );
                None
            }
        }
    }

    pub(super) fn optional_text(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Text {
        match Self::optional(map, key) {
            Some(value) => self.text(value, &join(path, key)).unwrap_or_default(),
            None => Text::default(),
        }
    }

    pub(super) fn date(&mut self, value: &Value, path: &str) -> Option<Date> {
        match value {
            Value::String(text) => {
                let date = Date::parse(text);
                if date.is_none() {
                    self.report(path, ProblemKind::NotDate { got: show(value) });
                }
                date
            }
            other => {
                self.report(
                    path,
                    ProblemKind::NotDate {
                        got: type_of(other),
                    },
                );
                None
            }
        }
    }

    pub(super) fn optional_date(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<Date> {
        Self::optional(map, key).and_then(|value| self.date(value, &join(path, key)))
    }

    pub(super) fn amount(&mut self, value: &Value, path: &str, max: f64) -> Option<f64> {
        let number = match value {
            Value::Number(number) => number.as_f64(),
            _ => None,
        };
        match number {
            Some(number) if number.is_finite() && (0.0..=max).contains(&number) => Some(number),
            Some(number) if number > max => {
                self.report(
                    path,
                    ProblemKind::TooBig {
                        limit: max,
                        got: number,
                    },
                );
                None
            }
            _ => {
                self.report(path, ProblemKind::NotAmount { got: show(value) });
                None
            }
        }
    }

    pub(super) fn qualifier(&mut self, map: &Map<String, Value>, path: &str) -> Option<Qualifier> {
        let Some(value) = Self::optional(map, "qualifier") else {
            return Some(Qualifier::Exact);
        };
        let qualifier = match value.as_str() {
            Some("exact") => Some(Qualifier::Exact),
            Some("approximate") => Some(Qualifier::Approximate),
            Some("less_than") => Some(Qualifier::LessThan),
            Some("more_than") => Some(Qualifier::MoreThan),
            _ => None,
        };
        if qualifier.is_none() {
            self.report(
                &join(path, "qualifier"),
                ProblemKind::NotOneOf {
                    choices: &["exact", "approximate", "less_than", "more_than"],
                    got: show(value),
                },
            );
        }
        qualifier
    }

    /// A figure is a number, or `{"value": n, "qualifier": q}`.
    pub(super) fn figure(&mut self, value: &Value, path: &str) -> Option<Figure> {
        if let Value::Object(map) = value {
            let qualifier = self.qualifier(map, path);
            let amount = self
                .required(map, path, "value")
                .and_then(|v| self.amount(v, &join(path, "value"), limits::MAX_AMOUNT));
            return Some(Figure {
                value: amount?,
                qualifier: qualifier?,
            });
        }
        self.amount(value, path, limits::MAX_AMOUNT)
            .map(Figure::exact)
    }

    /// Delivered is a figure, or `{"percent_of_pledge": p, "qualifier": q}`.
    pub(super) fn delivered(&mut self, value: &Value, path: &str) -> Option<Delivered> {
        if let Value::Object(map) = value {
            if let Some(percent) = Self::optional(map, "percent_of_pledge") {
                let qualifier = self.qualifier(map, path);
                let percent = self.amount(
                    percent,
                    &join(path, "percent_of_pledge"),
                    limits::MAX_PERCENT,
                );
                return Some(Delivered::ShareOfPledge(Figure {
                    value: percent? / 100.0,
                    qualifier: qualifier?,
                }));
            }
        }
        self.figure(value, path).map(Delivered::Amount)
    }

    pub(super) fn source_ref(&mut self, map: &Map<String, Value>, path: &str) -> Option<usize> {
        let value = Self::optional(map, "source")?;
        let path = join(path, "source");
        match value.as_u64() {
            Some(position) if (position as usize) < self.source_count => Some(position as usize),
            _ => {
                self.report(
                    &path,
                    ProblemKind::BadSource {
                        last: self.source_count.saturating_sub(1),
                        got: show(value),
                    },
                );
                None
            }
        }
    }

    pub(super) fn commitment_ref(&mut self, map: &Map<String, Value>, path: &str) -> Option<usize> {
        let value = self.required(map, path, "commitment")?;
        let path = join(path, "commitment");
        let id = self.string(value, &path)?;
        let position = self.commitment_ids.iter().position(|known| *known == id);
        if position.is_none() {
            self.report(&path, ProblemKind::UnknownCommitment { id });
        }
        position
    }

    pub(super) fn id(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        seen: &mut HashSet<String>,
    ) -> Option<String> {
        let value = self.required(map, path, "id")?;
        let path = join(path, "id");
        let id = self.string(value, &path)?;
        if !seen.insert(id.clone()) {
            self.report(&path, ProblemKind::DuplicateId { id: id.clone() });
        }
        Some(id)
    }
}
