//! Guessing what each column holds and what each row is, from header words in French,
//! English and Spanish and from the cells themselves. Every guess is a choice the page
//! shows and the journalist can change.

use super::dates::read_date;
use super::numbers::read_number;
use super::table::Table;
use super::vocabulary::fold;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The name of the commitment a row describes, in a table of one row per commitment
    /// ("Financement", "Personnel").
    Label,
    /// The name of the commitment a row belongs to, in a table of contributors or dates.
    Commitment,
    /// Who pledged: a country, donor or organisation.
    Contributor,
    /// The pledged figure.
    Pledged,
    /// The delivered figure (cumulative, in a table of dates).
    Delivered,
    /// The day of a row, in a table of one row per date.
    Date,
    /// A column the dataset does not use (units, comments, sources).
    Ignore,
}

/// What each row of a table is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// One row per commitment: its name, pledged and delivered.
    #[default]
    PerCommitment,
    /// One row per contributor to a commitment: who, pledged and delivered.
    PerContributor,
    /// One row per date: the cumulative delivered figure of a commitment that day.
    PerDate,
}

impl Shape {
    /// The roles a table of this shape cannot do without.
    pub fn required_roles(self) -> &'static [Role] {
        match self {
            Shape::PerCommitment => &[Role::Label, Role::Delivered],
            Shape::PerContributor => &[Role::Contributor, Role::Pledged, Role::Delivered],
            Shape::PerDate => &[Role::Date, Role::Delivered],
        }
    }
}

/// The guessed roles of a table's columns and its shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guess {
    /// One role per column, in order.
    pub roles: Vec<Role>,
    /// What each row is.
    pub shape: Shape,
}

/// Header words for each role, without accents, in French, English and Spanish. A header
/// matches when one of its words is one of these (or its plural).
const HEADER_WORDS: &[(Role, &[&str])] = &[
    (
        Role::Delivered,
        &[
            "livre",
            "verse",
            "recu",
            "deploye",
            "decaisse",
            "delivered",
            "disbursed",
            "paid",
            "received",
            "deployed",
            "entregado",
            "desembolsado",
            "recibido",
            "pagado",
            "desplegado",
            "realise",
            "delivery",
        ],
    ),
    (
        Role::Pledged,
        &[
            "promis",
            "promesse",
            "engage",
            "annonce",
            "pledged",
            "pledge",
            "promised",
            "committed",
            "prometido",
            "comprometido",
            "promesa",
            "objectif",
            "target",
        ],
    ),
    (Role::Date, &["date", "fecha", "jour", "day", "dia"]),
    (
        Role::Contributor,
        &[
            "contributeur",
            "donateur",
            "bailleur",
            "pays",
            "contributor",
            "donor",
            "country",
            "countries",
            "donante",
            "pais",
            "paises",
            "contribuyente",
        ],
    ),
    (
        Role::Label,
        &[
            "label",
            "libelle",
            "intitule",
            "engagement",
            "commitment",
            "compromiso",
            "etiqueta",
            "nom",
            "name",
            "nombre",
            "rubrique",
            "item",
            "poste",
            "concepto",
        ],
    ),
    (
        Role::Ignore,
        &[
            "unite",
            "unit",
            "unidad",
            "source",
            "fuente",
            "note",
            "nota",
            "commentaire",
            "comment",
            "comentario",
            "remarque",
        ],
    ),
];

/// Guesses each column's role and the table's shape.
pub fn guess_columns(table: &Table, language: Lang) -> Guess {
    let mut roles: Vec<Option<Role>> = table.header.iter().map(|h| role_of_header(h)).collect();
    // Columns the header says nothing about: look at the cells.
    for column in 0..roles.len() {
        if roles[column].is_some() {
            continue;
        }
        let cells: Vec<&str> = table
            .rows
            .iter()
            .map(|row| row.cells[column].as_str())
            .filter(|cell| !cell.is_empty())
            .collect();
        let share = |reads: &dyn Fn(&str) -> bool| {
            cells.iter().filter(|cell| reads(cell)).count() * 2 > cells.len()
        };
        roles[column] = if cells.is_empty() {
            Some(Role::Ignore)
        } else if share(&|cell| {
            matches!(
                read_date(cell, None),
                Ok(Some(_)) | Err(super::dates::DateRefusal::NeedsOrder)
            )
        }) {
            Some(Role::Date)
        } else if share(&|cell| matches!(read_number(cell, language), Ok(Some(_)))) {
            [Role::Pledged, Role::Delivered]
                .into_iter()
                .find(|role| !roles.contains(&Some(*role)))
                .or(Some(Role::Ignore))
        } else if !roles.contains(&Some(Role::Label)) {
            Some(Role::Label)
        } else {
            Some(Role::Ignore)
        };
    }
    let mut roles: Vec<Role> = roles
        .into_iter()
        .map(|r| r.unwrap_or(Role::Ignore))
        .collect();
    // Only one column per role: later ones are ignored until the journalist says.
    for column in 0..roles.len() {
        if roles[..column].contains(&roles[column]) {
            roles[column] = Role::Ignore;
        }
    }
    let shape = shape_of(&roles);
    if shape != Shape::PerCommitment {
        // In a table of contributors or dates, the commitment's name is a reference.
        for role in &mut roles {
            if *role == Role::Label {
                *role = Role::Commitment;
            }
        }
    }
    Guess { roles, shape }
}

/// The shape the roles suggest: contributors make a table of contributors, dates a table
/// of dates, anything else a table of commitments.
pub fn shape_of(roles: &[Role]) -> Shape {
    if roles.contains(&Role::Contributor) {
        Shape::PerContributor
    } else if roles.contains(&Role::Date) {
        Shape::PerDate
    } else {
        Shape::PerCommitment
    }
}

/// The role a header names, if any.
pub fn role_of_header(header: &str) -> Option<Role> {
    let folded = fold(header);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    HEADER_WORDS.iter().find_map(|(role, names)| {
        words
            .iter()
            .any(|word| {
                names.iter().any(|name| {
                    *word == *name
                        || word.strip_suffix('s') == Some(name)
                        || word.strip_suffix('e') == Some(name)
                        || word.strip_suffix("es") == Some(name)
                })
            })
            .then_some(*role)
    })
}
