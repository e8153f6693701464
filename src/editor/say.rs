//! Saying what the editor found, in any language of the catalogue ([`crate::i18n`]): a
//! problem or a note as one sentence, its place first:
//! `Ligne 4, colonne « Livré » : « 12abc » n’est pas un nombre`.

use super::guess::Role;
use super::problem::{EditorNote, EditorProblem, Field, Location, NoteKind, ProblemKind, Quantity};
use super::table::TableRefusal;
use crate::format::{Formatter, PlainFormatter};
use crate::i18n::{capitalised, fill, EditorWords, FieldWords, Lang, RoleWords};

/// A problem as one sentence in `lang`, its place first.
pub fn problem_message(problem: &EditorProblem, lang: Lang) -> String {
    let words = crate::i18n::editor(lang);
    at_place(
        words,
        &problem.location,
        &what_is_wrong(&problem.kind, lang),
    )
}

/// A note as one sentence in `lang`, its place first.
pub fn note_message(note: &EditorNote, lang: Lang) -> String {
    let words = crate::i18n::editor(lang);
    at_place(words, &note.location, &what_it_says(&note.kind, lang))
}

/// Why a pasted or opened text is not a table, in `lang`.
pub fn refusal_message(refusal: TableRefusal, lang: Lang) -> String {
    let problems = &crate::i18n::editor(lang).problems;
    capitalised(&match refusal {
        TableRefusal::Empty => problems.empty_table.to_owned(),
        TableRefusal::TooLarge => problems.table_too_large.to_owned(),
        TableRefusal::Unreadable { line } => {
            fill(problems.not_a_table, &[("line", &line.to_string())])
        }
    })
}

/// Where a problem is, in `lang`: `ligne 4, colonne « Livré »`, the table first when
/// there are several; empty for the draft as a whole.
pub fn place(location: &Location, lang: Lang) -> String {
    say_place(crate::i18n::editor(lang), location)
}

/// The name of a description field in `lang`, lower case.
pub fn field_name(field: Field, lang: Lang) -> &'static str {
    field_word(&crate::i18n::editor(lang).fields, field)
}

/// The name of a column's role in `lang`, lower case.
pub fn role_name(role: Role, lang: Lang) -> &'static str {
    role_word(&crate::i18n::editor(lang).roles, role)
}

fn at_place(words: &EditorWords, location: &Location, what: &str) -> String {
    let place = say_place(words, location);
    if place.is_empty() {
        return capitalised(what);
    }
    capitalised(&fill(words.places.at, &[("place", &place), ("what", what)]))
}

fn quote(words: &EditorWords, text: &str) -> String {
    fill(words.places.quote, &[("text", text)])
}

fn say_place(words: &EditorWords, location: &Location) -> String {
    let places = &words.places;
    let table = |position: usize, name: &str| match name {
        "" => fill(
            places.table_number,
            &[("number", &(position + 1).to_string())],
        ),
        name => fill(places.table, &[("name", &quote(words, name))]),
    };
    let column = |position: usize, header: &str| match header {
        "" => fill(
            places.column_number,
            &[("number", &(position + 1).to_string())],
        ),
        header => fill(places.column, &[("header", &quote(words, header))]),
    };
    let in_table = |position: usize, name: &str, place: String| match position {
        0 if name.is_empty() => place,
        _ => fill(
            places.in_table,
            &[("table", &table(position, name)), ("place", &place)],
        ),
    };
    match location {
        Location::Cell {
            table: position,
            table_name,
            row,
            column: at,
            header,
        } => {
            let cell = fill(
                places.cell,
                &[("row", &row.to_string()), ("column", &column(*at, header))],
            );
            in_table(*position, table_name, cell)
        }
        Location::Column {
            table: position,
            table_name,
            column: at,
            header,
        } => in_table(*position, table_name, column(*at, header)),
        Location::Table {
            table: position,
            table_name,
        } => table(*position, table_name),
        Location::Field { field, item, name } => {
            let what = field_word(&words.fields, *field);
            match (item, name.as_str()) {
                (_, name) if !name.is_empty() => fill(
                    places.field_named,
                    &[("field", what), ("name", &quote(words, name))],
                ),
                (Some(item), _) => fill(
                    places.field_numbered,
                    &[("field", what), ("number", &(item + 1).to_string())],
                ),
                (None, _) => what.to_owned(),
            }
        }
        Location::Draft => String::new(),
    }
}

fn field_word(fields: &FieldWords, field: Field) -> &'static str {
    match field {
        Field::Title => fields.title,
        Field::Subtitle => fields.subtitle,
        Field::AsOf => fields.as_of,
        Field::Locale => fields.locale,
        Field::Currency => fields.currency,
        Field::Period => fields.period,
        Field::Sources => fields.sources,
        Field::SourceName => fields.source_name,
        Field::SourceUrl => fields.source_url,
        Field::SourceDate => fields.source_date,
        Field::Commitment => fields.commitment,
        Field::CommitmentLabel => fields.commitment_label,
        Field::Unit => fields.unit,
        Field::CommitmentCurrency => fields.commitment_currency,
        Field::UnitName => fields.unit_name,
        Field::PledgedBasis => fields.pledged_basis,
        Field::Deadline => fields.deadline,
        Field::DeadlineLabel => fields.deadline_label,
        Field::Sentences => fields.sentences,
        Field::Contributor => fields.contributor,
        Field::EventDate => fields.event_date,
        Field::EventLabel => fields.event_label,
        Field::NoteText => fields.note_text,
    }
}

fn role_word(roles: &RoleWords, role: Role) -> &'static str {
    match role {
        Role::Label => roles.label,
        Role::Commitment => roles.commitment,
        Role::Contributor => roles.contributor,
        Role::Pledged => roles.pledged,
        Role::Delivered => roles.delivered,
        Role::Date => roles.date,
        Role::Ignore => roles.ignore,
    }
}

/// What is wrong, without its place.
fn what_is_wrong(kind: &ProblemKind, lang: Lang) -> String {
    let words = crate::i18n::editor(lang);
    let problems = &words.problems;
    let q = |text: &str| quote(words, text);
    let n = |number: usize| number.to_string();
    let (template, pairs): (&str, Vec<(&str, String)>) = match kind {
        ProblemKind::NotANumber { text } => (problems.not_a_number, vec![("text", q(text))]),
        ProblemKind::Negative { text } => (problems.negative, vec![("text", q(text))]),
        ProblemKind::TooLarge { text } => (problems.too_large, vec![("text", q(text))]),
        ProblemKind::MixedMarks {
            decimal_comma_row,
            decimal_point_row,
        } => (
            problems.mixed_marks,
            vec![
                ("comma_row", n(*decimal_comma_row)),
                ("point_row", n(*decimal_point_row)),
            ],
        ),
        ProblemKind::PercentNotAllowed { text } => {
            (problems.percent_not_allowed, vec![("text", q(text))])
        }
        ProblemKind::Empty => (problems.empty, vec![]),
        ProblemKind::NotADate { text } => (problems.not_a_date, vec![("text", q(text))]),
        ProblemKind::ImpossibleDate { text } => (problems.impossible_date, vec![("text", q(text))]),
        ProblemKind::UnknownMonth { word } => (problems.unknown_month, vec![("word", q(word))]),
        ProblemKind::AskDateOrder { example } => {
            (problems.ask_date_order, vec![("example", q(example))])
        }
        ProblemKind::MixedDateOrders {
            day_first_row,
            month_first_row,
        } => (
            problems.mixed_date_orders,
            vec![
                ("day_row", n(*day_first_row)),
                ("month_row", n(*month_first_row)),
            ],
        ),
        ProblemKind::MissingColumn { role } => (
            problems.missing_column,
            vec![("role", q(role_word(&words.roles, *role)))],
        ),
        ProblemKind::ColumnTwice { role } => (
            problems.column_twice,
            vec![("role", q(role_word(&words.roles, *role)))],
        ),
        ProblemKind::NoCommitmentNamed => (problems.no_commitment_named, vec![]),
        ProblemKind::NotDescribed { name } => (problems.not_described, vec![("name", q(name))]),
        ProblemKind::NoFigures { name } => (problems.no_figures, vec![("name", q(name))]),
        ProblemKind::NoPledged { name } => (problems.no_pledged, vec![("name", q(name))]),
        ProblemKind::Twice { text, first_row } => (
            problems.twice,
            vec![("text", q(text)), ("row", n(*first_row))],
        ),
        ProblemKind::BoundsDoNotAdd => (problems.bounds_do_not_add, vec![]),
        ProblemKind::AfterAsOf { text } => (problems.after_as_of, vec![("text", q(text))]),
        ProblemKind::NotAWebAddress { text } => {
            (problems.not_a_web_address, vec![("text", q(text))])
        }
        ProblemKind::TooLong { chars, limit } => (
            problems.too_long,
            vec![("count", n(*chars)), ("limit", n(*limit))],
        ),
        ProblemKind::UnknownCurrency { text } => {
            (problems.unknown_currency, vec![("text", q(text))])
        }
        ProblemKind::TooMany { count, limit } => (
            problems.too_many,
            vec![("count", n(*count)), ("limit", n(*limit))],
        ),
        ProblemKind::NoSource => (problems.no_source, vec![]),
        ProblemKind::NoTable => (problems.no_table, vec![]),
        ProblemKind::NoSuchSource { position } => {
            (problems.no_such_source, vec![("number", n(position + 1))])
        }
        ProblemKind::PeriodEndsBeforeStart => (problems.period_ends_before_start, vec![]),
        ProblemKind::NotATable { line } => (problems.not_a_table, vec![("line", n(*line))]),
        ProblemKind::TotalDoesNotAdd { text, figure, sum } => (
            problems.total_does_not_add,
            vec![
                ("text", q(text)),
                ("figure", q(figure)),
                ("sum", quantity(Quantity::Amount(*sum), lang)),
            ],
        ),
        ProblemKind::DisagreesWithTotal { text, name, total } => (
            problems.disagrees_with_total,
            vec![
                ("text", q(text)),
                ("name", q(name)),
                ("total", quantity(*total, lang)),
            ],
        ),
        ProblemKind::Invalid { path, problem } => (
            problems.invalid,
            vec![("path", path.clone()), ("message", problem.message(lang))],
        ),
    };
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &pairs)
}

/// What a note says, without its place.
fn what_it_says(kind: &NoteKind, lang: Lang) -> String {
    let words = crate::i18n::editor(lang);
    let notes = &words.notes;
    match kind {
        NoteKind::MarksFromLanguage {
            decimal_mark,
            example,
        } => fill(
            notes.marks_from_language,
            &[
                ("example", &quote(words, example)),
                ("mark", &quote(words, &decimal_mark.to_string())),
            ],
        ),
        NoteKind::DeliveredFromLatestDate { name } => fill(
            notes.delivered_from_latest_date,
            &[("name", &quote(words, name))],
        ),
        NoteKind::TotalFromContributors { name } => fill(
            notes.total_from_contributors,
            &[("name", &quote(words, name))],
        ),
        NoteKind::NoteRowLeftOut { text } => {
            fill(notes.note_row_left_out, &[("text", &quote(words, text))])
        }
        NoteKind::TotalRowLeftOut { text, counted_as } => fill(
            match counted_as {
                Role::Contributor => notes.total_row_not_a_contributor,
                _ => notes.total_row_not_a_commitment,
            },
            &[("text", &quote(words, text))],
        ),
        NoteKind::TotalRowUnchecked { text, counted_as } => fill(
            match counted_as {
                Role::Contributor => notes.total_row_unchecked_contributor,
                _ => notes.total_row_unchecked_commitment,
            },
            &[("text", &quote(words, text))],
        ),
        NoteKind::CumulativeFalls {
            text,
            previous,
            row,
        } => fill(
            notes.cumulative_falls,
            &[
                ("text", &quote(words, text)),
                ("previous", &quote(words, previous)),
                ("row", &row.to_string()),
            ],
        ),
        NoteKind::AboveLaterTotal { text, name, total } => fill(
            notes.above_later_total,
            &[
                ("text", &quote(words, text)),
                ("name", &quote(words, name)),
                ("total", &quantity(*total, lang)),
            ],
        ),
    }
}

/// A figure the editor worked out, with the digits of `lang`: `117 750 000`, `40 %`.
fn quantity(quantity: Quantity, lang: Lang) -> String {
    let formatter = PlainFormatter(lang);
    match quantity {
        Quantity::Amount(value) => {
            let whole = (value - value.round()).abs() < 0.005;
            formatter.number(value, if whole { 0 } else { 2 })
        }
        Quantity::Share(fraction) => crate::format::percent(&formatter, fraction),
    }
}
