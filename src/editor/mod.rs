//! The journalist's editor: a spreadsheet, a CSV file or an existing dataset in, a
//! `pledgeviz/1` dataset that always passes validation out.
//!
//! This module deals with everything the editor page needs that is not the page itself:
//! reading figures and dates as people type them ([`numbers`], [`dates`]), reading pasted
//! or opened tables ([`table`]), guessing what each column holds ([`guess`]), with the
//! words of every language of the catalogue (`vocabulary`), the
//! journalist's work in progress ([`draft`]), turning it into a dataset ([`build`]),
//! writing a dataset back to JSON ([`write`]), and saying what is wrong in any language of
//! the catalogue ([`say`]; the words themselves are in [`crate::i18n`]).
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
pub mod page;
pub mod problem;
pub mod say;
pub mod table;
mod vocabulary;
pub mod write;

pub use build::build;
pub use draft::Draft;
pub use problem::{EditorNote, EditorProblem, Location, NoteKind, ProblemKind, Quantity};
