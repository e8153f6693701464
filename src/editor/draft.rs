//! The journalist's work in progress: tables with their column choices, and the
//! description fields, everything kept as typed. It is serialisable so that the editor
//! page can keep it in the browser's storage and restore it.

use super::dates::DateOrder;
use super::guess::{fold, guess_columns, Role, Shape};
use super::table::{read_table, Row, Table, TableRefusal};
use crate::date::Date;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Text as typed, in one or more languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DraftText(pub Vec<LangText>);

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
    /// Publisher and title, as a reader would cite it.
    pub name: String,
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

    /// The commitments the tables name, in the order they first appear.
    pub fn commitment_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for table in &self.tables {
            for row in &table.table.rows {
                let name = table.commitment_of(row).trim();
                if !name.is_empty() && !names.iter().any(|known| same_name(known, name)) {
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

impl Draft {
    /// A draft holding an opened dataset, so that it can be edited and written back:
    /// commitments in one table, contributors in another, dated figures in one table per
    /// source. Building it gives back the same dataset.
    pub fn from_dataset(dataset: &crate::model::Dataset, language: Lang) -> Draft {
        use crate::model::*;
        let [commitment_header, contributor_header, pledged_header, delivered_header, date_header] =
            crate::i18n::editor(language).table_headers;
        let header = |names: &[&str]| names.iter().map(|name| (*name).to_owned()).collect();
        let date = |date: Date| date.to_string();
        let text = |text: &Text| {
            DraftText(
                text.entries
                    .iter()
                    .map(|(lang, text)| LangText {
                        lang: lang.clone(),
                        text: text.clone(),
                    })
                    .collect(),
            )
        };
        let lang = language;
        // Names as the tables show them: the label, or the id where labels repeat.
        let unique_names = |names: Vec<String>, ids: Vec<&str>| -> Vec<String> {
            names
                .iter()
                .zip(&ids)
                .map(|(name, id)| {
                    let repeated = names.iter().filter(|other| same_name(other, name)).count() > 1
                        || ids
                            .iter()
                            .any(|other| *other != *id && same_name(other, name));
                    if repeated || name.trim().is_empty() {
                        (*id).to_owned()
                    } else {
                        name.clone()
                    }
                })
                .collect()
        };
        let commitment_names = unique_names(
            dataset
                .commitments
                .iter()
                .map(|c| c.label.get(lang).to_owned())
                .collect(),
            dataset.commitments.iter().map(|c| c.id.as_str()).collect(),
        );
        let contributor_names = unique_names(
            dataset
                .contributors
                .iter()
                .map(|c| c.name.get(lang).to_owned())
                .collect(),
            dataset.contributors.iter().map(|c| c.id.as_str()).collect(),
        );

        let mut tables = vec![DraftTable {
            name: String::new(),
            table: Table {
                header: header(&[commitment_header, pledged_header, delivered_header]),
                rows: dataset
                    .commitments
                    .iter()
                    .zip(&commitment_names)
                    .enumerate()
                    .map(|(index, (commitment, name))| Row {
                        line: index + 2,
                        cells: vec![
                            name.clone(),
                            commitment.pledged.map(figure_cell).unwrap_or_default(),
                            delivered_cell(commitment.delivered),
                        ],
                    })
                    .collect(),
            },
            roles: vec![Role::Label, Role::Pledged, Role::Delivered],
            shape: Shape::PerCommitment,
            ..DraftTable::default()
        }];
        let share_rows: Vec<Vec<String>> = dataset
            .contributors
            .iter()
            .zip(&contributor_names)
            .flat_map(|(contributor, name)| {
                contributor.shares.iter().map(|share| {
                    vec![
                        name.clone(),
                        commitment_names[share.commitment].clone(),
                        figure_cell(share.pledged),
                        figure_cell(share.delivered),
                    ]
                })
            })
            .collect();
        if !share_rows.is_empty() {
            tables.push(DraftTable {
                table: Table {
                    header: header(&[
                        contributor_header,
                        commitment_header,
                        pledged_header,
                        delivered_header,
                    ]),
                    rows: numbered(share_rows),
                },
                roles: vec![
                    Role::Contributor,
                    Role::Commitment,
                    Role::Pledged,
                    Role::Delivered,
                ],
                shape: Shape::PerContributor,
                ..DraftTable::default()
            });
        }
        let mut sources: Vec<Option<usize>> = Vec::new();
        for observation in &dataset.observations {
            if !sources.contains(&observation.source) {
                sources.push(observation.source);
            }
        }
        for source in sources {
            let rows = dataset
                .observations
                .iter()
                .filter(|observation| observation.source == source)
                .map(|observation| {
                    vec![
                        commitment_names[observation.commitment].clone(),
                        date(observation.date),
                        delivered_cell(observation.delivered),
                    ]
                })
                .collect();
            tables.push(DraftTable {
                table: Table {
                    header: header(&[commitment_header, date_header, delivered_header]),
                    rows: numbered(rows),
                },
                roles: vec![Role::Commitment, Role::Date, Role::Delivered],
                shape: Shape::PerDate,
                source,
                ..DraftTable::default()
            });
        }

        Draft {
            language,
            title: text(&dataset.title),
            subtitle: text(&dataset.subtitle),
            locale: dataset.locale.clone(),
            currency: dataset.currency.clone().unwrap_or_default(),
            as_of: date(dataset.as_of),
            date_order: None,
            illustrative: dataset.illustrative,
            period: dataset.period.as_ref().map(|period| DraftPeriod {
                start: date(period.start),
                end: date(period.end),
                label: text(&period.label),
            }),
            tables,
            commitments: dataset
                .commitments
                .iter()
                .zip(&commitment_names)
                .map(|(commitment, name)| {
                    let (unit, currency, unit_name) = match &commitment.unit {
                        Unit::Money { currency } => {
                            (UnitChoice::Money, currency.clone(), DraftText::default())
                        }
                        Unit::People => (UnitChoice::People, String::new(), DraftText::default()),
                        Unit::Count { name } => (UnitChoice::Count, String::new(), text(name)),
                    };
                    CommitmentDescription {
                        name: name.clone(),
                        id: commitment.id.clone(),
                        label: text(&commitment.label),
                        unit,
                        currency,
                        unit_name,
                        pledged_basis: text(&commitment.pledged_basis),
                        deadline: commitment.deadline.map(date).unwrap_or_default(),
                        deadline_label: DraftText::default(),
                        source: commitment.source,
                        headline: text(&commitment.headline),
                        what_if: text(&commitment.what_if),
                    }
                })
                .collect(),
            contributors: dataset
                .contributors
                .iter()
                .zip(&contributor_names)
                .map(|(contributor, name)| ContributorDescription {
                    name: name.clone(),
                    id: contributor.id.clone(),
                    names: text(&contributor.name),
                })
                .collect(),
            sources: dataset
                .sources
                .iter()
                .map(|source| DraftSource {
                    name: source.name.clone(),
                    url: source.url.clone().unwrap_or_default(),
                    date: source.date.map(date).unwrap_or_default(),
                })
                .collect(),
            events: dataset
                .events
                .iter()
                .map(|event| DraftEvent {
                    date: date(event.date),
                    approximate_date: event.approximate_date,
                    kind: match event.kind {
                        EventKind::Approval => EventKindChoice::Approval,
                        EventKind::Renewal => EventKindChoice::Renewal,
                        EventKind::Deployment => EventKindChoice::Deployment,
                        EventKind::Statement => EventKindChoice::Statement,
                        EventKind::MandateEnd => EventKindChoice::MandateEnd,
                        EventKind::Other => EventKindChoice::Other,
                    },
                    label: text(&event.label),
                    source: event.source,
                })
                .collect(),
            notes: dataset
                .notes
                .iter()
                .map(|note| DraftNote {
                    text: text(&note.text),
                    source: note.source,
                })
                .collect(),
        }
    }
}

/// Rows numbered as a spreadsheet would, under a header on row 1.
fn numbered(rows: Vec<Vec<String>>) -> Vec<Row> {
    rows.into_iter()
        .enumerate()
        .map(|(index, cells)| Row {
            line: index + 2,
            cells,
        })
        .collect()
}

/// A figure as a cell that reads back exactly: `≈ 1000`, `< 40`, `68500000`.
fn figure_cell(figure: crate::model::Figure) -> String {
    qualified(figure.qualifier, number_cell(figure.value))
}

fn delivered_cell(delivered: crate::model::Delivered) -> String {
    match delivered {
        crate::model::Delivered::Amount(figure) => figure_cell(figure),
        crate::model::Delivered::ShareOfPledge(share) => qualified(
            share.qualifier,
            format!(
                "{} %",
                number_cell(super::write::percent_of_share(share.value))
            ),
        ),
    }
}

fn qualified(qualifier: crate::model::Qualifier, cell: String) -> String {
    use crate::model::Qualifier;
    match qualifier {
        Qualifier::Exact => cell,
        Qualifier::Approximate => format!("≈ {cell}"),
        Qualifier::LessThan => format!("< {cell}"),
        Qualifier::MoreThan => format!("> {cell}"),
    }
}

/// A number as a cell with a decimal point and no thousands separator, never one that
/// could read as a thousands group (`1.234` is written `1.2340`).
fn number_cell(value: f64) -> String {
    let text = value.to_string();
    match text.split_once('.') {
        Some((whole, fraction))
            if fraction.len() == 3 && whole.len() <= 3 && !whole.starts_with('0') =>
        {
            format!("{text}0")
        }
        _ => text,
    }
}
