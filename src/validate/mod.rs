//! Reading and validating a dataset: JSON text in, a [`Dataset`] or every problem out.
//!
//! Validation walks the JSON tree itself rather than deriving `Deserialize`, so that it can
//! report all problems at once, each with its JSON path and a plain sentence, and never
//! panics whatever the input.

use crate::model::*;
use serde_json::Value;

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

mod problem;
mod sections;
mod walker;
pub use problem::*;
use walker::Walker;

/// Parses and validates JSON text.
pub fn parse_dataset(json: &str) -> Result<Dataset, Problems> {
    if json.len() > limits::MAX_INPUT_BYTES {
        return Err(Problems(vec![Problem {
            path: String::new(),
            kind: ProblemKind::TooLarge {
                bytes: json.len(),
                limit: limits::MAX_INPUT_BYTES,
            },
        }]));
    }
    match serde_json::from_str::<Value>(json) {
        Ok(value) => validate(&value),
        Err(error) => Err(Problems(vec![Problem {
            path: String::new(),
            kind: ProblemKind::NotJson {
                line: error.line(),
                column: error.column(),
                detail: describe_json_error(&error),
            },
        }])),
    }
}

fn describe_json_error(error: &serde_json::Error) -> String {
    let text = error.to_string();
    // serde_json appends " at line L column C", which the caller already says.
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Validates an already parsed JSON tree (for callers that hold a JS object).
pub fn validate(value: &Value) -> Result<Dataset, Problems> {
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
