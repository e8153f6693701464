//! Dates as people type them: `2025-06-26`, `26/06/2025`, `26.06.2025`, `26 juin 2025`,
//! `1er juin 2025`, `June 26, 2025`, `26 de junio de 2025`. Month names, weekdays and
//! ordinals (`1er`, `1st`) are those of every language of the catalogue, whatever the
//! editor's language.
//!
//! `03/04/2025` is the 3rd of April in Paris and March the 4th in New York. A column is
//! read as a whole: one cell such as `26/06/2025` settles the order for all; when no cell
//! does, the answer is [`OrderFinding::Ask`], which the page turns into a question. The
//! editor never guesses an order.

use super::vocabulary::{gather, gather_list};
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Which comes first in a date written with numbers only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// `26/06/2025`: day, month, year (French, Spanish, British).
    DayFirst,
    /// `06/26/2025`: month, day, year (American).
    MonthFirst,
}

/// Why a cell is not read as a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "refusal", rename_all = "snake_case")]
pub enum DateRefusal {
    /// Not a date at all.
    NotADate,
    /// A date that does not exist (`31/02/2025`).
    Impossible,
    /// A word where a month name should be.
    UnknownMonth {
        /// The word, lowercased.
        word: String,
    },
    /// Day and month could be either way round and nobody has said which.
    NeedsOrder,
}

/// What a column says about the order of day and month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum OrderFinding {
    /// No cell depends on the order (ISO dates, month names, `05/05/2025`).
    NotNeeded,
    /// A cell shows the order (`26/06/2025` shows the day first).
    Shown {
        /// The order shown.
        order: DateOrder,
        /// The position of a cell that shows it.
        by: usize,
    },
    /// The journalist chose the order.
    Chosen {
        /// The order chosen.
        order: DateOrder,
    },
    /// Every cell could be either way: ask the journalist.
    Ask {
        /// The position of a cell to show in the question.
        example: usize,
    },
    /// Some cells put the day first, others the month.
    Mixed {
        /// A cell with the day first.
        day_first: usize,
        /// A cell with the month first.
        month_first: usize,
    },
}

/// One cell's result: a date, nothing (an empty cell), or a refusal.
pub type DateCell = Result<Option<Date>, DateRefusal>;

/// A column of dates read together.
#[derive(Clone, Debug, PartialEq)]
pub struct DateColumn {
    /// Each cell's result, in the order given.
    pub cells: Vec<DateCell>,
    /// What the column says about day and month order.
    pub order: OrderFinding,
}

/// Reads one date on its own, e.g. a field of the description; `chosen` is the order the
/// journalist gave for dates written with numbers only, if any.
pub fn read_date(cell: &str, chosen: Option<DateOrder>) -> DateCell {
    read_date_column(&[cell], chosen)
        .cells
        .pop()
        .unwrap_or(Ok(None))
}

/// Reads the cells of one column together, so that one cell showing the order of day and
/// month settles it for all.
pub fn read_date_column(cells: &[&str], chosen: Option<DateOrder>) -> DateColumn {
    let parsed: Vec<Result<Option<Written>, DateRefusal>> =
        cells.iter().map(|cell| parse_cell(cell)).collect();
    let shown = |order: DateOrder| {
        parsed
            .iter()
            .position(|cell| matches!(cell, Ok(Some(written)) if written.shows() == Some(order)))
    };
    let first_ambiguous = parsed
        .iter()
        .position(|cell| matches!(cell, Ok(Some(written)) if written.is_ambiguous()));
    let order = match (
        chosen,
        shown(DateOrder::DayFirst),
        shown(DateOrder::MonthFirst),
    ) {
        (Some(order), _, _) => OrderFinding::Chosen { order },
        (None, Some(day_first), Some(month_first)) => OrderFinding::Mixed {
            day_first,
            month_first,
        },
        (None, Some(by), None) => OrderFinding::Shown {
            order: DateOrder::DayFirst,
            by,
        },
        (None, None, Some(by)) => OrderFinding::Shown {
            order: DateOrder::MonthFirst,
            by,
        },
        (None, None, None) => match first_ambiguous {
            Some(example) => OrderFinding::Ask { example },
            None => OrderFinding::NotNeeded,
        },
    };
    let column_order = match order {
        OrderFinding::Chosen { order } | OrderFinding::Shown { order, .. } => Some(order),
        _ => None,
    };
    let cells = parsed
        .into_iter()
        .map(|cell| match cell? {
            None => Ok(None),
            Some(written) => written.date(column_order).map(Some),
        })
        .collect();
    DateColumn { cells, order }
}

/// A date as written, before the order of day and month is known.
enum Written {
    /// Year, month and day are known.
    Known { year: i32, month: u32, day: u32 },
    /// `first/second/year` with numbers only.
    Numeric { first: u32, second: u32, year: i32 },
}

impl Written {
    /// The order this cell shows by itself, if any.
    fn shows(&self) -> Option<DateOrder> {
        match *self {
            Written::Numeric { first, second, .. } if first > 12 && second <= 12 => {
                Some(DateOrder::DayFirst)
            }
            Written::Numeric { first, second, .. } if second > 12 && first <= 12 => {
                Some(DateOrder::MonthFirst)
            }
            _ => None,
        }
    }

    /// Whether the date depends on the order of day and month.
    fn is_ambiguous(&self) -> bool {
        matches!(*self, Written::Numeric { first, second, .. } if first <= 12 && second <= 12 && first != second)
    }

    fn date(&self, order: Option<DateOrder>) -> Result<Date, DateRefusal> {
        let (year, month, day) = match *self {
            Written::Known { year, month, day } => (year, month, day),
            Written::Numeric {
                first,
                second,
                year,
            } => {
                let order = match (order, self.shows()) {
                    (Some(order), _) | (None, Some(order)) => order,
                    // Same number twice (05/05/2025): the order does not matter.
                    (None, None) if !self.is_ambiguous() => DateOrder::DayFirst,
                    (None, None) => return Err(DateRefusal::NeedsOrder),
                };
                match order {
                    DateOrder::DayFirst => (year, second, first),
                    DateOrder::MonthFirst => (year, first, second),
                }
            }
        };
        if !(1900..=2200).contains(&year) {
            return Err(DateRefusal::NotADate);
        }
        Date::from_ymd(year, month, day).ok_or(DateRefusal::Impossible)
    }
}

fn parse_cell(cell: &str) -> Result<Option<Written>, DateRefusal> {
    let text = cell.trim().to_lowercase().replace('’', "'");
    if text.is_empty() {
        return Ok(None);
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) && text.contains(['-', '/', '.']) {
        if let Some(written) = parse_numeric(&text) {
            return Ok(Some(written));
        }
    }
    parse_words(&text).map(Some)
}

fn parse_numeric(text: &str) -> Option<Written> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts
        .iter()
        .all(|part| !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |part: &str| part.parse::<u32>().ok();
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        return Some(Written::Known {
            year: number(a)? as i32,
            month: number(b)?,
            day: number(c)?,
        });
    }
    if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        return Some(Written::Numeric {
            first: number(a)?,
            second: number(b)?,
            year: number(c)? as i32,
        });
    }
    None
}

/// The words of written dates in every language of the catalogue.
struct DateVocabulary {
    /// Month names and abbreviations, with the month's number (1 to 12).
    months: Vec<(String, u32)>,
    /// Words that may stand in a written date without meaning anything for it (weekdays,
    /// "the", "de").
    fillers: Vec<String>,
    /// What may follow the number of a day ("er", "st", "º"); nothing may too.
    ordinal_endings: Vec<String>,
}

/// The words of written dates, gathered once from every language (see
/// [`super::vocabulary`]).
fn date_vocabulary() -> &'static DateVocabulary {
    static WORDS: OnceLock<DateVocabulary> = OnceLock::new();
    WORDS.get_or_init(|| DateVocabulary {
        months: gather(|words| words.months.iter().copied().zip(1..).collect()),
        fillers: gather_list(|words| words.date_fillers),
        ordinal_endings: gather_list(|words| words.ordinal_endings),
    })
}

fn parse_words(text: &str) -> Result<Written, DateRefusal> {
    let words = date_vocabulary();
    let (mut day, mut month, mut year) = (None, None, None);
    for token in text.split([' ', ',', '\u{a0}', '\u{202f}']) {
        let token = token.trim_end_matches('.');
        if token.is_empty() || words.fillers.iter().any(|filler| filler == token) {
            continue;
        }
        let digits_end = token
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(token.len());
        if digits_end > 0 {
            let (number, ordinal) = token.split_at(digits_end);
            let value: u32 = number.parse().map_err(|_| DateRefusal::NotADate)?;
            let is_ordinal =
                ordinal.is_empty() || words.ordinal_endings.iter().any(|ending| ending == ordinal);
            match (number.len(), is_ordinal) {
                (4, true) if ordinal.is_empty() && year.is_none() => year = Some(value as i32),
                (1 | 2, true) if day.is_none() => day = Some(value),
                _ => return Err(DateRefusal::NotADate),
            }
        } else if let Some(&(_, number)) = words.months.iter().find(|(name, _)| name == token) {
            if month.replace(number).is_some() {
                return Err(DateRefusal::NotADate);
            }
        } else if month.is_none() && token.chars().all(char::is_alphabetic) {
            return Err(DateRefusal::UnknownMonth {
                word: token.to_owned(),
            });
        } else {
            return Err(DateRefusal::NotADate);
        }
    }
    match (day, month, year) {
        (Some(day), Some(month), Some(year)) => Ok(Written::Known { year, month, day }),
        _ => Err(DateRefusal::NotADate),
    }
}

#[cfg(test)]
mod tests {
    use super::super::vocabulary::assert_one_meaning;

    #[test]
    fn each_month_name_of_every_language_names_one_month() {
        assert_one_meaning(&super::date_vocabulary().months);
    }
}
