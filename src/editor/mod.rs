//! The journalist's editor: a spreadsheet, a CSV file or an existing dataset in, a
//! `pledgeviz/1` dataset that always passes validation out.
//!
//! This module deals with everything the editor page needs that is not the page itself:
//! reading figures and dates as people type them ([`numbers`], [`dates`]), reading pasted
//! or opened tables ([`table`]), guessing what each column holds ([`guess`]), the
//! journalist's work in progress ([`draft`]), turning it into a dataset ([`build`]),
//! writing a dataset back to JSON ([`write`]), and saying what is wrong in French, English
//! or Spanish ([`words`]).
//!
//! It is compiled only with the `editor` feature, so the embed never carries CSV reading
//! or JSON writing. Like the rest of the core it does no I/O and knows no clock.
//!
//! Everything the journalist typed is kept verbatim in the [`draft::Draft`]; reading
//! happens again on every build, so a changed choice (a column's role, a date order)
//! never loses what was typed.

pub mod build;
pub mod dates;
pub mod draft;
pub mod guess;
pub mod numbers;
pub mod problem;
pub mod table;
pub mod words;
pub mod write;

pub use build::build;
pub use draft::Draft;
pub use problem::{EditorNote, EditorProblem, Location, NoteKind, ProblemKind};

use serde::{Deserialize, Serialize};

/// The journalist's language: the editor's messages, and the tie-breaker when a column of
/// figures gives no evidence of its decimal mark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// French: `68,5`, `1 000`.
    #[default]
    Fr,
    /// English: `68.5`, `1,000`.
    En,
    /// Spanish: `68,5`, `1.000`.
    Es,
}

impl Language {
    /// The BCP 47 code (`"fr"`, `"en"`, `"es"`).
    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// Every language the editor speaks.
    pub const ALL: [Language; 3] = [Language::Fr, Language::En, Language::Es];
}
