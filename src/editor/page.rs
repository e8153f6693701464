//! What the editor page shows after each change: the dataset's JSON when the draft
//! builds, else every problem as a sentence in the page's language with an anchor naming
//! the cell, column, table or field it belongs next to; and the texts the chart would show
//! in another language than its own.

use super::draft::{DraftText, UnitChoice};
use super::problem::{Field, Location};
use super::say::{note_message, problem_message};
use super::write::json_text;
use super::{build, Draft};
use crate::i18n::Lang;
use serde::Serialize;

/// A problem or note as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlacedMessage {
    /// Where it belongs: `cell:0:4:2` (table, row as numbered, column), `column:0:2`,
    /// `table:0`, `field:source_url:1`, `field:title` or `draft`.
    pub anchor: String,
    /// The sentence, its place first.
    pub message: String,
}

/// The outcome of building the draft, for the page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BuildReport {
    /// The dataset as pretty-printed `pledgeviz/1` JSON, when the draft builds.
    pub json: Option<String>,
    /// Every problem found (none when `json` is given).
    pub problems: Vec<PlacedMessage>,
    /// What the journalist should know.
    pub notes: Vec<PlacedMessage>,
}

/// Builds the draft and says the outcome in `lang`.
pub fn report(draft: &Draft, lang: Lang) -> BuildReport {
    match build(draft) {
        Ok((value, notes)) => BuildReport {
            json: Some(json_text(&value)),
            problems: Vec::new(),
            notes: notes
                .iter()
                .map(|note| PlacedMessage {
                    anchor: anchor(&note.location),
                    message: note_message(note, lang),
                })
                .collect(),
        },
        Err(problems) => BuildReport {
            json: None,
            problems: problems
                .iter()
                .map(|problem| PlacedMessage {
                    anchor: anchor(&problem.location),
                    message: problem_message(problem, lang),
                })
                .collect(),
            notes: Vec::new(),
        },
    }
}

/// The fields whose text the chart shows in `lang` but that were typed only in other
/// languages, each once, in the order of the page: the chart in `lang` would show them in
/// another language beside its own words. A blank field is not missing anything.
///
/// Contributors' and sources' names are not asked for either (an article's title stays as
/// published); contributors' names are not texts to translate at all: the widget shows a country's or a
/// donor's name as the dataset gives it ("Kenya" in every chart), and the page asks for no
/// other; named here, they would flag every opened dataset with contributors. A dataset's
/// own headline and what-if sentences are named only when given in no particular language
/// (the widget then shows them in every language): given in other languages only, they
/// give way to the widget's own sentences in `lang`. The period's label is not shown.
pub fn untranslated(draft: &Draft, lang: Lang) -> Vec<Field> {
    let mut texts: Vec<(Field, &DraftText)> = vec![
        (Field::Title, &draft.title),
        (Field::Subtitle, &draft.subtitle),
    ];
    for commitment in &draft.commitments {
        texts.push((Field::CommitmentLabel, &commitment.label));
        if commitment.unit == UnitChoice::Count {
            texts.push((Field::UnitName, &commitment.unit_name));
        }
        texts.extend([
            (Field::PledgedBasis, &commitment.pledged_basis),
            (Field::DeadlineLabel, &commitment.deadline_label),
        ]);
        for sentence in [&commitment.headline, &commitment.what_if] {
            if sentence.0.iter().any(|entry| entry.lang.is_empty()) {
                texts.push((Field::Sentences, sentence));
            }
        }
    }
    texts.extend(draft.events.iter().map(|e| (Field::EventLabel, &e.label)));
    texts.extend(draft.notes.iter().map(|n| (Field::NoteText, &n.text)));
    let mut missing: Vec<Field> = Vec::new();
    for (field, text) in texts {
        if !text.is_blank() && !text.has(lang, draft.language) && !missing.contains(&field) {
            missing.push(field);
        }
    }
    missing
}

/// The page's name for a place in the draft (see [`PlacedMessage::anchor`]).
pub fn anchor(location: &Location) -> String {
    match location {
        Location::Cell {
            table, row, column, ..
        } => format!("cell:{table}:{row}:{column}"),
        Location::Column { table, column, .. } => format!("column:{table}:{column}"),
        Location::Table { table, .. } => format!("table:{table}"),
        Location::Field { field, item, .. } => {
            let key = serde_json::to_value(field)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default();
            match item {
                Some(item) => format!("field:{key}:{item}"),
                None => format!("field:{key}"),
            }
        }
        Location::Draft => "draft".to_owned(),
    }
}

/// A draft from an opened `pledgeviz/1` file, or every problem of the file in `lang`.
pub fn open_dataset(json: &str, lang: Lang) -> Result<Draft, String> {
    crate::validate::parse_dataset(json)
        .map(|dataset| Draft::from_dataset(&dataset, lang))
        .map_err(|problems| problems.render(lang))
}
