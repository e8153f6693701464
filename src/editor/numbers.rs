//! Figures as people type them in French, English and Spanish: `600 000 000`,
//! `600,000,000`, `600.000.000`, `68,5`, `1,2 Md`, `$68M`, `68 millones`, `40 %`, with
//! qualifiers such as `moins de`, `about`, `al menos`.
//!
//! A column is read as a whole: `1,234` alone may be a thousand and more or one and a bit,
//! so the other cells of the column decide (`68,5` shows a decimal comma). A column that
//! shows both conventions is refused, never guessed; a column that shows neither is read
//! in the journalist's language, and the result says so.

use crate::i18n::Lang;
use crate::model::Qualifier;
use crate::validate::limits;
use serde::{Deserialize, Serialize};

/// A figure read from a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberReading {
    /// The figure in units (68 500 000 for `68,5 M$`), or in percent when `percent` is set
    /// (40 for `40 %`).
    pub value: f64,
    /// How exact it is (`environ`, `moins de`, `at least`).
    pub qualifier: Qualifier,
    /// Whether the cell gave a percentage.
    pub percent: bool,
    /// The ISO 4217 code of a currency written in the cell (`$`, `€`, `USD`), if any.
    pub currency: Option<&'static str>,
}

/// Why a cell is not read as a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberRefusal {
    /// Not a number ("12abc").
    NotANumber,
    /// A negative number; pledges and deliveries are at least 0.
    Negative,
    /// More than any real tracker (10^15, or 10 000 %).
    TooLarge,
    /// The column uses `,` or `.` both ways, so this cell cannot be read without a guess.
    MixedMarks,
}

/// The decimal mark of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecimalMark {
    /// `68,5` and `1.234,5` (French, Spanish, German).
    Comma,
    /// `68.5` and `1,234.5` (English).
    Point,
}

impl DecimalMark {
    /// The mark itself.
    pub fn character(self) -> char {
        match self {
            DecimalMark::Comma => ',',
            DecimalMark::Point => '.',
        }
    }

    /// The decimal mark of the journalist's language.
    pub fn of_language(language: Lang) -> DecimalMark {
        match language.words().numbers.decimal {
            '.' => DecimalMark::Point,
            _ => DecimalMark::Comma,
        }
    }
}

/// One cell's result: a figure, nothing (an empty cell), or a refusal.
pub type NumberCell = Result<Option<NumberReading>, NumberRefusal>;

/// A column of figures read together.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberColumn {
    /// Each cell's result, in the order given.
    pub cells: Vec<NumberCell>,
    /// The decimal mark the cells show, or the language's when they show none and one was
    /// needed; `None` when no cell needed one.
    pub decimal_mark: Option<DecimalMark>,
    /// The first cell (position in `cells`) whose reading needed the journalist's language
    /// because the column gave no evidence; `None` when the column decided alone.
    pub decided_by_language: Option<usize>,
    /// Positions of a cell showing a decimal comma and one showing a decimal point, when
    /// the column shows both.
    pub mixed: Option<(usize, usize)>,
}

/// Reads one cell on its own (a column of one), e.g. a field of the description.
pub fn read_number(cell: &str, language: Lang) -> NumberCell {
    read_number_column(&[cell], language)
        .cells
        .pop()
        .unwrap_or(Ok(None))
}

/// Reads the cells of one column together, so that each cell's decimal mark is decided by
/// the whole column.
pub fn read_number_column(cells: &[&str], language: Lang) -> NumberColumn {
    let parsed: Vec<Result<Option<Parsed>, NumberRefusal>> =
        cells.iter().map(|cell| parse_cell(cell)).collect();
    let vote_of = |mark: DecimalMark| {
        parsed.iter().position(
            |cell| matches!(cell, Ok(Some(Parsed { digits: Digits::Known { vote: Some(vote), .. }, .. })) if *vote == mark),
        )
    };
    let (comma, point) = (vote_of(DecimalMark::Comma), vote_of(DecimalMark::Point));
    let first_ambiguous = parsed.iter().position(|cell| {
        matches!(
            cell,
            Ok(Some(Parsed {
                digits: Digits::Ambiguous { .. },
                ..
            }))
        )
    });
    let (decimal_mark, mixed, decided_by_language) = match (comma, point) {
        (Some(comma), Some(point)) => (None, Some((comma, point)), None),
        (Some(_), None) => (Some(DecimalMark::Comma), None, None),
        (None, Some(_)) => (Some(DecimalMark::Point), None, None),
        (None, None) => match first_ambiguous {
            Some(position) => (
                Some(DecimalMark::of_language(language)),
                None,
                Some(position),
            ),
            None => (None, None, None),
        },
    };
    let cells = parsed
        .into_iter()
        .map(|cell| {
            let Some(parsed) = cell? else {
                return Ok(None);
            };
            let (integer, fraction) = match &parsed.digits {
                Digits::Known { vote: Some(_), .. } if mixed.is_some() => {
                    return Err(NumberRefusal::MixedMarks)
                }
                Digits::Known {
                    integer, fraction, ..
                } => (integer.clone(), fraction.clone()),
                Digits::Ambiguous { mark, head, tail } => match decimal_mark {
                    Some(decimal) if decimal == *mark => (head.clone(), tail.clone()),
                    Some(_) => (format!("{head}{tail}"), String::new()),
                    None => return Err(NumberRefusal::MixedMarks),
                },
            };
            parsed.finish(&integer, &fraction)
        })
        .collect();
    NumberColumn {
        cells,
        decimal_mark,
        decided_by_language,
        mixed,
    }
}

/// The digits of a cell: known, or `head` + mark + `tail` where the mark may be decimal
/// or thousands.
enum Digits {
    Known {
        integer: String,
        fraction: String,
        /// The decimal mark this cell shows, if it shows one.
        vote: Option<DecimalMark>,
    },
    Ambiguous {
        mark: DecimalMark,
        head: String,
        tail: String,
    },
}

struct Parsed {
    qualifier: Qualifier,
    percent: bool,
    /// Power of ten from words such as `M`, `millions`, `Md`.
    exponent: i32,
    currency: Option<&'static str>,
    digits: Digits,
}

impl Parsed {
    fn finish(&self, integer: &str, fraction: &str) -> NumberCell {
        let text = format!("{integer}.{fraction}0e{}", self.exponent);
        let value: f64 = text.parse().map_err(|_| NumberRefusal::NotANumber)?;
        let limit = if self.percent {
            limits::MAX_PERCENT
        } else {
            limits::MAX_AMOUNT
        };
        if !value.is_finite() || value > limit {
            return Err(NumberRefusal::TooLarge);
        }
        Ok(Some(NumberReading {
            value,
            qualifier: self.qualifier,
            percent: self.percent,
            currency: self.currency,
        }))
    }
}

/// Qualifiers written before a figure. The first that matches a whole word wins, so a
/// longer phrase comes before any shorter one it starts with (`alrededor del` before
/// `alrededor de`); phrases that are not prefixes of one another may come in any order.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("aproximadamente", Qualifier::Approximate),
    ("alrededor del", Qualifier::Approximate),
    ("menos del", Qualifier::LessThan),
    ("más del", Qualifier::MoreThan),
    ("mas del", Qualifier::MoreThan),
    ("approximately", Qualifier::Approximate),
    ("alrededor de", Qualifier::Approximate),
    ("como mínimo", Qualifier::MoreThan),
    ("como máximo", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("more than", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("jusqu'à", Qualifier::LessThan),
    ("jusqu'a", Qualifier::LessThan),
    ("moins de", Qualifier::LessThan),
    ("moins d'", Qualifier::LessThan),
    ("plus de", Qualifier::MoreThan),
    ("plus d'", Qualifier::MoreThan),
    ("au moins", Qualifier::MoreThan),
    ("au plus", Qualifier::LessThan),
    ("menos de", Qualifier::LessThan),
    ("cerca de", Qualifier::Approximate),
    ("at least", Qualifier::MoreThan),
    ("at most", Qualifier::LessThan),
    ("al menos", Qualifier::MoreThan),
    ("environ", Qualifier::Approximate),
    ("près de", Qualifier::Approximate),
    ("pres de", Qualifier::Approximate),
    ("roughly", Qualifier::Approximate),
    ("approx.", Qualifier::Approximate),
    ("más de", Qualifier::MoreThan),
    ("mas de", Qualifier::MoreThan),
    ("around", Qualifier::Approximate),
    ("about", Qualifier::Approximate),
    ("hasta", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("up to", Qualifier::LessThan),
    ("env.", Qualifier::Approximate),
    ("over", Qualifier::MoreThan),
    ("unos", Qualifier::Approximate),
    ("unas", Qualifier::Approximate),
    ("ca.", Qualifier::Approximate),
    ("≈", Qualifier::Approximate),
    ("~", Qualifier::Approximate),
    ("≤", Qualifier::LessThan),
    ("≥", Qualifier::MoreThan),
    ("<", Qualifier::LessThan),
    (">", Qualifier::MoreThan),
];

/// Words for thousands, millions and billions, as powers of ten. `mil millones` is
/// `mil` times `millones`.
const MULTIPLIERS: &[(&str, i32)] = &[
    ("k", 3),
    ("mille", 3),
    ("thousand", 3),
    ("mil", 3),
    ("m", 6),
    ("mn", 6),
    ("mio", 6),
    ("million", 6),
    ("millions", 6),
    ("millón", 6),
    ("millon", 6),
    ("millones", 6),
    ("md", 9),
    ("mds", 9),
    ("mrd", 9),
    ("mrds", 9),
    ("milliard", 9),
    ("milliards", 9),
    ("bn", 9),
    ("b", 9),
    ("billion", 9),
    ("billions", 9),
    ("billón", 12),
    ("billones", 12),
];

/// Currency signs and words, with their ISO 4217 codes (codes themselves are read too).
const CURRENCIES: &[(&str, &str)] = &[
    ("$", "USD"),
    ("us$", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("dólar", "USD"),
    ("dólares", "USD"),
    ("dolares", "USD"),
    ("€", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("£", "GBP"),
    ("gourdes", "HTG"),
    ("fcfa", "XOF"),
];

/// Words that join a figure to its unit (`millions de dollars`, `d'euros`).
const JOINING_WORDS: &[&str] = &["de", "d'", "of"];

fn parse_cell(cell: &str) -> Result<Option<Parsed>, NumberRefusal> {
    let lower = cell.trim().to_lowercase().replace('’', "'");
    if lower.is_empty() {
        return Ok(None);
    }
    let (qualifier, rest) = strip_qualifier(&lower);
    let rest = rest.trim_start();
    let first_digit = rest
        .find(|c: char| c.is_ascii_digit())
        .ok_or(NumberRefusal::NotANumber)?;
    let prefix = rest[..first_digit].trim();
    if prefix.ends_with(['-', '−', '–']) {
        return Err(NumberRefusal::Negative);
    }
    let mut currency = None;
    if !prefix.is_empty() {
        currency = Some(currency_code(prefix).ok_or(NumberRefusal::NotANumber)?);
    }
    let body = &rest[first_digit..];
    let span = body
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || is_separator(c)))
        .map_or(body.len(), |(at, _)| at);
    // The figure ends at its last digit: a space before `millions` is not a separator.
    let end = body[..span]
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(0, |at| at + 1);
    let digits = read_digits(&body[..end])?;
    let (percent, exponent, suffix_currency) = read_suffix(&body[end..])?;
    if percent && (currency.is_some() || exponent != 0) {
        return Err(NumberRefusal::NotANumber);
    }
    Ok(Some(Parsed {
        qualifier,
        percent,
        exponent,
        currency: suffix_currency.or(currency),
        digits,
    }))
}

fn strip_qualifier(text: &str) -> (Qualifier, &str) {
    for &(word, qualifier) in QUALIFIERS {
        if let Some(rest) = text.strip_prefix(word) {
            // A word qualifier must end there: `over` is not the start of `overall`.
            let ends_word =
                !word.ends_with(char::is_alphabetic) || !rest.starts_with(char::is_alphabetic);
            if ends_word {
                return (qualifier, rest);
            }
        }
    }
    (Qualifier::Exact, text)
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''
    )
}

fn currency_code(word: &str) -> Option<&'static str> {
    if let Some(&(_, code)) = CURRENCIES.iter().find(|(name, _)| *name == word) {
        return Some(code);
    }
    crate::validate::KNOWN_CURRENCIES
        .iter()
        .find(|code| code.eq_ignore_ascii_case(word))
        .copied()
}

/// Reads what follows the digits: a percent sign, multipliers and a currency.
fn read_suffix(suffix: &str) -> Result<(bool, i32, Option<&'static str>), NumberRefusal> {
    let words = suffix
        .replace("pour cent", "%")
        .replace("per cent", "%")
        .replace("percent", "%")
        .replace("por ciento", "%");
    // Signs glued to a word (`M$`, `68%`) become words of their own.
    let mut spaced = String::with_capacity(words.len() + 8);
    for c in words.chars() {
        if matches!(c, '$' | '€' | '£' | '%') {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
        } else {
            spaced.push(c);
        }
    }
    let (mut percent, mut exponent, mut currency) = (false, 0, None);
    for token in spaced.split_whitespace() {
        let token = token.strip_prefix("d'").unwrap_or(token);
        if token.is_empty() || JOINING_WORDS.contains(&token) {
            continue;
        }
        if token == "%" && !percent {
            percent = true;
        } else if let Some(&(_, power)) = MULTIPLIERS.iter().find(|(word, _)| *word == token) {
            exponent += power;
        } else if let (Some(code), None) = (currency_code(token), currency) {
            currency = Some(code);
        } else {
            return Err(NumberRefusal::NotANumber);
        }
    }
    Ok((percent, exponent, currency))
}

/// Reads digits with their separators into an integer and a fraction part.
fn read_digits(core: &str) -> Result<Digits, NumberRefusal> {
    let mut groups = vec![String::new()];
    let mut separators = Vec::new();
    for c in core.chars() {
        if c.is_ascii_digit() {
            if let Some(group) = groups.last_mut() {
                group.push(c);
            }
        } else {
            let kind = match c {
                ',' => ',',
                '.' => '.',
                _ => ' ',
            };
            separators.push(kind);
            groups.push(String::new());
        }
    }
    if groups.iter().any(String::is_empty) {
        return Err(NumberRefusal::NotANumber);
    }
    let commas = separators.iter().filter(|&&c| c == ',').count();
    let points = separators.iter().filter(|&&c| c == '.').count();
    let last = separators.last().copied();
    let known = |decimal: Option<char>, vote: Option<DecimalMark>| {
        let (integer_groups, fraction) = match decimal {
            Some(_) => (
                &groups[..groups.len() - 1],
                groups[groups.len() - 1].clone(),
            ),
            None => (&groups[..], String::new()),
        };
        if !thousands_grouping(integer_groups) {
            return Err(NumberRefusal::NotANumber);
        }
        Ok(Digits::Known {
            integer: integer_groups.concat(),
            fraction,
            vote,
        })
    };
    match (commas, points, last) {
        (0, 0, _) => known(None, None),
        // Both marks: the last one is the decimal mark, written once.
        (1, _, Some(',')) if points > 0 => known(Some(','), Some(DecimalMark::Comma)),
        (_, 1, Some('.')) if commas > 0 => known(Some('.'), Some(DecimalMark::Point)),
        (_, _, _) if commas > 0 && points > 0 => Err(NumberRefusal::NotANumber),
        // One mark written more than once: thousands.
        (2.., 0, _) => known(None, Some(DecimalMark::Point)),
        (0, 2.., _) => known(None, Some(DecimalMark::Comma)),
        // One mark written once, last: decimal unless it could be a thousands group.
        (1, 0, Some(',')) | (0, 1, Some('.')) => {
            let mark = if commas == 1 {
                DecimalMark::Comma
            } else {
                DecimalMark::Point
            };
            let head = &groups[groups.len() - 2];
            let tail = &groups[groups.len() - 1];
            let spaces_before = separators.len() > 1;
            let could_be_thousands =
                !spaces_before && tail.len() == 3 && head.len() <= 3 && !head.starts_with('0');
            if could_be_thousands {
                Ok(Digits::Ambiguous {
                    mark,
                    head: head.clone(),
                    tail: tail.clone(),
                })
            } else {
                known(Some(mark.character()), Some(mark))
            }
        }
        // A mark followed by spaces (`1,234 567`).
        _ => Err(NumberRefusal::NotANumber),
    }
}

/// Whether digit groups are a valid thousands grouping: 1 to 3 digits, then groups of 3.
fn thousands_grouping(groups: &[String]) -> bool {
    match groups.split_first() {
        None => false,
        Some((_, [])) => true,
        Some((first, rest)) => {
            (1..=3).contains(&first.len()) && rest.iter().all(|group| group.len() == 3)
        }
    }
}
