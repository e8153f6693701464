//! The journalist's work in progress: tables with their column choices, and the
//! description fields, everything kept as typed. It is serialisable so that the editor
//! page can keep it in the browser's storage and restore it.

use super::dates::DateOrder;
use super::guess::{guess_columns, is_note_text, is_total_label, Role, Shape};
use super::table::{read_table, Row, Table, TableRefusal};
use super::vocabulary::fold;
use crate::i18n::Lang;
use crate::model::ReferenceKind;
use serde::{Deserialize, Serialize};

mod edit;
mod open;

/// Text as typed, in one or more languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DraftText(pub Vec<LangText>);

/// A [`DraftText`], or a string as drafts kept it before the field had languages.
fn text_or_string<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<DraftText, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Kept {
        Text(DraftText),
        String(String),
    }
    Ok(match Kept::deserialize(deserializer)? {
        Kept::Text(text) => text,
        Kept::String(string) => DraftText::plain(&string),
    })
}

/// Text in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangText {
    /// Two-letter language code (`"fr"`), or empty for text in no particular language.
    pub lang: String,
    /// The text as typed.
    pub text: String,
}

impl DraftText {
    /// Text in no particular language.
    pub fn plain(text: &str) -> DraftText {
        DraftText(vec![LangText {
            lang: String::new(),
            text: text.to_owned(),
        }])
    }

    /// Text in one language.
    pub fn in_language(lang: &str, text: &str) -> DraftText {
        DraftText(vec![LangText {
            lang: lang.to_owned(),
            text: text.to_owned(),
        }])
    }

    /// Whether nothing but blanks was typed.
    pub fn is_blank(&self) -> bool {
        self.0.iter().all(|entry| entry.text.trim().is_empty())
    }

    /// Whether text in `lang` was typed; text in no particular language counts as
    /// `draft_language`'s.
    pub fn has(&self, lang: Lang, draft_language: Lang) -> bool {
        self.0.iter().any(|entry| {
            !entry.text.trim().is_empty()
                && (entry.lang == lang.code() || (entry.lang.is_empty() && lang == draft_language))
        })
    }

    /// The text in `language`, else the first given, else empty.
    pub fn get(&self, language: Lang) -> &str {
        self.0
            .iter()
            .find(|entry| entry.lang == language.code())
            .or_else(|| self.0.first())
            .map_or("", |entry| entry.text.as_str())
    }
}

/// What a commitment is counted in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitChoice {
    /// Money, in the commitment's or the dataset's currency.
    #[default]
    Money,
    /// People.
    People,
    /// Another count, named by `unit_name`.
    Count,
}

/// What kind of dated event a marker stands for (the format's `events[].kind`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKindChoice {
    /// Approval of the mission or fund.
    Approval,
    /// Renewal of the mandate.
    Renewal,
    /// First people or money arrived.
    Deployment,
    /// A letter, statement or warning.
    Statement,
    /// The mandate or period ends.
    MandateEnd,
    /// Anything else.
    #[default]
    Other,
}

/// One table of figures and what the journalist said about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftTable {
    /// A name for the journalist (the file name), possibly empty.
    pub name: String,
    /// The cells as read.
    pub table: Table,
    /// One role per column.
    pub roles: Vec<Role>,
    /// What each row is.
    pub shape: Shape,
    /// The commitment every row belongs to, for a table of contributors or dates with no
    /// commitment column; empty otherwise.
    pub commitment: String,
    /// The order of day and month for dates written with numbers only, once asked.
    pub date_order: Option<DateOrder>,
    /// The source of the table's figures (a position in the draft's sources), if given.
    pub source: Option<usize>,
}

impl DraftTable {
    /// A table with guessed roles and shape, as the page first shows it.
    pub fn guessed(name: &str, table: Table, language: Lang) -> DraftTable {
        let guess = guess_columns(&table, language);
        DraftTable {
            name: name.to_owned(),
            table,
            roles: guess.roles,
            shape: guess.shape,
            ..DraftTable::default()
        }
    }

    /// Positions of the columns with this role.
    pub fn columns_with(&self, role: Role) -> Vec<usize> {
        (0..self.roles.len())
            .filter(|&column| self.roles[column] == role)
            .collect()
    }

    /// The column naming each row's commitment (`Label` or `Commitment`), if any.
    pub fn commitment_column(&self) -> Option<usize> {
        self.roles
            .iter()
            .position(|&role| role == Role::Label)
            .or_else(|| self.roles.iter().position(|&role| role == Role::Commitment))
    }

    /// The commitment a row belongs to, as typed.
    pub fn commitment_of<'a>(&'a self, row: &'a Row) -> &'a str {
        match self.commitment_column() {
            Some(column) => row.cells.get(column).map_or("", String::as_str),
            None => self.commitment.as_str(),
        }
    }

    /// The column naming what each row is, in a table whose rows could be added up, with
    /// what a row counts as: the contributor in a table of contributors, the commitment
    /// (whichever column names it) in a table of commitments. A table of dates has none:
    /// its rows are running totals already.
    pub fn name_column(&self) -> Option<(usize, Role)> {
        match self.shape {
            Shape::PerContributor => Some((
                *self.columns_with(Role::Contributor).first()?,
                Role::Contributor,
            )),
            Shape::PerCommitment => Some((self.commitment_column()?, Role::Label)),
            Shape::PerDate => None,
        }
    }

    /// Which rows are notes under the table ("Source : OCHA, juin 2025"), not figures: after
    /// the last row with a figure, a row whose only filled cell reads as a note (see
    /// [`is_note_text`]). The build leaves them out with a note, and they name no commitment.
    pub fn note_rows(&self) -> Vec<bool> {
        let rows = &self.table.rows;
        let note = |row: &Row| {
            let mut filled = row.cells.iter().filter(|cell| !cell.trim().is_empty());
            matches!((filled.next(), filled.next()), (Some(cell), None) if is_note_text(cell))
        };
        let figures: Vec<usize> = [Role::Pledged, Role::Delivered, Role::Date]
            .into_iter()
            .flat_map(|role| self.columns_with(role))
            .collect();
        let last = rows.iter().rposition(|row| {
            !note(row)
                && figures.iter().any(|&column| {
                    row.cells
                        .get(column)
                        .is_some_and(|cell| !cell.trim().is_empty())
                })
        });
        (rows.iter().enumerate())
            .map(|(index, row)| last.is_some_and(|last| index > last) && note(row))
            .collect()
    }

    /// A column's cells as typed, with those of notes under the table (see
    /// [`DraftTable::note_rows`]) read as empty: what the build and the page read.
    pub fn column_cells(&self, column: usize) -> Vec<&str> {
        (self.table.rows.iter())
            .zip(self.note_rows())
            .map(|(row, note)| match row.cells.get(column) {
                Some(cell) if !note => cell.as_str(),
                _ => "",
            })
            .collect()
    }

    /// Which rows add up the others, for the build and for the commitments the page asks
    /// about alike: a row named with a total word (see [`is_total_label`]) at the start or
    /// end of the table, or of its commitment's rows when a column names each row's
    /// commitment. Total rows next to it on that side do not count ("Sous-total" then
    /// "Total"), nor rows without figures (a "Source : OCHA" line under the total).
    /// Anywhere else a row so named is a real name: the oil company called "Total" until
    /// 2021, among other donors.
    pub fn total_rows(&self) -> Vec<bool> {
        let rows = &self.table.rows;
        let Some((column, _)) = self.name_column() else {
            return vec![false; rows.len()];
        };
        let labelled: Vec<bool> = rows
            .iter()
            .map(|row| {
                row.cells
                    .get(column)
                    .is_some_and(|cell| is_total_label(cell))
            })
            .collect();
        // What may stand between a total and its end: other totals, rows without figures.
        let figures: Vec<usize> = [Role::Pledged, Role::Delivered]
            .into_iter()
            .flat_map(|role| self.columns_with(role))
            .collect();
        let passable: Vec<bool> = rows
            .iter()
            .zip(&labelled)
            .map(|(row, &labelled)| {
                labelled
                    || figures.iter().all(|&column| {
                        row.cells
                            .get(column)
                            .is_none_or(|cell| cell.trim().is_empty())
                    })
            })
            .collect();
        let grouped = self.shape == Shape::PerContributor && self.commitment_column().is_some();
        let everything: Vec<usize> = (0..rows.len()).collect();
        (0..rows.len())
            .map(|index| {
                if !labelled[index] {
                    return false;
                }
                let commitment = self.commitment_of(&rows[index]).trim();
                let group = || -> Vec<usize> {
                    everything
                        .iter()
                        .copied()
                        .filter(|&other| same_name(self.commitment_of(&rows[other]), commitment))
                        .collect()
                };
                at_an_end(&everything, index, &passable)
                    || (grouped && !commitment.is_empty() && at_an_end(&group(), index, &passable))
            })
            .collect()
    }
}

/// Whether only `passable` rows stand between `row` and one end of `rows` (positions in
/// table order).
fn at_an_end(rows: &[usize], row: usize, passable: &[bool]) -> bool {
    let Some(at) = rows.iter().position(|&other| other == row) else {
        return false;
    };
    rows[..at].iter().all(|&other| passable[other])
        || rows[at + 1..].iter().all(|&other| passable[other])
}

/// What a commitment is, beyond its figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CommitmentDescription {
    /// The name the tables use for it, as typed.
    pub name: String,
    /// The id in the dataset; empty to make one from the name.
    pub id: String,
    /// Its label for readers, possibly in several languages; blank to use the name.
    pub label: DraftText,
    /// What it is counted in.
    pub unit: UnitChoice,
    /// Its currency (ISO 4217, e.g. `USD`) when money; empty to use the dataset's.
    pub currency: String,
    /// What a count counts ("véhicules"), for a count.
    pub unit_name: DraftText,
    /// What 100 % stands for ("coût estimé de la première année"). Required.
    pub pledged_basis: DraftText,
    /// What kind of reference that is: a pledge, an estimated cost, a target…
    #[serde(default)]
    pub reference: ReferenceKind,
    /// When the pledge should be met, as typed; empty for none.
    pub deadline: String,
    /// What the deadline is ("fin du mandat").
    pub deadline_label: DraftText,
    /// The source of its figures (a position in the draft's sources), if given.
    pub source: Option<usize>,
    /// The headline sentence template, if any.
    pub headline: DraftText,
    /// The what-if sentence template, if any.
    pub what_if: DraftText,
}

/// A contributor's id and names in several languages, when the journalist gives them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContributorDescription {
    /// The name the tables use, as typed.
    pub name: String,
    /// The id in the dataset; empty to make one from the name.
    pub id: String,
    /// The name for readers in several languages; blank to use `name`.
    pub names: DraftText,
}

/// Where the figures come from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSource {
    /// Publisher and title, as a reader would cite it, in one language or several. Drafts
    /// kept before names had languages hold a string, read as text in no language.
    #[serde(deserialize_with = "text_or_string")]
    pub name: DraftText,
    /// Its web address, if any.
    pub url: String,
    /// Its date as typed, if any.
    pub date: String,
}

/// A dated event for the timeline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftEvent {
    /// The day as typed.
    pub date: String,
    /// Whether only about the date is known.
    pub approximate_date: bool,
    /// What kind of event.
    pub kind: EventKindChoice,
    /// A short label.
    pub label: DraftText,
    /// Its source, if given.
    pub source: Option<usize>,
}

/// A sourced sentence of context.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftNote {
    /// The sentence.
    pub text: DraftText,
    /// Its source, if given.
    pub source: Option<usize>,
}

/// The period the pledges cover.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftPeriod {
    /// First day, as typed.
    pub start: String,
    /// Last day, as typed.
    pub end: String,
    /// Its name for readers ("première année").
    pub label: DraftText,
}

/// Everything the journalist has typed, pasted and chosen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The journalist's language: messages, and the tie-breaker for decimal marks.
    pub language: Lang,
    /// The dataset's title.
    pub title: DraftText,
    /// The dataset's subtitle, possibly blank.
    pub subtitle: DraftText,
    /// The dataset's locale (`fr-FR`); empty for the journalist's language's.
    pub locale: String,
    /// The default currency of money commitments (ISO 4217), possibly empty.
    pub currency: String,
    /// The day the figures describe, as typed.
    pub as_of: String,
    /// The order of day and month for description dates written with numbers only.
    pub date_order: Option<DateOrder>,
    /// Whether the figures are not real.
    pub illustrative: bool,
    /// The period the pledges cover, if any.
    pub period: Option<DraftPeriod>,
    /// The tables of figures; several shapes combine into one dataset.
    pub tables: Vec<DraftTable>,
    /// What each commitment is, in the order readers see them.
    pub commitments: Vec<CommitmentDescription>,
    /// Contributors' ids and translated names, when given.
    pub contributors: Vec<ContributorDescription>,
    /// Where the figures come from (at least one).
    pub sources: Vec<DraftSource>,
    /// Dated events for the timeline.
    pub events: Vec<DraftEvent>,
    /// Sourced sentences of context.
    pub notes: Vec<DraftNote>,
}

impl Draft {
    /// An empty draft in the journalist's language.
    pub fn new(language: Lang) -> Draft {
        Draft {
            language,
            ..Draft::default()
        }
    }

    /// Reads pasted or opened text as a new table with guessed roles, and describes the
    /// commitments it names; returns the table's position.
    pub fn add_table(&mut self, name: &str, text: &str) -> Result<usize, TableRefusal> {
        let table = read_table(text)?;
        self.tables
            .push(DraftTable::guessed(name, table, self.language));
        self.describe_named_commitments();
        Ok(self.tables.len() - 1)
    }

    /// Adds an empty description for every commitment the tables name that has none, so
    /// the page can ask for its unit and basis.
    pub fn describe_named_commitments(&mut self) {
        for name in self.commitment_names() {
            if self.commitment_position(&name).is_none() {
                self.commitments.push(CommitmentDescription {
                    name,
                    ..CommitmentDescription::default()
                });
            }
        }
    }

    /// The commitments the tables name, in the order they first appear; a row that adds up
    /// the others names none (see [`DraftTable::total_rows`]), nor a note under a table
    /// ([`DraftTable::note_rows`]), so the page asks nothing about a "Total" or a "Source"
    /// the build leaves out.
    pub fn commitment_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for table in &self.tables {
            let notes = table.note_rows();
            for ((row, total), note) in table.table.rows.iter().zip(table.total_rows()).zip(notes) {
                let name = table.commitment_of(row).trim();
                let named = !name.is_empty() && !total && !note;
                if named && !names.iter().any(|known| same_name(known, name)) {
                    names.push(name.to_owned());
                }
            }
        }
        names
    }

    /// The position of the description of a commitment named as in the tables.
    pub fn commitment_position(&self, name: &str) -> Option<usize> {
        self.commitments
            .iter()
            .position(|description| same_name(&description.name, name))
    }
}

/// Whether two names typed by the journalist name the same thing: case, accents and
/// surrounding blanks aside.
pub fn same_name(a: &str, b: &str) -> bool {
    fold(a.trim()) == fold(b.trim())
}
