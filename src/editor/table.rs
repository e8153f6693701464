//! Tables as they arrive: pasted from a spreadsheet (tab-separated), or a CSV file with
//! commas or semicolons, UTF-8 with or without a byte order mark.
//!
//! Reading is done by the `csv` crate, so quoted cells with separators, quotes and line
//! breaks inside read as the spreadsheet showed them. The first row is the header.

use crate::validate::limits;
use serde::{Deserialize, Serialize};

/// A table: its header and its rows, cells trimmed, fully empty rows left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The header's cells as typed, as many as the widest row.
    pub header: Vec<String>,
    /// The rows under the header.
    pub rows: Vec<Row>,
}

/// One row of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The row as the spreadsheet numbers it: the line of the text where it starts, from 1
    /// (the header is usually row 1).
    pub line: usize,
    /// The cells as typed, trimmed, as many as the header.
    pub cells: Vec<String>,
}

/// What separates the cells of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Separator {
    /// A tab: what spreadsheets put on the clipboard.
    Tab,
    /// `;`: CSV written where the comma is the decimal mark.
    Semicolon,
    /// `,`: CSV written where the point is the decimal mark.
    Comma,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Tab => b'\t',
            Separator::Semicolon => b';',
            Separator::Comma => b',',
        }
    }
}

/// Why a text could not be read as a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "refusal", rename_all = "snake_case")]
pub enum TableRefusal {
    /// Nothing but blank lines.
    Empty,
    /// Larger than any dataset may be (5 MiB).
    TooLarge,
    /// The CSV reader stopped at this line.
    Unreadable {
        /// The line, from 1.
        line: usize,
    },
}

/// How many rows sniffing looks at.
const SNIFFED_ROWS: usize = 10;

/// Reads pasted or opened text into a table, sniffing the separator.
pub fn read_table(text: &str) -> Result<Table, TableRefusal> {
    if text.len() > limits::MAX_INPUT_BYTES {
        return Err(TableRefusal::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    read_table_with(text, sniff_separator(text))
}

/// Reads text into a table with a given separator (the page lets the journalist change
/// the sniffed one).
pub fn read_table_with(text: &str, separator: Separator) -> Result<Table, TableRefusal> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    for record in reader(text, separator).records() {
        let record = record.map_err(|error| TableRefusal::Unreadable {
            line: error
                .position()
                .map_or(0, |position| line_of_byte(text, position.byte() as usize)),
        })?;
        let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        // The reader's own line count skips blank lines; counting line breaks before the
        // record's first byte gives the number the spreadsheet shows.
        let line = record.position().map_or(rows.len() + 1, |position| {
            line_of_byte(text, position.byte() as usize)
        });
        rows.push(Row { line, cells });
    }
    let width = rows.iter().map(|row| row.cells.len()).max().unwrap_or(0);
    for row in &mut rows {
        row.cells.resize(width, String::new());
    }
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or(TableRefusal::Empty)?.cells;
    Ok(Table {
        header,
        rows: rows.collect(),
    })
}

/// Guesses the separator from the first rows: the one that splits them into the same
/// number of cells, and the most cells; tabs first, since a spreadsheet pastes them.
pub fn sniff_separator(text: &str) -> Separator {
    let mut best = (false, 0, Separator::Tab);
    for separator in [Separator::Tab, Separator::Semicolon, Separator::Comma] {
        let counts: Vec<usize> = reader(text, separator)
            .records()
            .map_while(Result::ok)
            .filter(|record| record.iter().any(|cell| !cell.trim().is_empty()))
            .take(SNIFFED_ROWS)
            .map(|record| record.len())
            .collect();
        let width = counts.first().copied().unwrap_or(0);
        let consistent = width > 1 && counts.iter().all(|&count| count == width);
        if (consistent, width) > (best.0, best.1) {
            best = (consistent, width, separator);
        }
    }
    best.2
}

/// The line (from 1) of a record that the reader says starts at `byte`. The reader's
/// position is where it started looking, before the blank lines it skips, so those are
/// stepped over first.
fn line_of_byte(text: &str, byte: usize) -> usize {
    let bytes = text.as_bytes();
    let start = byte
        + bytes.get(byte..).map_or(0, |rest| {
            rest.iter()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count()
        });
    let before = bytes.get(..start).unwrap_or(bytes);
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

fn reader(text: &str, separator: Separator) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}
