//! Building a dataset from a draft: every cell and field read, every problem located by
//! table, row and column or by field, and the result checked by the validator itself.
//!
//! The build reads the draft into the model's types and writes them with
//! [`super::write`], so what the editor writes is what a saved file holds; it then runs
//! [`crate::validate::validate`] on its own output and maps anything refused back to the
//! place in the draft it came from.

use super::dates::{read_date, read_date_column, DateOrder, DateRefusal, OrderFinding};
use super::draft::{same_name, Draft, DraftTable, DraftText, EventKindChoice, UnitChoice};
use super::guess::{fold, Role, Shape};
use super::numbers::{read_number_column, NumberReading, NumberRefusal};
use super::problem::{EditorNote, EditorProblem, Field, Location, NoteKind, ProblemKind};
use super::table::Row;
use super::write::{dataset_to_value, text as text_value};
use crate::date::Date;
use crate::i18n::Lang;
use crate::model::*;
use crate::validate::{limits, validate, KNOWN_CURRENCIES};
use serde_json::Value;

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
    let deadline_labels = builder.deadline_labels();
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
    let mut value = dataset_to_value(&dataset);
    add_deadline_labels(&mut value, deadline_labels);
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

/// The key the deadline's label is written under. The validator does not read it yet
/// (another change adds it to the model); it ignores keys it does not know, so writing it
/// now keeps the journalist's words in the file for when it does.
pub const DEADLINE_LABEL_KEY: &str = "deadline_label";

fn add_deadline_labels(value: &mut Value, labels: Vec<Option<Value>>) {
    let Some(Value::Array(commitments)) = value.get_mut("commitments") else {
        return;
    };
    for (commitment, label) in commitments.iter_mut().zip(labels) {
        if let (Value::Object(map), Some(label)) = (commitment, label) {
            map.insert(DEADLINE_LABEL_KEY.into(), label);
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
            "" => match draft.language {
                Lang::Fr => "fr-FR",
                Lang::En => "en-GB",
                Lang::Es => "es-ES",
            }
            .to_owned(),
            typed => typed.to_owned(),
        };
        let sources = self.sources();
        let period = self.period();
        let rows = self.read_tables();
        let commitments = self.commitments(&rows, currency.as_deref());
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
            let at = |field| Self::field(field, Some(position), &source.name);
            self.place(format!("{path}.name"), at(Field::SourceName));
            self.place(format!("{path}.url"), at(Field::SourceUrl));
            self.place(format!("{path}.date"), at(Field::SourceDate));
            self.place(path, at(Field::SourceName));
            let name = self.text(&DraftText::plain(&source.name), at(Field::SourceName), true);
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
                sources.push(Source {
                    name: name.get(Lang::Fr).to_owned(),
                    url,
                    date,
                });
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

    /// Reads every table's cells, reporting what cannot be read.
    fn read_tables(&mut self) -> Vec<RowReading<'d>> {
        let draft = self.draft;
        if draft.tables.is_empty() {
            self.report(Location::Draft, ProblemKind::NoTable);
        }
        let mut readings = Vec::new();
        for (position, table) in draft.tables.iter().enumerate() {
            readings.extend(self.read_table(position, table));
        }
        readings
    }

    fn read_table(&mut self, position: usize, table: &'d DraftTable) -> Vec<RowReading<'d>> {
        let rows = &table.table.rows;
        for role in [
            Role::Label,
            Role::Commitment,
            Role::Contributor,
            Role::Pledged,
            Role::Delivered,
            Role::Date,
        ] {
            if let Some(&second) = table.columns_with(role).get(1) {
                self.report(
                    self.column(position, second),
                    ProblemKind::ColumnTwice { role },
                );
            }
        }
        let mut complete_table = true;
        for &role in table.shape.required_roles() {
            let named_by_table = role == Role::Label && table.commitment_column().is_some();
            if table.columns_with(role).is_empty() && !named_by_table {
                self.report(self.table(position), ProblemKind::MissingColumn { role });
                complete_table = false;
            }
        }
        if table.shape != Shape::PerCommitment
            && table.commitment_column().is_none()
            && table.commitment.trim().is_empty()
        {
            self.report(self.table(position), ProblemKind::NoCommitmentNamed);
            complete_table = false;
        }
        let column_of = |role: Role| table.columns_with(role).first().copied();
        let pledged = match table.shape {
            Shape::PerDate => vec![Ok(None); rows.len()],
            _ => self.numbers(position, column_of(Role::Pledged)),
        };
        let delivered = self.numbers(position, column_of(Role::Delivered));
        let dates = match table.shape {
            Shape::PerDate => self.dates(position, column_of(Role::Date)),
            _ => vec![None; rows.len()],
        };
        let mut readings = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            let mut complete = complete_table;
            let mut required = |builder: &mut Self, column: Option<usize>| {
                let (typed, present) = builder.required_cell(position, row, column);
                complete &= present;
                typed
            };
            let commitment = match table.commitment_column() {
                Some(column) => required(self, Some(column)),
                None => table.commitment.trim(),
            };
            let contributor = match table.shape {
                Shape::PerContributor => required(self, column_of(Role::Contributor)),
                _ => "",
            };
            let delivered = match &delivered[index] {
                Ok(Some(reading)) => Some(*reading),
                Ok(None) => {
                    required(self, column_of(Role::Delivered));
                    None
                }
                Err(()) => {
                    required(self, None);
                    None
                }
            };
            let pledged = match &pledged[index] {
                Ok(Some(reading)) => Some(*reading),
                Ok(None) if table.shape == Shape::PerContributor => {
                    required(self, column_of(Role::Pledged));
                    None
                }
                Ok(None) => None,
                Err(()) => {
                    required(self, None);
                    None
                }
            };
            let date = dates[index];
            if table.shape == Shape::PerDate && date.is_none() {
                required(self, None);
            }
            readings.push(RowReading {
                table: position,
                row,
                commitment,
                contributor,
                pledged,
                delivered,
                date,
                complete,
            });
        }
        readings
    }

    /// The trimmed text of a cell that must not be empty, and whether it is there; an
    /// empty one is reported. No column counts as a cell already reported.
    fn required_cell(
        &mut self,
        table: usize,
        row: &'d Row,
        column: Option<usize>,
    ) -> (&'d str, bool) {
        let Some(column) = column else {
            return ("", false);
        };
        let typed = row.cells.get(column).map_or("", |cell| cell.trim());
        if typed.is_empty() {
            self.report(self.cell(table, row, column), ProblemKind::Empty);
        }
        (typed, !typed.is_empty())
    }

    /// Reads a column of figures; `Err(())` marks a cell already reported.
    fn numbers(
        &mut self,
        table: usize,
        column: Option<usize>,
    ) -> Vec<Result<Option<NumberReading>, ()>> {
        let rows = &self.draft.tables[table].table.rows;
        let Some(column) = column else {
            return vec![Ok(None); rows.len()];
        };
        let cells: Vec<&str> = rows
            .iter()
            .map(|row| row.cells.get(column).map_or("", String::as_str))
            .collect();
        let read = read_number_column(&cells, self.draft.language);
        if let Some((comma, point)) = read.mixed {
            self.report(
                self.column(table, column),
                ProblemKind::MixedMarks {
                    decimal_comma_row: rows[comma].line,
                    decimal_point_row: rows[point].line,
                },
            );
        }
        if let (Some(example), Some(mark)) = (read.decided_by_language, read.decimal_mark) {
            self.notes.push(EditorNote {
                location: self.column(table, column),
                kind: NoteKind::MarksFromLanguage {
                    decimal_mark: mark.character(),
                    example: cells[example].to_owned(),
                },
            });
        }
        let mut results = Vec::new();
        for (index, cell) in read.cells.into_iter().enumerate() {
            let text = cells[index].to_owned();
            let kind = match cell {
                Ok(reading) => {
                    results.push(Ok(reading));
                    continue;
                }
                Err(NumberRefusal::MixedMarks) => None,
                Err(NumberRefusal::NotANumber) => Some(ProblemKind::NotANumber { text }),
                Err(NumberRefusal::Negative) => Some(ProblemKind::Negative { text }),
                Err(NumberRefusal::TooLarge) => Some(ProblemKind::TooLarge { text }),
            };
            if let Some(kind) = kind {
                self.report(self.cell(table, &rows[index], column), kind);
            }
            results.push(Err(()));
        }
        results
    }

    /// Reads a column of dates; `None` for a cell that is empty or already reported.
    fn dates(&mut self, table: usize, column: Option<usize>) -> Vec<Option<Date>> {
        let draft_table = &self.draft.tables[table];
        let rows = &draft_table.table.rows;
        let Some(column) = column else {
            return vec![None; rows.len()];
        };
        let cells: Vec<&str> = rows
            .iter()
            .map(|row| row.cells.get(column).map_or("", String::as_str))
            .collect();
        let read = read_date_column(&cells, draft_table.date_order);
        match read.order {
            OrderFinding::Ask { example } => self.report(
                self.column(table, column),
                ProblemKind::AskDateOrder {
                    example: cells[example].to_owned(),
                },
            ),
            OrderFinding::Mixed {
                day_first,
                month_first,
            } => self.report(
                self.column(table, column),
                ProblemKind::MixedDateOrders {
                    day_first_row: rows[day_first].line,
                    month_first_row: rows[month_first].line,
                },
            ),
            _ => {}
        }
        let mut dates = Vec::new();
        for (index, cell) in read.cells.into_iter().enumerate() {
            let location = self.cell(table, &rows[index], column);
            match cell {
                Ok(Some(date)) => dates.push(Some(date)),
                Ok(None) => {
                    self.report(location, ProblemKind::Empty);
                    dates.push(None);
                }
                Err(DateRefusal::NeedsOrder) => dates.push(None),
                Err(refusal) => {
                    self.report(location, date_problem(refusal, cells[index]));
                    dates.push(None);
                }
            }
        }
        dates
    }

    /// Where a figure of a row came from, for mapping validator problems back.
    fn figure_cell(&self, reading: &RowReading, role: Role) -> Location {
        let table = &self.draft.tables[reading.table];
        match table.columns_with(role).first() {
            Some(&column) => self.cell(reading.table, reading.row, column),
            None => self.table(reading.table),
        }
    }

    fn commitments(&mut self, rows: &[RowReading<'d>], currency: Option<&str>) -> Vec<Commitment> {
        let draft = self.draft;
        // Every commitment the tables name must be described.
        let mut reported: Vec<String> = Vec::new();
        for reading in rows {
            let name = reading.commitment;
            if !name.is_empty()
                && draft.commitment_position(name).is_none()
                && !reported.iter().any(|known| same_name(known, name))
            {
                reported.push(name.to_owned());
                let location = match draft.tables[reading.table].commitment_column() {
                    Some(column) => self.cell(reading.table, reading.row, column),
                    None => self.table(reading.table),
                };
                self.report(
                    location,
                    ProblemKind::NotDescribed {
                        name: name.to_owned(),
                    },
                );
            }
        }
        if draft.commitments.len() > limits::MAX_COMMITMENTS {
            self.report(
                Location::Draft,
                ProblemKind::TooMany {
                    count: draft.commitments.len(),
                    limit: limits::MAX_COMMITMENTS,
                },
            );
        }
        let mut ids: Vec<String> = Vec::new();
        let mut commitments = Vec::new();
        for (position, description) in draft.commitments.iter().enumerate() {
            let name = description.name.trim();
            let path = format!("commitments[{position}]");
            let at = |field| Self::field(field, Some(position), name);
            self.place(path.clone(), at(Field::Commitment));
            for (key, field) in [
                ("label", Field::CommitmentLabel),
                ("unit", Field::Unit),
                ("currency", Field::CommitmentCurrency),
                ("unit_name", Field::UnitName),
                ("pledged_basis", Field::PledgedBasis),
                ("deadline", Field::Deadline),
                ("sentences", Field::Sentences),
                ("source", Field::Commitment),
            ] {
                self.place(format!("{path}.{key}"), at(field));
            }
            let id = unique_id(&description.id, name, "commitment", &mut ids);
            let mine = |reading: &&RowReading| same_name(reading.commitment, name);
            let own_rows: Vec<&RowReading> = rows
                .iter()
                .filter(mine)
                .filter(|r| draft.tables[r.table].shape == Shape::PerCommitment)
                .collect();
            for later in own_rows.iter().skip(1) {
                let location = self.figure_cell(later, Role::Label);
                let location = match location {
                    Location::Table { .. } => self.figure_cell(later, Role::Commitment),
                    other => other,
                };
                self.report(
                    location,
                    ProblemKind::Twice {
                        text: name.to_owned(),
                        first_row: own_rows[0].row.line,
                    },
                );
            }
            let shares: Vec<&RowReading> = rows
                .iter()
                .filter(mine)
                .filter(|r| draft.tables[r.table].shape == Shape::PerContributor)
                .collect();
            let mut dated: Vec<&RowReading> = rows
                .iter()
                .filter(mine)
                .filter(|r| draft.tables[r.table].shape == Shape::PerDate && r.date.is_some())
                .collect();
            dated.sort_by_key(|r| r.date);
            let incomplete = own_rows
                .iter()
                .chain(&shares)
                .chain(&dated)
                .any(|r| !r.complete);

            let (pledged, delivered) = if let Some(own) = own_rows.first() {
                self.place(
                    format!("{path}.pledged"),
                    self.figure_cell(own, Role::Pledged),
                );
                self.place(
                    format!("{path}.delivered"),
                    self.figure_cell(own, Role::Delivered),
                );
                (
                    own.pledged
                        .map(|r| (r, self.figure_cell(own, Role::Pledged))),
                    own.delivered,
                )
            } else if !shares.is_empty() {
                self.notes.push(EditorNote {
                    location: at(Field::Commitment),
                    kind: NoteKind::TotalFromContributors {
                        name: name.to_owned(),
                    },
                });
                let pledged = self.total(shares.iter().map(|r| r.pledged), at(Field::Commitment));
                let delivered =
                    self.total(shares.iter().map(|r| r.delivered), at(Field::Commitment));
                (pledged.map(|r| (r, at(Field::Commitment))), delivered)
            } else if let Some(latest) = dated.last() {
                self.notes.push(EditorNote {
                    location: at(Field::Commitment),
                    kind: NoteKind::DeliveredFromLatestDate {
                        name: name.to_owned(),
                    },
                });
                (None, latest.delivered)
            } else {
                if !incomplete {
                    self.report(
                        at(Field::Commitment),
                        ProblemKind::NoFigures {
                            name: name.to_owned(),
                        },
                    );
                }
                (None, None)
            };
            let delivered = delivered.map(|reading| delivered_of(&reading));
            let pledged = match pledged {
                Some((reading, _)) if !reading.percent => Some(Some(Figure {
                    value: reading.value,
                    qualifier: reading.qualifier,
                })),
                Some((reading, location)) => {
                    self.report(
                        location,
                        ProblemKind::PercentNotAllowed {
                            text: format!("{} %", reading.value),
                        },
                    );
                    None
                }
                None if matches!(delivered, Some(Delivered::ShareOfPledge(_))) => Some(None),
                None => {
                    if delivered.is_some() {
                        self.report(
                            at(Field::Commitment),
                            ProblemKind::NoPledged {
                                name: name.to_owned(),
                            },
                        );
                    }
                    None
                }
            };
            let sign = own_rows
                .iter()
                .chain(&shares)
                .flat_map(|r| [r.pledged, r.delivered])
                .flatten()
                .find_map(|r| r.currency);
            let unit = match description.unit {
                UnitChoice::Money => match description.currency.trim() {
                    "" => match currency.or(sign) {
                        Some(code) => Some(Unit::Money {
                            currency: code.to_owned(),
                        }),
                        None => {
                            self.report(at(Field::CommitmentCurrency), ProblemKind::Empty);
                            None
                        }
                    },
                    typed => self
                        .currency(typed, at(Field::CommitmentCurrency))
                        .map(|currency| Unit::Money { currency }),
                },
                UnitChoice::People => Some(Unit::People),
                UnitChoice::Count => self
                    .text(&description.unit_name, at(Field::UnitName), true)
                    .map(|name| Unit::Count { name }),
            };
            let label = match description.label.is_blank() {
                true => self.text(&DraftText::plain(name), at(Field::Commitment), true),
                false => self.text(&description.label, at(Field::CommitmentLabel), true),
            };
            let pledged_basis =
                self.text(&description.pledged_basis, at(Field::PledgedBasis), true);
            let deadline = self.date(&description.deadline, at(Field::Deadline), false);
            self.text(&description.deadline_label, at(Field::DeadlineLabel), false);
            let source = self.source_ref(description.source, at(Field::Commitment));
            let headline = self
                .text(&description.headline, at(Field::Sentences), false)
                .unwrap_or_default();
            let what_if = self
                .text(&description.what_if, at(Field::Sentences), false)
                .unwrap_or_default();
            let (Some(label), Some(unit), Some(pledged), Some(delivered), Some(pledged_basis)) =
                (label, unit, pledged, delivered, pledged_basis)
            else {
                continue;
            };
            commitments.push(Commitment {
                id,
                label,
                unit,
                pledged,
                pledged_basis,
                delivered,
                deadline,
                source,
                headline,
                what_if,
            });
        }
        commitments
    }

    /// The sum of contributors' figures, with the qualifier the sum keeps.
    fn total(
        &mut self,
        figures: impl Iterator<Item = Option<NumberReading>>,
        location: Location,
    ) -> Option<NumberReading> {
        let mut total: Option<NumberReading> = None;
        for reading in figures {
            let reading = reading?;
            total = Some(match total {
                None => reading,
                Some(sum) => {
                    let qualifier = match (sum.qualifier, reading.qualifier) {
                        (Qualifier::LessThan, Qualifier::MoreThan)
                        | (Qualifier::MoreThan, Qualifier::LessThan) => {
                            self.report(location, ProblemKind::BoundsDoNotAdd);
                            return None;
                        }
                        (bound @ (Qualifier::LessThan | Qualifier::MoreThan), _)
                        | (_, bound @ (Qualifier::LessThan | Qualifier::MoreThan)) => bound,
                        (Qualifier::Approximate, _) | (_, Qualifier::Approximate) => {
                            Qualifier::Approximate
                        }
                        _ => Qualifier::Exact,
                    };
                    NumberReading {
                        value: sum.value + reading.value,
                        qualifier,
                        percent: sum.percent || reading.percent,
                        currency: sum.currency.or(reading.currency),
                    }
                }
            });
        }
        total
    }

    fn contributors(&mut self, rows: &[RowReading<'d>]) -> Vec<Contributor> {
        let draft = self.draft;
        let mut names: Vec<&str> = draft.contributors.iter().map(|c| c.name.trim()).collect();
        for reading in rows {
            if !reading.contributor.is_empty()
                && !names
                    .iter()
                    .any(|known| same_name(known, reading.contributor))
            {
                names.push(reading.contributor);
            }
        }
        let mut ids = Vec::new();
        let mut contributors = Vec::new();
        for (position, name) in names.iter().enumerate() {
            let description = draft.contributors.iter().find(|c| same_name(&c.name, name));
            let at = Self::field(Field::Contributor, Some(position), name);
            self.place(format!("contributors[{position}]"), at.clone());
            let id = unique_id(
                description.map_or("", |d| d.id.as_str()),
                name,
                "contributor",
                &mut ids,
            );
            let display = match description {
                Some(d) if !d.names.is_blank() => self.text(&d.names, at.clone(), true),
                _ => self.text(&DraftText::plain(name), at.clone(), true),
            };
            let mut shares: Vec<ContributorShare> = Vec::new();
            let mut first_rows: Vec<(usize, usize)> = Vec::new();
            for reading in rows.iter().filter(|r| same_name(r.contributor, name)) {
                let Some(commitment) = draft
                    .commitments
                    .iter()
                    .position(|c| same_name(&c.name, reading.commitment))
                else {
                    continue;
                };
                let cell = self.figure_cell(reading, Role::Contributor);
                self.place(
                    format!("contributors[{position}].pledges[{}]", shares.len()),
                    cell.clone(),
                );
                if let Some(&(_, first_row)) = first_rows.iter().find(|(c, _)| *c == commitment) {
                    self.report(
                        cell,
                        ProblemKind::Twice {
                            text: format!("{name} · {}", reading.commitment),
                            first_row,
                        },
                    );
                    continue;
                }
                first_rows.push((commitment, reading.row.line));
                let amount = |builder: &mut Self, reading_of: Option<NumberReading>, role| {
                    let reading_of = reading_of?;
                    if reading_of.percent {
                        let location = builder.figure_cell(reading, role);
                        builder.report(
                            location,
                            ProblemKind::PercentNotAllowed {
                                text: format!("{} %", reading_of.value),
                            },
                        );
                        return None;
                    }
                    Some(Figure {
                        value: reading_of.value,
                        qualifier: reading_of.qualifier,
                    })
                };
                let pledged = amount(self, reading.pledged, Role::Pledged);
                let delivered = amount(self, reading.delivered, Role::Delivered);
                if let (Some(pledged), Some(delivered)) = (pledged, delivered) {
                    shares.push(ContributorShare {
                        commitment,
                        pledged,
                        delivered,
                    });
                }
            }
            if let Some(name) = display {
                contributors.push(Contributor { id, name, shares });
            }
        }
        contributors
    }

    fn observations(&mut self, rows: &[RowReading<'d>], as_of: Option<Date>) -> Vec<Observation> {
        let draft = self.draft;
        let mut observations = Vec::new();
        for (commitment, description) in draft.commitments.iter().enumerate() {
            let mut dated: Vec<&RowReading> = rows
                .iter()
                .filter(|r| {
                    draft.tables[r.table].shape == Shape::PerDate
                        && same_name(r.commitment, &description.name)
                })
                .collect();
            dated.sort_by_key(|r| r.date);
            let mut previous: Option<&RowReading> = None;
            for reading in dated {
                let (Some(date), Some(delivered)) = (reading.date, reading.delivered) else {
                    continue;
                };
                let cell = self.figure_cell(reading, Role::Date);
                let typed = self.typed(reading, Role::Date);
                if previous.and_then(|p| p.date) == Some(date) {
                    let first_row = previous.map_or(0, |p| p.row.line);
                    self.report(
                        cell,
                        ProblemKind::Twice {
                            text: typed,
                            first_row,
                        },
                    );
                    continue;
                }
                if as_of.is_some_and(|as_of| date > as_of) {
                    self.report(cell, ProblemKind::AfterAsOf { text: typed });
                    continue;
                }
                previous = Some(reading);
                self.place(format!("observations[{}]", observations.len()), cell);
                observations.push(Observation {
                    commitment,
                    date,
                    delivered: delivered_of(&delivered),
                    source: draft.tables[reading.table].source,
                });
            }
        }
        observations
    }

    fn typed(&self, reading: &RowReading, role: Role) -> String {
        let table = &self.draft.tables[reading.table];
        table
            .columns_with(role)
            .first()
            .and_then(|&column| reading.row.cells.get(column))
            .cloned()
            .unwrap_or_default()
    }

    fn events(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        for (position, event) in self.draft.events.iter().enumerate() {
            let name = event.label.get(self.draft.language);
            let at = |field| Self::field(field, Some(position), name);
            let path = format!("events[{position}]");
            self.place(path.clone(), at(Field::EventLabel));
            self.place(format!("{path}.date"), at(Field::EventDate));
            let date = self.date(&event.date, at(Field::EventDate), true);
            let label = self.text(&event.label, at(Field::EventLabel), true);
            let source = self.source_ref(event.source, at(Field::EventLabel));
            let kind = match event.kind {
                EventKindChoice::Approval => EventKind::Approval,
                EventKindChoice::Renewal => EventKind::Renewal,
                EventKindChoice::Deployment => EventKind::Deployment,
                EventKindChoice::Statement => EventKind::Statement,
                EventKindChoice::MandateEnd => EventKind::MandateEnd,
                EventKindChoice::Other => EventKind::Other,
            };
            if let (Some(date), Some(label)) = (date, label) {
                events.push(Event {
                    date,
                    approximate_date: event.approximate_date,
                    label,
                    kind,
                    source,
                });
            }
        }
        events
    }

    fn notes(&mut self) -> Vec<Note> {
        let mut notes = Vec::new();
        for (position, note) in self.draft.notes.iter().enumerate() {
            let at = Self::field(Field::NoteText, Some(position), "");
            self.place(format!("notes[{position}]"), at.clone());
            let text = self.text(&note.text, at.clone(), true);
            let source = self.source_ref(note.source, at);
            if let Some(text) = text {
                notes.push(Note { text, source });
            }
        }
        notes
    }

    /// Each commitment's deadline label as JSON text, in the order of the commitments.
    fn deadline_labels(&mut self) -> Vec<Option<Value>> {
        self.draft
            .commitments
            .iter()
            .map(|description| {
                let given = description
                    .deadline_label
                    .0
                    .iter()
                    .filter(|entry| !entry.text.trim().is_empty())
                    .map(|entry| {
                        (
                            entry.lang.trim().to_lowercase(),
                            entry.text.trim().to_owned(),
                        )
                    })
                    .collect::<Vec<_>>();
                (!given.is_empty()).then(|| text_value(&Text { entries: given }))
            })
            .collect()
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
    let cells: Vec<&str> = draft_table
        .table
        .rows
        .iter()
        .map(|row| row.cells.get(column).map_or("", String::as_str))
        .collect();
    Some(read_date_column(&cells, draft_table.date_order).order)
}

/// Sets the order of day and month of a table of dates: the journalist's answer.
pub fn answer_date_order(draft: &mut Draft, table: usize, order: DateOrder) {
    if let Some(draft_table) = draft.tables.get_mut(table) {
        draft_table.date_order = Some(order);
    }
}
