//! Guessing what each column holds and what each row is, from header words (those of every
//! language of the catalogue, whatever the editor's language) and from the cells
//! themselves. Every guess is a choice the page shows and the journalist can change.

use super::dates::read_date;
use super::numbers::read_number;
use super::table::Table;
use super::vocabulary::{fold, gather, gather_list};
use crate::i18n::{HeaderWords, Lang};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

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

impl Role {
    /// Every role, in the order of the column menu.
    pub const ALL: [Role; 7] = [
        Role::Label,
        Role::Commitment,
        Role::Contributor,
        Role::Pledged,
        Role::Delivered,
        Role::Date,
        Role::Ignore,
    ];
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

/// The roles a header may name, in the order they are tried: a header that names two
/// ("Montant promis versé") holds the first.
const HEADER_ROLES: [Role; 6] = [
    Role::Delivered,
    Role::Pledged,
    Role::Date,
    Role::Contributor,
    Role::Label,
    Role::Ignore,
];

/// The words of one language that name `role` in a header.
fn header_words(words: &HeaderWords, role: Role) -> &'static [&'static str] {
    match role {
        Role::Delivered => words.delivered,
        Role::Pledged => words.pledged,
        Role::Date => words.date,
        Role::Contributor => words.contributor,
        Role::Label => words.label,
        Role::Ignore => words.ignore,
        // Named like a label; the table's shape makes it a reference.
        Role::Commitment => &[],
    }
}

/// The header words of every language of the catalogue.
struct HeaderVocabulary {
    /// Header words in lower case, with and without their accents, with the role they
    /// name. A header is compared without its accents (see [`fold`]).
    words: Vec<(String, Role)>,
    /// Endings a header word may carry (plurals).
    endings: Vec<String>,
}

/// The header words, gathered once from every language (see [`super::vocabulary`]).
fn header_vocabulary() -> &'static HeaderVocabulary {
    static WORDS: OnceLock<HeaderVocabulary> = OnceLock::new();
    WORDS.get_or_init(|| HeaderVocabulary {
        words: gather(|words| {
            HEADER_ROLES
                .into_iter()
                .map(|role| (header_words(&words.headers, role), role))
                .collect()
        }),
        endings: gather_list(|words| words.header_endings),
    })
}

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
    let vocabulary = header_vocabulary();
    let names = |word: &str, role: Role| {
        vocabulary.words.iter().any(|(name, named)| {
            *named == role
                && (word == name
                    || vocabulary
                        .endings
                        .iter()
                        .any(|ending| word.strip_suffix(ending.as_str()) == Some(name)))
        })
    };
    HEADER_ROLES
        .into_iter()
        .find(|&role| words.iter().any(|word| names(word, role)))
}

/// Whether a row's label says it adds up the others: the whole cell is a total word of any
/// language of the catalogue ("Total", "TOTAL :", "Total général", "Suma (M€)"), case,
/// accents, a trailing colon and a bracketed unit aside. A name that merely starts with
/// one ("TotalEnergies", "Total E&P") is not.
pub fn is_total_label(cell: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    let words = WORDS.get_or_init(|| gather_list(|words| words.totals));
    let folded = fold(cell);
    let before_bracket = folded.split(['(', '[']).next().unwrap_or_default();
    let label = before_bracket
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | '*'))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    !label.is_empty() && words.contains(&label)
}

/// Whether a cell reads as a note written under a table: it opens with a note word of
/// any language, alone or followed by a colon, a full stop or a dash ("Source : OCHA",
/// "Note. Chiffres provisoires", "Fuentes: …"), or with a note mark ("*", "†", "(1)"). A
/// name that merely starts with such a word ("Source Foundation") is not one.
pub fn is_note_text(cell: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    let words = WORDS.get_or_init(|| gather_list(|words| words.notes));
    let folded = fold(cell.trim());
    let marked = folded.starts_with(['*', '†', '‡', '¹', '²', '³'])
        || (folded.strip_prefix('('))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    marked
        || words.iter().any(|word| {
            folded.strip_prefix(word.as_str()).is_some_and(|rest| {
                // A colon; a full stop or a dash only before a blank ("Source-Énergie" is a
                // name).
                let rest = rest.trim_start();
                let mut chars = rest.chars();
                match chars.next() {
                    None | Some(':') => true,
                    Some('.' | '-' | '–' | '—') => chars.next().is_none_or(char::is_whitespace),
                    Some(_) => false,
                }
            })
        })
}

#[cfg(test)]
mod tests {
    use super::super::vocabulary::assert_one_meaning;

    #[test]
    fn notes_under_a_table_read_as_notes_and_names_do_not() {
        for note in [
            "Source : OCHA, juin 2025",
            "Sources: UN",
            "NOTE. Chiffres provisoires",
            "Fuente: ONU",
            "Nota - cifras provisionales",
            "N.B. : provisoire",
            "Source.",
            "* estimation",
            "(1) montant annoncé",
            "Lecture : 11 % du coût",
        ] {
            assert!(super::is_note_text(note), "{note}");
        }
        for name in [
            "Source Foundation",
            "Source-Énergie",
            "Nota-Bene Stiftung",
            "Notable Trust",
            "Kenya",
            "Total",
            "",
            "(Kenya)",
        ] {
            assert!(!super::is_note_text(name), "{name}");
        }
    }

    #[test]
    fn each_header_word_of_every_language_names_one_role() {
        assert_one_meaning(&super::header_vocabulary().words);
    }
}
