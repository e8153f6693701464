//! Building a dataset from a draft: every cell and field read, every problem located by
//! table, row and column or by field, and the result checked by the validator itself.
//!
//! The build reads the draft into the model's types and writes them with
//! [`super::write`], so what the editor writes is what a saved file holds; it then runs
//! [`crate::validate::validate`] on its own output and maps anything refused back to the
//! place in the draft it came from.

use super::dates::{read_date, read_date_column, DateOrder, DateRefusal, OrderFinding};
use super::draft::{Draft, DraftText};
use super::guess::Role;
use super::numbers::NumberReading;
use super::problem::{EditorNote, EditorProblem, Field, Location, ProblemKind};
use super::table::Row;
use super::vocabulary::fold;
use super::write::dataset_to_value;
use crate::date::Date;
use crate::model::*;
use crate::validate::{limits, validate, KNOWN_CURRENCIES};
use serde_json::Value;

mod agreement;
mod commitments;
mod lists;
mod tables;
mod totals;

/// The dataset as JSON and what the journalist should know, or every problem found.
pub type BuildResult = Result<(Value, Vec<EditorNote>), Vec<EditorProblem>>;

/// Builds a `pledgeviz/1` dataset from a draft. The JSON returned always passes
/// validation; otherwise every problem is returned, each at its place in the draft.
pub fn build(draft: &Draft) -> BuildResult {
    let mut builder = Builder {
        draft,
        problems: Vec::new(),
        notes: Vec::new(),
        places: Vec::new(),
    };
    let dataset = builder.dataset();
    let Builder {
        mut problems,
        notes,
        places,
        ..
    } = builder;
    let dataset = match dataset {
        Some(dataset) if problems.is_empty() => dataset,
        _ => return Err(problems),
    };
    let value = dataset_to_value(&dataset);
    match validate(&value) {
        Ok(_) => Ok((value, notes)),
        Err(refused) => {
            problems.extend(refused.0.into_iter().map(|problem| EditorProblem {
                location: place_of(&places, &problem.path),
                kind: ProblemKind::Invalid {
                    path: problem.path,
                    problem: problem.kind,
                },
            }));
            Err(problems)
        }
    }
}

/// The location recorded for the longest recorded path that holds `path`.
fn place_of(places: &[(String, Location)], path: &str) -> Location {
    places
        .iter()
        .filter(|(prefix, _)| {
            path == prefix
                || (path.starts_with(prefix.as_str())
                    && matches!(path.as_bytes().get(prefix.len()), Some(b'.' | b'[')))
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or(Location::Draft, |(_, location)| location.clone())
}

/// One row of a table, read.
struct RowReading<'d> {
    table: usize,
    row: &'d Row,
    commitment: &'d str,
    contributor: &'d str,
    pledged: Option<NumberReading>,
    delivered: Option<NumberReading>,
    date: Option<Date>,
    /// Whether every cell the row needs was read.
    complete: bool,
}

struct Builder<'d> {
    draft: &'d Draft,
    problems: Vec<EditorProblem>,
    notes: Vec<EditorNote>,
    /// JSON paths of the output and where in the draft each came from.
    places: Vec<(String, Location)>,
}

impl<'d> Builder<'d> {
    fn report(&mut self, location: Location, kind: ProblemKind) {
        self.problems.push(EditorProblem { location, kind });
    }

    fn place(&mut self, path: String, location: Location) {
        self.places.push((path, location));
    }

    fn field(field: Field, item: Option<usize>, name: &str) -> Location {
        Location::Field {
            field,
            item,
            name: name.to_owned(),
        }
    }

    fn cell(&self, table: usize, row: &Row, column: usize) -> Location {
        match self.column(table, column) {
            Location::Column {
                table,
                table_name,
                column,
                header,
            } => Location::Cell {
                table,
                table_name,
                row: row.line,
                column,
                header,
            },
            other => other,
        }
    }

    fn column(&self, table: usize, column: usize) -> Location {
        let draft_table = &self.draft.tables[table];
        Location::Column {
            table,
            table_name: draft_table.name.clone(),
            column,
            header: draft_table
                .table
                .header
                .get(column)
                .cloned()
                .unwrap_or_default(),
        }
    }

    fn table(&self, table: usize) -> Location {
        Location::Table {
            table,
            table_name: self.draft.tables[table].name.clone(),
        }
    }

    /// Text as typed into the model's text; blank is `None`, reported when required.
    fn text(&mut self, text: &DraftText, location: Location, required: bool) -> Option<Text> {
        let mut entries: Vec<(String, String)> = Vec::new();
        let given: Vec<_> = text
            .0
            .iter()
            .filter(|e| !e.text.trim().is_empty())
            .collect();
        for entry in &given {
            let mut lang = entry.lang.trim().to_lowercase();
            if lang.is_empty() && given.len() > 1 {
                lang = self.draft.language.code().to_owned();
            }
            if entries.iter().any(|(known, _)| *known == lang) {
                continue;
            }
            let chars = entry.text.trim().chars().count();
            if chars > limits::MAX_TEXT_CHARS {
                self.report(
                    location.clone(),
                    ProblemKind::TooLong {
                        chars,
                        limit: limits::MAX_TEXT_CHARS,
                    },
                );
            }
            entries.push((lang, entry.text.trim().to_owned()));
        }
        if entries.is_empty() {
            if required {
                self.report(location, ProblemKind::Empty);
            }
            return None;
        }
        Some(Text { entries })
    }

    /// A date typed in a description field; blank is `None`, reported when required.
    fn date(&mut self, typed: &str, location: Location, required: bool) -> Option<Date> {
        match read_date(typed, self.draft.date_order) {
            Ok(Some(date)) => Some(date),
            Ok(None) => {
                if required {
                    self.report(location, ProblemKind::Empty);
                }
                None
            }
            Err(refusal) => {
                let kind = date_problem(refusal, typed);
                self.report(location, kind);
                None
            }
        }
    }

    fn source_ref(&mut self, source: Option<usize>, location: Location) -> Option<usize> {
        let position = source?;
        if position < self.draft.sources.len() {
            Some(position)
        } else {
            self.report(location, ProblemKind::NoSuchSource { position });
            None
        }
    }

    fn dataset(&mut self) -> Option<Dataset> {
        let draft = self.draft;
        self.place("title".into(), Self::field(Field::Title, None, ""));
        self.place("subtitle".into(), Self::field(Field::Subtitle, None, ""));
        self.place("as_of".into(), Self::field(Field::AsOf, None, ""));
        self.place("locale".into(), Self::field(Field::Locale, None, ""));
        self.place("currency".into(), Self::field(Field::Currency, None, ""));
        self.place("period".into(), Self::field(Field::Period, None, ""));
        self.place("sources".into(), Self::field(Field::Sources, None, ""));
        let title = self.text(&draft.title, Self::field(Field::Title, None, ""), true);
        let subtitle = self
            .text(
                &draft.subtitle,
                Self::field(Field::Subtitle, None, ""),
                false,
            )
            .unwrap_or_default();
        let as_of = self.date(&draft.as_of, Self::field(Field::AsOf, None, ""), true);
        let currency = match draft.currency.trim() {
            "" => None,
            typed => self.currency(typed, Self::field(Field::Currency, None, "")),
        };
        let locale = match draft.locale.trim() {
            "" => crate::i18n::editor(draft.language)
                .dataset_locale
                .to_owned(),
            typed => typed.to_owned(),
        };
        let sources = self.sources();
        let period = self.period();
        let rows = self.read_tables();
        let commitments = self.commitments(&rows, currency.as_deref(), as_of);
        let contributors = self.contributors(&rows);
        let observations = self.observations(&rows, as_of);
        let events = self.events();
        let notes = self.notes();
        Some(Dataset {
            title: title?,
            subtitle,
            locale,
            currency,
            as_of: as_of?,
            illustrative: draft.illustrative,
            sources,
            period,
            commitments,
            contributors,
            observations,
            events,
            notes,
        })
    }

    fn currency(&mut self, typed: &str, location: Location) -> Option<String> {
        let code = typed.trim().to_uppercase();
        if KNOWN_CURRENCIES.contains(&code.as_str()) {
            Some(code)
        } else {
            self.report(
                location,
                ProblemKind::UnknownCurrency {
                    text: typed.to_owned(),
                },
            );
            None
        }
    }

    fn sources(&mut self) -> Vec<Source> {
        if self.draft.sources.is_empty() {
            self.report(Self::field(Field::Sources, None, ""), ProblemKind::NoSource);
        }
        let mut sources = Vec::new();
        for (position, source) in self.draft.sources.iter().enumerate() {
            let path = format!("sources[{position}]");
            let name = source.name.get(self.draft.language).to_owned();
            let at = |field| Self::field(field, Some(position), &name);
            self.place(format!("{path}.name"), at(Field::SourceName));
            self.place(format!("{path}.url"), at(Field::SourceUrl));
            self.place(format!("{path}.date"), at(Field::SourceDate));
            self.place(path, at(Field::SourceName));
            let name = self.text(&source.name, at(Field::SourceName), true);
            let url = match source.url.trim() {
                "" => None,
                url if url.starts_with("https://") || url.starts_with("http://") => {
                    Some(url.to_owned())
                }
                url => {
                    self.report(
                        at(Field::SourceUrl),
                        ProblemKind::NotAWebAddress {
                            text: url.to_owned(),
                        },
                    );
                    None
                }
            };
            let date = self.date(&source.date, at(Field::SourceDate), false);
            if let Some(name) = name {
                sources.push(Source { name, url, date });
            }
        }
        sources
    }

    fn period(&mut self) -> Option<Period> {
        let period = self.draft.period.as_ref()?;
        let at = Self::field(Field::Period, None, "");
        let start = self.date(&period.start, at.clone(), true);
        let end = self.date(&period.end, at.clone(), true);
        let label = self
            .text(&period.label, at.clone(), false)
            .unwrap_or_default();
        let (start, end) = (start?, end?);
        if end <= start {
            self.report(at, ProblemKind::PeriodEndsBeforeStart);
            return None;
        }
        Some(Period { start, end, label })
    }
}

fn delivered_of(reading: &NumberReading) -> Delivered {
    if reading.percent {
        Delivered::ShareOfPledge(Figure {
            value: reading.value / 100.0,
            qualifier: reading.qualifier,
        })
    } else {
        Delivered::Amount(Figure {
            value: reading.value,
            qualifier: reading.qualifier,
        })
    }
}

/// Whether two figures for the same thing agree within the rounding of a spreadsheet: 0.5 %
/// of the larger (half a unit for small counts), or 5 % when one is only approximate.
fn same_figure(a: f64, b: f64, approximate: bool) -> bool {
    let share = if approximate { 0.05 } else { 0.005 };
    (a - b).abs() <= (share * a.abs().max(b.abs())).max(0.5)
}

fn date_problem(refusal: DateRefusal, typed: &str) -> ProblemKind {
    let text = typed.trim().to_owned();
    match refusal {
        DateRefusal::NotADate => ProblemKind::NotADate { text },
        DateRefusal::Impossible => ProblemKind::ImpossibleDate { text },
        DateRefusal::UnknownMonth { word } => ProblemKind::UnknownMonth { word },
        DateRefusal::NeedsOrder => ProblemKind::AskDateOrder { example: text },
    }
}

/// The given id, or one made from the name (`Aide d'urgence` → `aide-d-urgence`), made
/// unique among `taken` with a number.
fn unique_id(given: &str, name: &str, fallback: &str, taken: &mut Vec<String>) -> String {
    let base = match given.trim() {
        "" => {
            let slug: String = fold(name)
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            let slug = slug
                .split('-')
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            if slug.is_empty() {
                fallback.to_owned()
            } else {
                slug
            }
        }
        id => id.to_owned(),
    };
    let mut id = base.clone();
    let mut number = 2;
    while taken.contains(&id) {
        id = format!("{base}-{number}");
        number += 1;
    }
    taken.push(id.clone());
    id
}

/// The order of day and month a table of dates was read with, for a page that shows it.
pub fn table_date_order(draft: &Draft, table: usize) -> Option<OrderFinding> {
    let draft_table = draft.tables.get(table)?;
    let column = *draft_table.columns_with(Role::Date).first()?;
    let cells = draft_table.column_cells(column);
    Some(read_date_column(&cells, draft_table.date_order).order)
}

/// Sets the order of day and month of a table of dates: the journalist's answer.
pub fn answer_date_order(draft: &mut Draft, table: usize, order: DateOrder) {
    if let Some(draft_table) = draft.tables.get_mut(table) {
        draft_table.date_order = Some(order);
    }
}
