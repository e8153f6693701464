//! Opening a dataset to edit it: commitments in one table, contributors in another, dated
//! figures in one table per source, and every description field as typed. Building the
//! draft gives back the same dataset.

use super::{
    same_name, CommitmentDescription, ContributorDescription, Draft, DraftEvent, DraftNote,
    DraftPeriod, DraftSource, DraftTable, DraftText, EventKindChoice, LangText, UnitChoice,
};
use crate::editor::guess::{Role, Shape};
use crate::editor::table::{Row, Table};
use crate::i18n::Lang;
use crate::model::*;

impl Draft {
    /// A draft holding an opened dataset, so that it can be edited and written back.
    pub fn from_dataset(dataset: &Dataset, language: Lang) -> Draft {
        let commitment_names = unique_names(
            dataset
                .commitments
                .iter()
                .map(|c| c.label.get(language).to_owned())
                .collect(),
            dataset.commitments.iter().map(|c| c.id.as_str()).collect(),
        );
        let contributor_names = unique_names(
            dataset
                .contributors
                .iter()
                .map(|c| c.name.get(language).to_owned())
                .collect(),
            dataset.contributors.iter().map(|c| c.id.as_str()).collect(),
        );
        let headers = crate::i18n::editor(language).table_headers;
        let mut tables = vec![commitments_table(dataset, &commitment_names, headers)];
        tables.extend(contributors_table(
            dataset,
            &commitment_names,
            &contributor_names,
            headers,
        ));
        tables.extend(dated_tables(dataset, &commitment_names, headers));
        Draft {
            language,
            title: text(&dataset.title),
            subtitle: text(&dataset.subtitle),
            locale: dataset.locale.clone(),
            currency: dataset.currency.clone().unwrap_or_default(),
            as_of: dataset.as_of.to_string(),
            date_order: None,
            illustrative: dataset.illustrative,
            period: dataset.period.as_ref().map(|period| DraftPeriod {
                start: period.start.to_string(),
                end: period.end.to_string(),
                label: text(&period.label),
            }),
            tables,
            commitments: dataset
                .commitments
                .iter()
                .zip(&commitment_names)
                .map(|(commitment, name)| described(commitment, name))
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
            sources: dataset.sources.iter().map(source).collect(),
            events: dataset.events.iter().map(event).collect(),
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

fn text(text: &Text) -> DraftText {
    DraftText(
        text.entries
            .iter()
            .map(|(lang, text)| LangText {
                lang: lang.clone(),
                text: text.clone(),
            })
            .collect(),
    )
}

/// Names as the tables show them: the label, or the id where labels repeat.
fn unique_names(names: Vec<String>, ids: Vec<&str>) -> Vec<String> {
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
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

/// One row per commitment: name, pledged, delivered.
fn commitments_table(dataset: &Dataset, names: &[String], headers: [&str; 5]) -> DraftTable {
    let [commitment, _, pledged, delivered, _] = headers;
    let rows = dataset
        .commitments
        .iter()
        .zip(names)
        .map(|(commitment, name)| {
            vec![
                name.clone(),
                commitment.pledged.map(figure_cell).unwrap_or_default(),
                delivered_cell(commitment.delivered),
            ]
        })
        .collect();
    DraftTable {
        name: String::new(),
        table: Table {
            header: header(&[commitment, pledged, delivered]),
            rows: numbered(rows),
        },
        roles: vec![Role::Label, Role::Pledged, Role::Delivered],
        shape: Shape::PerCommitment,
        ..DraftTable::default()
    }
}

/// One row per contributor and commitment, if there are contributors.
fn contributors_table(
    dataset: &Dataset,
    commitment_names: &[String],
    contributor_names: &[String],
    headers: [&str; 5],
) -> Option<DraftTable> {
    let [commitment, contributor, pledged, delivered, _] = headers;
    let rows: Vec<Vec<String>> = dataset
        .contributors
        .iter()
        .zip(contributor_names)
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
    (!rows.is_empty()).then(|| DraftTable {
        table: Table {
            header: header(&[contributor, commitment, pledged, delivered]),
            rows: numbered(rows),
        },
        roles: vec![
            Role::Contributor,
            Role::Commitment,
            Role::Pledged,
            Role::Delivered,
        ],
        shape: Shape::PerContributor,
        ..DraftTable::default()
    })
}

/// One table of dated figures per source, in the order sources first appear.
fn dated_tables(dataset: &Dataset, names: &[String], headers: [&str; 5]) -> Vec<DraftTable> {
    let [commitment, _, _, delivered, date] = headers;
    let mut sources: Vec<Option<usize>> = Vec::new();
    for observation in &dataset.observations {
        if !sources.contains(&observation.source) {
            sources.push(observation.source);
        }
    }
    sources
        .into_iter()
        .map(|source| {
            let rows = dataset
                .observations
                .iter()
                .filter(|observation| observation.source == source)
                .map(|observation| {
                    vec![
                        names[observation.commitment].clone(),
                        observation.date.to_string(),
                        delivered_cell(observation.delivered),
                    ]
                })
                .collect();
            DraftTable {
                table: Table {
                    header: header(&[commitment, date, delivered]),
                    rows: numbered(rows),
                },
                roles: vec![Role::Commitment, Role::Date, Role::Delivered],
                shape: Shape::PerDate,
                source,
                ..DraftTable::default()
            }
        })
        .collect()
}

fn described(commitment: &Commitment, name: &str) -> CommitmentDescription {
    let (unit, currency, unit_name) = match &commitment.unit {
        Unit::Money { currency } => (UnitChoice::Money, currency.clone(), DraftText::default()),
        Unit::People => (UnitChoice::People, String::new(), DraftText::default()),
        Unit::Count { name } => (UnitChoice::Count, String::new(), text(name)),
    };
    CommitmentDescription {
        name: name.to_owned(),
        id: commitment.id.clone(),
        label: text(&commitment.label),
        unit,
        currency,
        unit_name,
        pledged_basis: text(&commitment.pledged_basis),
        reference: commitment.reference,
        deadline: commitment
            .deadline
            .map(|date| date.to_string())
            .unwrap_or_default(),
        deadline_label: text(&commitment.deadline_label),
        source: commitment.source,
        headline: text(&commitment.headline),
        what_if: text(&commitment.what_if),
    }
}

fn source(source: &Source) -> DraftSource {
    DraftSource {
        name: text(&source.name),
        url: source.url.clone().unwrap_or_default(),
        date: source.date.map(|date| date.to_string()).unwrap_or_default(),
    }
}

fn event(event: &Event) -> DraftEvent {
    DraftEvent {
        date: event.date.to_string(),
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
fn figure_cell(figure: Figure) -> String {
    qualified(figure.qualifier, number_cell(figure.value))
}

fn delivered_cell(delivered: Delivered) -> String {
    match delivered {
        Delivered::Amount(figure) => figure_cell(figure),
        Delivered::ShareOfPledge(share) => qualified(
            share.qualifier,
            format!(
                "{} %",
                number_cell(crate::editor::write::percent_of_share(share.value))
            ),
        ),
    }
}

fn qualified(qualifier: Qualifier, cell: String) -> String {
    use Qualifier;
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
