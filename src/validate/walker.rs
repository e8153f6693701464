//! The walker: reads one JSON value at a time, reporting each problem with its path.

use super::json::{field, Fields, Json};
use super::{limits, Got, JsonType, Problem, ProblemKind};
use crate::date::Date;
use crate::model::*;

/// The type of a value, for "must be text, got a number".
pub(super) fn type_of(value: &Json) -> Got {
    Got::Type(match value {
        Json::Null => JsonType::Null,
        Json::Bool(_) => JsonType::Bool,
        Json::Number(_) => JsonType::Number,
        Json::Text(_) => JsonType::Text,
        Json::List(_) => JsonType::List,
        Json::Object(_) => JsonType::Object,
    })
}

/// The value itself, for "must be a number >= 0, got -5".
pub(super) fn show(value: &Json) -> Got {
    match value {
        Json::Text(text) => Got::Text(text.clone()),
        Json::List(items) => Got::ListOf(items.len()),
        Json::Object(_) => Got::Object,
        Json::Null => Got::Literal("null".to_owned()),
        Json::Bool(flag) => Got::Literal(if *flag { "true" } else { "false" }.to_owned()),
        Json::Number(number) => Got::Literal(super::number::literal(*number)),
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

    pub(super) fn object<'v>(&mut self, value: &'v Json, path: &str) -> Option<&'v Fields> {
        match value {
            Json::Object(map) => Some(map),
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
        map: &'v Fields,
        path: &str,
        key: &str,
    ) -> Option<&'v Json> {
        match field(map, key) {
            Some(Json::Null) | None => {
                self.report(&join(path, key), ProblemKind::Missing);
                None
            }
            Some(value) => Some(value),
        }
    }

    pub(super) fn optional<'v>(map: &'v Fields, key: &str) -> Option<&'v Json> {
        field(map, key).filter(|value| !value.is_null())
    }

    pub(super) fn list<'v>(
        &mut self,
        value: Option<&'v Json>,
        path: &str,
        max: usize,
    ) -> &'v [Json] {
        match value {
            None => &[],
            Some(Json::List(items)) if items.len() > max => {
                self.report(
                    path,
                    ProblemKind::TooMany {
                        count: items.len(),
                        limit: max,
                    },
                );
                &[]
            }
            Some(Json::List(items)) => items,
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

    pub(super) fn string(&mut self, value: &Json, path: &str) -> Option<String> {
        match value {
            Json::Text(text) if text.chars().count() > limits::MAX_TEXT_CHARS => {
                self.report(
                    path,
                    ProblemKind::TooLong {
                        count: text.chars().count(),
                        limit: limits::MAX_TEXT_CHARS,
                    },
                );
                None
            }
            Json::Text(text) if text.trim().is_empty() => {
                self.report(path, ProblemKind::Empty);
                None
            }
            Json::Text(text) => Some(text.clone()),
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
    pub(super) fn text(&mut self, value: &Json, path: &str) -> Option<Text> {
        match value {
            Json::Text(_) => self.string(value, path).map(|text| Text::plain(&text)),
            Json::Object(map) if map.is_empty() => {
                self.report(path, ProblemKind::NoLanguage);
                None
            }
            Json::Object(map) => {
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

    pub(super) fn optional_text(&mut self, map: &Fields, path: &str, key: &str) -> Text {
        match Self::optional(map, key) {
            Some(value) => self.text(value, &join(path, key)).unwrap_or_default(),
            None => Text::default(),
        }
    }

    pub(super) fn date(&mut self, value: &Json, path: &str) -> Option<Date> {
        match value {
            Json::Text(text) => {
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

    pub(super) fn optional_date(&mut self, map: &Fields, path: &str, key: &str) -> Option<Date> {
        Self::optional(map, key).and_then(|value| self.date(value, &join(path, key)))
    }

    pub(super) fn amount(&mut self, value: &Json, path: &str, max: f64) -> Option<f64> {
        let number = match value {
            Json::Number(number) => Some(*number),
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

    pub(super) fn qualifier(&mut self, map: &Fields, path: &str) -> Option<Qualifier> {
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
    pub(super) fn figure(&mut self, value: &Json, path: &str) -> Option<Figure> {
        if let Json::Object(map) = value {
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
    pub(super) fn delivered(&mut self, value: &Json, path: &str) -> Option<Delivered> {
        if let Json::Object(map) = value {
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

    pub(super) fn source_ref(&mut self, map: &Fields, path: &str) -> Option<usize> {
        let value = Self::optional(map, "source")?;
        let path = join(path, "source");
        match value.as_position() {
            Some(position) if position < self.source_count => Some(position),
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

    pub(super) fn commitment_ref(&mut self, map: &Fields, path: &str) -> Option<usize> {
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
        map: &Fields,
        path: &str,
        seen: &mut Vec<String>,
    ) -> Option<String> {
        let value = self.required(map, path, "id")?;
        let path = join(path, "id");
        let id = self.string(value, &path)?;
        if seen.contains(&id) {
            self.report(&path, ProblemKind::DuplicateId { id: id.clone() });
        } else {
            seen.push(id.clone());
        }
        Some(id)
    }
}
