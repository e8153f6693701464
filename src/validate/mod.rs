//! Reading and validating a dataset: JSON text in, a [`Dataset`] or every problem out.
//!
//! Validation walks the JSON tree itself rather than deriving `Deserialize`, so that it can
//! report all problems at once, each with its JSON path and a plain sentence, and never
//! panics whatever the input.

use crate::date::Date;
use crate::model::*;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Limits no real tracker reaches; inputs beyond them are refused with a message.
pub mod limits {
    /// Largest accepted JSON text, in bytes (5 MiB).
    pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;
    /// Most commitments in one dataset.
    pub const MAX_COMMITMENTS: usize = 50;
    /// Most contributors in one dataset.
    pub const MAX_CONTRIBUTORS: usize = 1_000;
    /// Most observations in one dataset.
    pub const MAX_OBSERVATIONS: usize = 20_000;
    /// Most events in one dataset.
    pub const MAX_EVENTS: usize = 200;
    /// Most sources in one dataset.
    pub const MAX_SOURCES: usize = 50;
    /// Longest label, title or name, in characters.
    pub const MAX_TEXT_CHARS: usize = 300;
    /// Largest amount in any unit (a thousand trillion).
    pub const MAX_AMOUNT: f64 = 1e15;
    /// Largest share of a pledge, in percent (100 times over-delivered).
    pub const MAX_PERCENT: f64 = 10_000.0;
    /// Most problems reported; after that one more line says how many were left out.
    pub const MAX_PROBLEMS: usize = 100;
}

/// Currencies the widget knows how to name (ISO 4217).
pub const KNOWN_CURRENCIES: &[&str] = &[
    "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "HTG", "INR", "JPY", "KES", "KRW",
    "MXN", "NOK", "NZD", "SEK", "USD", "XAF", "XOF", "ZAR",
];

mod problem;
pub use problem::*;

/// Parses and validates JSON text.
pub fn parse_dataset(json: &str) -> Result<Dataset, Problems> {
    if json.len() > limits::MAX_INPUT_BYTES {
        return Err(Problems(vec![Problem {
            path: String::new(),
            kind: ProblemKind::TooLarge {
                bytes: json.len(),
                limit: limits::MAX_INPUT_BYTES,
            },
        }]));
    }
    match serde_json::from_str::<Value>(json) {
        Ok(value) => validate(&value),
        Err(error) => Err(Problems(vec![Problem {
            path: String::new(),
            kind: ProblemKind::NotJson {
                line: error.line(),
                column: error.column(),
                detail: describe_json_error(&error),
            },
        }])),
    }
}

fn describe_json_error(error: &serde_json::Error) -> String {
    let text = error.to_string();
    // serde_json appends " at line L column C", which the caller already says.
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Validates an already parsed JSON tree (for callers that hold a JS object).
pub fn validate(value: &Value) -> Result<Dataset, Problems> {
    let mut walker = Walker::default();
    let dataset = walker.dataset(value);
    if walker.problems.is_empty() {
        if let Some(dataset) = dataset {
            return Ok(dataset);
        }
        walker.report("", ProblemKind::Unreadable);
    }
    let mut problems = walker.problems;
    if problems.len() > limits::MAX_PROBLEMS {
        let left_out = problems.len() - limits::MAX_PROBLEMS;
        problems.truncate(limits::MAX_PROBLEMS);
        problems.push(Problem {
            path: String::new(),
            kind: ProblemKind::MoreProblems { count: left_out },
        });
    }
    Err(Problems(problems))
}

/// The type of a value, for "must be text, got a number".
fn type_of(value: &Value) -> Got {
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
fn show(value: &Value) -> Got {
    match value {
        Value::String(text) => Got::Text(text.clone()),
        Value::Array(items) => Got::ListOf(items.len()),
        Value::Object(_) => Got::Object,
        other => Got::Literal(other.to_string()),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn index(path: &str, position: usize) -> String {
    format!("{path}[{position}]")
}

#[derive(Default)]
struct Walker {
    problems: Vec<Problem>,
    commitment_ids: Vec<String>,
    source_count: usize,
    /// Whether the dataset names a currency at the top, valid or not (so an invalid one is
    /// reported once, not again on every money commitment).
    currency_given: bool,
}

impl Walker {
    fn report(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_owned(),
            kind,
        });
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
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

    fn required<'v>(
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

    fn optional<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
        map.get(key).filter(|value| !value.is_null())
    }

    fn list<'v>(&mut self, value: Option<&'v Value>, path: &str, max: usize) -> &'v [Value] {
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

    fn string(&mut self, value: &Value, path: &str) -> Option<String> {
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
    fn text(&mut self, value: &Value, path: &str) -> Option<Text> {
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

    fn optional_text(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Text {
        match Self::optional(map, key) {
            Some(value) => self.text(value, &join(path, key)).unwrap_or_default(),
            None => Text::default(),
        }
    }

    fn date(&mut self, value: &Value, path: &str) -> Option<Date> {
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

    fn optional_date(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Option<Date> {
        Self::optional(map, key).and_then(|value| self.date(value, &join(path, key)))
    }

    fn amount(&mut self, value: &Value, path: &str, max: f64) -> Option<f64> {
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

    fn qualifier(&mut self, map: &Map<String, Value>, path: &str) -> Option<Qualifier> {
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
    fn figure(&mut self, value: &Value, path: &str) -> Option<Figure> {
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
    fn delivered(&mut self, value: &Value, path: &str) -> Option<Delivered> {
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

    fn source_ref(&mut self, map: &Map<String, Value>, path: &str) -> Option<usize> {
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

    fn commitment_ref(&mut self, map: &Map<String, Value>, path: &str) -> Option<usize> {
        let value = self.required(map, path, "commitment")?;
        let path = join(path, "commitment");
        let id = self.string(value, &path)?;
        let position = self.commitment_ids.iter().position(|known| *known == id);
        if position.is_none() {
            self.report(&path, ProblemKind::UnknownCommitment { id });
        }
        position
    }

    fn id(
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

    fn dataset(&mut self, value: &Value) -> Option<Dataset> {
        let map = self.object(value, "")?;
        let format = self.required(map, "", "format");
        match format.and_then(Value::as_str) {
            Some(text) if text == format!("pledgeviz/{FORMAT_VERSION}") => {}
            Some(text) => {
                self.report(
                    "format",
                    ProblemKind::UnknownFormat {
                        got: text.to_owned(),
                    },
                );
                return None;
            }
            None if format.is_some() => {
                self.report("format", ProblemKind::FormatNotText);
                return None;
            }
            None => return None,
        }

        let title = self
            .required(map, "", "title")
            .and_then(|v| self.text(v, "title"));
        let subtitle = self.optional_text(map, "", "subtitle");
        let locale = match Self::optional(map, "locale") {
            Some(value) => self.string(value, "locale").unwrap_or_default(),
            None => "fr-FR".to_owned(),
        };
        self.currency_given = Self::optional(map, "currency").is_some();
        let currency = Self::optional(map, "currency").and_then(|v| self.currency(v, "currency"));
        let as_of = self
            .required(map, "", "as_of")
            .and_then(|v| self.date(v, "as_of"));
        let illustrative = match Self::optional(map, "illustrative") {
            None => false,
            Some(Value::Bool(flag)) => *flag,
            Some(other) => {
                self.report(
                    "illustrative",
                    ProblemKind::NotBool {
                        got: type_of(other),
                    },
                );
                false
            }
        };

        let sources_value = self.required(map, "", "sources");
        let source_items = self.list(sources_value, "sources", limits::MAX_SOURCES);
        if sources_value.is_some()
            && source_items.is_empty()
            && matches!(sources_value, Some(Value::Array(_)))
        {
            self.report("sources", ProblemKind::NoSource);
        }
        self.source_count = source_items.len();
        let sources: Vec<Source> = source_items
            .iter()
            .enumerate()
            .filter_map(|(position, item)| self.source(item, &index("sources", position)))
            .collect();

        let period = Self::optional(map, "period").and_then(|v| self.period(v, "period"));

        let commitments_value = self.required(map, "", "commitments");
        let commitment_items = self.list(commitments_value, "commitments", limits::MAX_COMMITMENTS);
        if matches!(commitments_value, Some(Value::Array(items)) if items.is_empty()) {
            self.report("commitments", ProblemKind::NoCommitment);
        }
        // Ids first, so that later entries can name commitments wherever they stand.
        let mut seen = HashSet::new();
        self.commitment_ids = commitment_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                let path = index("commitments", position);
                item.as_object()
                    .and_then(|map| self.id(map, &path, &mut seen))
                    .unwrap_or_default()
            })
            .collect();
        let mut commitments = Vec::new();
        for (position, item) in commitment_items.iter().enumerate() {
            commitments.push(self.commitment(
                item,
                &index("commitments", position),
                currency.as_deref(),
            ));
        }

        let contributor_items = self.list(
            Self::optional(map, "contributors"),
            "contributors",
            limits::MAX_CONTRIBUTORS,
        );
        let mut contributor_ids = HashSet::new();
        let contributors: Vec<Option<Contributor>> = contributor_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                self.contributor(item, &index("contributors", position), &mut contributor_ids)
            })
            .collect();

        let observation_items = self.list(
            Self::optional(map, "observations"),
            "observations",
            limits::MAX_OBSERVATIONS,
        );
        let mut observations = Vec::new();
        let mut last_date: Vec<Option<Date>> = vec![None; self.commitment_ids.len()];
        for (position, item) in observation_items.iter().enumerate() {
            let path = index("observations", position);
            let observation = self.observation(item, &path);
            if let Some(observation) = &observation {
                if let Some(as_of) = as_of {
                    if observation.date > as_of {
                        self.report(
                            &join(&path, "date"),
                            ProblemKind::AfterAsOf {
                                date: observation.date,
                                as_of,
                            },
                        );
                    }
                }
                let last = &mut last_date[observation.commitment];
                if let Some(previous) = *last {
                    if observation.date <= previous {
                        self.report(
                            &join(&path, "date"),
                            ProblemKind::OutOfOrder {
                                date: observation.date,
                                previous,
                            },
                        );
                    }
                }
                *last = Some(observation.date);
            }
            observations.push(observation);
        }

        let event_items = self.list(Self::optional(map, "events"), "events", limits::MAX_EVENTS);
        let events: Vec<Option<Event>> = event_items
            .iter()
            .enumerate()
            .map(|(position, item)| self.event(item, &index("events", position)))
            .collect();

        let note_items = self.list(Self::optional(map, "notes"), "notes", limits::MAX_EVENTS);
        let notes: Vec<Option<Note>> = note_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                let path = index("notes", position);
                let note = self.object(item, &path)?;
                let text = self
                    .required(note, &path, "text")
                    .and_then(|v| self.text(v, &join(&path, "text")));
                let source = self.source_ref(note, &path);
                Some(Note {
                    text: text?,
                    source,
                })
            })
            .collect();

        if !self.problems.is_empty() {
            return None;
        }
        Some(Dataset {
            title: title?,
            subtitle,
            locale,
            currency,
            as_of: as_of?,
            illustrative,
            sources,
            period,
            commitments: commitments.into_iter().collect::<Option<_>>()?,
            contributors: contributors.into_iter().collect::<Option<_>>()?,
            observations: observations.into_iter().collect::<Option<_>>()?,
            events: events.into_iter().collect::<Option<_>>()?,
            notes: notes.into_iter().collect::<Option<_>>()?,
        })
    }

    fn currency(&mut self, value: &Value, path: &str) -> Option<String> {
        let code = self.string(value, path)?;
        if KNOWN_CURRENCIES.contains(&code.as_str()) {
            Some(code)
        } else {
            self.report(path, ProblemKind::UnknownCurrency { code });
            None
        }
    }

    fn source(&mut self, value: &Value, path: &str) -> Option<Source> {
        let map = self.object(value, path)?;
        let name = self
            .required(map, path, "name")
            .and_then(|v| self.string(v, &join(path, "name")));
        let url = match Self::optional(map, "url") {
            Some(value) => {
                let url_path = join(path, "url");
                let url = self.string(value, &url_path);
                match url {
                    Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                        Some(url)
                    }
                    Some(url) => {
                        self.report(&url_path, ProblemKind::NotUrl { got: url });
                        None
                    }
                    None => None,
                }
            }
            None => None,
        };
        let date = self.optional_date(map, path, "date");
        Some(Source {
            name: name?,
            url,
            date,
        })
    }

    fn period(&mut self, value: &Value, path: &str) -> Option<Period> {
        let map = self.object(value, path)?;
        let start = self
            .required(map, path, "start")
            .and_then(|v| self.date(v, &join(path, "start")));
        let end = self
            .required(map, path, "end")
            .and_then(|v| self.date(v, &join(path, "end")));
        let label = self.optional_text(map, path, "label");
        let (start, end) = (start?, end?);
        if end <= start {
            self.report(
                &join(path, "end"),
                ProblemKind::EndBeforeStart { start, end },
            );
            return None;
        }
        Some(Period { start, end, label })
    }

    fn commitment(
        &mut self,
        value: &Value,
        path: &str,
        currency: Option<&str>,
    ) -> Option<Commitment> {
        let map = self.object(value, path)?;
        let label = self
            .required(map, path, "label")
            .and_then(|v| self.text(v, &join(path, "label")));
        let unit = self.unit(map, path, currency);
        let delivered = self
            .required(map, path, "delivered")
            .and_then(|v| self.delivered(v, &join(path, "delivered")));
        let pledged = match (Self::optional(map, "pledged"), delivered) {
            (Some(value), _) => Some(self.figure(value, &join(path, "pledged"))),
            (None, Some(Delivered::ShareOfPledge(_))) => None,
            (None, _) => {
                self.report(&join(path, "pledged"), ProblemKind::PledgedMissing);
                Some(None)
            }
        };
        let pledged_basis = self
            .required(map, path, "pledged_basis")
            .and_then(|v| self.text(v, &join(path, "pledged_basis")));
        let deadline = self.optional_date(map, path, "deadline");
        let source = self.source_ref(map, path);
        let (headline, what_if) = match Self::optional(map, "sentences") {
            Some(value) => {
                let sentences_path = join(path, "sentences");
                match self.object(value, &sentences_path) {
                    Some(sentences) => (
                        self.optional_text(sentences, &sentences_path, "headline"),
                        self.optional_text(sentences, &sentences_path, "what_if"),
                    ),
                    None => Default::default(),
                }
            }
            None => Default::default(),
        };
        Some(Commitment {
            id: self.commitment_ids.get(commitment_position(path)?)?.clone(),
            label: label?,
            unit: unit?,
            pledged: match pledged {
                Some(figure) => Some(figure?),
                None => None,
            },
            pledged_basis: pledged_basis?,
            delivered: delivered?,
            deadline,
            source,
            headline,
            what_if,
        })
    }

    fn unit(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        currency: Option<&str>,
    ) -> Option<Unit> {
        let value = self.required(map, path, "unit")?;
        let unit_path = join(path, "unit");
        match value.as_str() {
            Some("money") => {
                let own = Self::optional(map, "currency")
                    .map(|v| self.currency(v, &join(path, "currency")));
                match (own, currency) {
                    (Some(own), _) => own.map(|currency| Unit::Money { currency }),
                    (None, Some(currency)) => Some(Unit::Money {
                        currency: currency.to_owned(),
                    }),
                    (None, None) if self.currency_given => None,
                    (None, None) => {
                        self.report(&join(path, "currency"), ProblemKind::CurrencyMissing);
                        None
                    }
                }
            }
            Some("people") => Some(Unit::People),
            Some("count") => {
                let name = self
                    .required(map, path, "unit_name")
                    .and_then(|v| self.text(v, &join(path, "unit_name")));
                name.map(|name| Unit::Count { name })
            }
            _ => {
                self.report(
                    &unit_path,
                    ProblemKind::NotOneOf {
                        choices: &["money", "people", "count"],
                        got: show(value),
                    },
                );
                None
            }
        }
    }

    fn contributor(
        &mut self,
        value: &Value,
        path: &str,
        seen: &mut HashSet<String>,
    ) -> Option<Contributor> {
        let map = self.object(value, path)?;
        let id = self.id(map, path, seen);
        let name = self
            .required(map, path, "name")
            .and_then(|v| self.text(v, &join(path, "name")));
        let shares_path = join(path, "pledges");
        let pledges = self.required(map, path, "pledges");
        let items = self.list(pledges, &shares_path, limits::MAX_COMMITMENTS);
        let mut shares = Vec::new();
        let mut named = HashSet::new();
        for (position, item) in items.iter().enumerate() {
            let item_path = index(&shares_path, position);
            let Some(item_map) = self.object(item, &item_path) else {
                shares.push(None);
                continue;
            };
            let commitment = self.commitment_ref(item_map, &item_path);
            if let Some(commitment) = commitment {
                if !named.insert(commitment) {
                    self.report(
                        &join(&item_path, "commitment"),
                        ProblemKind::DuplicatePledge,
                    );
                }
            }
            let pledged = self
                .required(item_map, &item_path, "pledged")
                .and_then(|v| self.figure(v, &join(&item_path, "pledged")));
            let delivered = self
                .required(item_map, &item_path, "delivered")
                .and_then(|v| self.figure(v, &join(&item_path, "delivered")));
            shares.push((|| {
                Some(ContributorShare {
                    commitment: commitment?,
                    pledged: pledged?,
                    delivered: delivered?,
                })
            })());
        }
        Some(Contributor {
            id: id?,
            name: name?,
            shares: shares.into_iter().collect::<Option<_>>()?,
        })
    }

    fn observation(&mut self, value: &Value, path: &str) -> Option<Observation> {
        let map = self.object(value, path)?;
        let commitment = self.commitment_ref(map, path);
        let date = self
            .required(map, path, "date")
            .and_then(|v| self.date(v, &join(path, "date")));
        let delivered = self
            .required(map, path, "delivered")
            .and_then(|v| self.delivered(v, &join(path, "delivered")));
        let source = self.source_ref(map, path);
        Some(Observation {
            commitment: commitment?,
            date: date?,
            delivered: delivered?,
            source,
        })
    }

    fn event(&mut self, value: &Value, path: &str) -> Option<Event> {
        let map = self.object(value, path)?;
        let date = self
            .required(map, path, "date")
            .and_then(|v| self.date(v, &join(path, "date")));
        let label = self
            .required(map, path, "label")
            .and_then(|v| self.text(v, &join(path, "label")));
        let kind = match Self::optional(map, "kind").map(|v| (v, v.as_str())) {
            None => Some(EventKind::Other),
            Some((_, Some("approval"))) => Some(EventKind::Approval),
            Some((_, Some("renewal"))) => Some(EventKind::Renewal),
            Some((_, Some("deployment"))) => Some(EventKind::Deployment),
            Some((_, Some("statement"))) => Some(EventKind::Statement),
            Some((_, Some("mandate_end"))) => Some(EventKind::MandateEnd),
            Some((_, Some("other"))) => Some(EventKind::Other),
            Some((value, _)) => {
                self.report(
                    &join(path, "kind"),
                    ProblemKind::NotOneOf {
                        choices: &[
                            "approval",
                            "renewal",
                            "deployment",
                            "statement",
                            "mandate_end",
                            "other",
                        ],
                        got: show(value),
                    },
                );
                None
            }
        };
        let approximate_date = matches!(
            Self::optional(map, "approximate_date"),
            Some(Value::Bool(true))
        );
        let source = self.source_ref(map, path);
        Some(Event {
            date: date?,
            approximate_date,
            label: label?,
            kind: kind?,
            source,
        })
    }
}

/// The position in `commitments[N]`, for looking up the id read in the first pass.
fn commitment_position(path: &str) -> Option<usize> {
    path.strip_prefix("commitments[")?
        .strip_suffix(']')?
        .parse()
        .ok()
}
