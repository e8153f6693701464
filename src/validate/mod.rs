//! Reading and validating a dataset: JSON text (or a [`Json`] tree) in, a [`Dataset`] or
//! every problem out.
//!
//! Validation walks the JSON tree itself rather than deriving `Deserialize`, so that it can
//! report all problems at once, each with its JSON path and a plain sentence, and never
//! panics whatever the input.

use crate::model::*;

/// Limits no real tracker reaches; inputs beyond them are refused with a message.
pub mod limits {
    /// Largest accepted JSON text, in bytes (5 MiB).
    pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;
    /// Most commitments in one dataset.
    pub const MAX_COMMITMENTS: usize = 50;
    /// Most contributors in one dataset.
    pub const MAX_CONTRIBUTORS: usize = 1_000;
    /// Most observations in one dataset.
    pub const MAX_OBSERVATIONS: usize = 20_000;
    /// Most events in one dataset.
    pub const MAX_EVENTS: usize = 200;
    /// Most sources in one dataset.
    pub const MAX_SOURCES: usize = 50;
    /// Longest label, title or name, in characters.
    pub const MAX_TEXT_CHARS: usize = 300;
    /// Largest amount in any unit (a thousand trillion).
    pub const MAX_AMOUNT: f64 = 1e15;
    /// Largest share of a pledge, in percent (100 times over-delivered).
    pub const MAX_PERCENT: f64 = 10_000.0;
    /// Most problems reported; after that one more line says how many were left out.
    pub const MAX_PROBLEMS: usize = 100;
}

/// Currencies the widget knows how to name (ISO 4217).
pub const KNOWN_CURRENCIES: &[&str] = &[
    "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "HTG", "INR", "JPY", "KES", "KRW",
    "MXN", "NOK", "NZD", "SEK", "USD", "XAF", "XOF", "ZAR",
];

mod json;
mod number;
mod problem;
mod sections;
mod syntax;
mod walker;
pub use json::Json;
pub use problem::*;
pub use syntax::MAX_DEPTH;
use walker::Walker;

/// Parses and validates JSON text (natively and with the editor; the embed parses with the
/// browser's `JSON.parse` and calls [`validate_json`]).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn parse_dataset(json: &str) -> Result<Dataset, Problems> {
    check_size(json)?;
    match serde_json::from_str::<Json>(json) {
        Ok(value) => validate_json(&value),
        Err(_) => Err(not_json(json)),
    }
}

/// Refuses text larger than [`limits::MAX_INPUT_BYTES`] before it is parsed.
pub fn check_size(json: &str) -> Result<(), Problems> {
    if json.len() > limits::MAX_INPUT_BYTES {
        return Err(Problems(vec![Problem {
            path: String::new(),
            kind: ProblemKind::TooLarge {
                bytes: json.len(),
                limit: limits::MAX_INPUT_BYTES,
            },
        }]));
    }
    Ok(())
}

/// The problem with text a JSON reader refused: where it stops being JSON and why.
pub fn not_json(json: &str) -> Problems {
    let kind = match syntax::first_error(json) {
        Some(error) => ProblemKind::NotJson {
            line: error.line,
            column: error.column,
            detail: error.detail.to_owned(),
        },
        None => ProblemKind::Unreadable,
    };
    Problems(vec![Problem {
        path: String::new(),
        kind,
    }])
}

/// Validates an already parsed serde_json tree (tests, the editor).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn validate(value: &serde_json::Value) -> Result<Dataset, Problems> {
    validate_json(&Json::from(value))
}

/// Validates an already parsed JSON tree.
pub fn validate_json(value: &Json) -> Result<Dataset, Problems> {
    let mut walker = Walker::default();
    let dataset = walker.dataset(value);
    if walker.problems.is_empty() {
        if let Some(dataset) = dataset {
            return Ok(dataset);
        }
        walker.report("", ProblemKind::Unreadable);
    }
    let mut problems = walker.problems;
    if problems.len() > limits::MAX_PROBLEMS {
        let left_out = problems.len() - limits::MAX_PROBLEMS;
        problems.truncate(limits::MAX_PROBLEMS);
        problems.push(Problem {
            path: String::new(),
            kind: ProblemKind::MoreProblems { count: left_out },
        });
    }
    Err(Problems(problems))
}
