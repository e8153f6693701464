//! Figures as people type them: `600 000 000`, `600,000,000`, `600.000.000`, `68,5`,
//! `1,2 Md`, `$68M`, `68 millones`, `40 %`, with qualifiers such as `moins de`, `about`,
//! `al menos`. Qualifiers, scale, percent and currency words are those of every language
//! of the catalogue, whatever the editor's language; signs (`≈`, `<`, `$`, `%`) are read
//! in all.
//!
//! A column is read as a whole: `1,234` alone may be a thousand and more or one and a bit,
//! so the other cells of the column decide (`68,5` shows a decimal comma). A column that
//! shows both conventions is refused, never guessed; a column that shows neither is read
//! in the journalist's language, and the result says so.

use super::vocabulary::{gather, gather_list};
use crate::i18n::{Lang, QualifierWords, ScaleWords};
use crate::model::Qualifier;
use crate::validate::limits;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::sync::OnceLock;

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

/// Qualifiers written as signs, the same in every language.
const QUALIFIER_SIGNS: &[(&str, Qualifier)] = &[
    ("≈", Qualifier::Approximate),
    ("~", Qualifier::Approximate),
    ("≤", Qualifier::LessThan),
    ("≥", Qualifier::MoreThan),
    ("<", Qualifier::LessThan),
    (">", Qualifier::MoreThan),
];

/// Currency signs, the same in every language, with their ISO 4217 codes.
const CURRENCY_SIGNS: &[(&str, &str)] = &[("$", "USD"), ("us$", "USD"), ("€", "EUR"), ("£", "GBP")];

/// The words of figures in every language of the catalogue, with the signs.
struct NumberVocabulary {
    /// Qualifiers written before a figure, longest first: the first that matches a whole
    /// word wins, so a longer phrase wins over a shorter one it starts with (`alrededor
    /// del` over `alrededor de`).
    qualifiers: Vec<(String, Qualifier)>,
    /// Words for thousands, millions and billions, as powers of ten. `mil millones` is
    /// `mil` times `millones`.
    scales: Vec<(String, i32)>,
    /// Words for `%`, longest first.
    percent: Vec<String>,
    /// Currency signs and words with their ISO 4217 codes (codes themselves are read too).
    currencies: Vec<(String, &'static str)>,
    /// Words that join a figure to its unit (`millions de dollars`, `d'euros`).
    joining: Vec<String>,
}

/// The words of figures, gathered once from every language (see [`super::vocabulary`]).
fn number_vocabulary() -> &'static NumberVocabulary {
    static WORDS: OnceLock<NumberVocabulary> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut qualifiers = gather(|words| {
            let QualifierWords {
                approximate,
                less_than,
                more_than,
            } = &words.qualifiers;
            vec![
                (*approximate, Qualifier::Approximate),
                (*less_than, Qualifier::LessThan),
                (*more_than, Qualifier::MoreThan),
            ]
        });
        qualifiers.extend(
            QUALIFIER_SIGNS
                .iter()
                .map(|&(sign, qualifier)| (sign.to_owned(), qualifier)),
        );
        qualifiers.sort_by_key(|(phrase, _)| Reverse(phrase.chars().count()));
        let scales = gather(|words| {
            let ScaleWords {
                thousands,
                millions,
                thousand_millions,
                million_millions,
            } = &words.scales;
            vec![
                (*thousands, 3),
                (*millions, 6),
                (*thousand_millions, 9),
                (*million_millions, 12),
            ]
        });
        let mut percent = gather_list(|words| words.percent);
        percent.sort_by_key(|phrase| Reverse(phrase.chars().count()));
        let mut currencies: Vec<(String, &'static str)> = CURRENCY_SIGNS
            .iter()
            .map(|&(sign, code)| (sign.to_owned(), code))
            .collect();
        currencies.extend(gather(|words| {
            words
                .currencies
                .iter()
                .map(|&(code, names)| (names, code))
                .collect()
        }));
        NumberVocabulary {
            qualifiers,
            scales,
            percent,
            currencies,
            joining: gather_list(|words| words.joining),
        }
    })
}

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
    for (word, qualifier) in &number_vocabulary().qualifiers {
        if let Some(rest) = text.strip_prefix(word.as_str()) {
            // A word qualifier must end there: `over` is not the start of `overall`.
            let ends_word =
                !word.ends_with(char::is_alphabetic) || !rest.starts_with(char::is_alphabetic);
            if ends_word {
                return (*qualifier, rest);
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
    let currencies = &number_vocabulary().currencies;
    if let Some(&(_, code)) = currencies.iter().find(|(name, _)| name == word) {
        return Some(code);
    }
    crate::validate::KNOWN_CURRENCIES
        .iter()
        .find(|code| code.eq_ignore_ascii_case(word))
        .copied()
}

/// Reads what follows the digits: a percent sign, multipliers and a currency.
fn read_suffix(suffix: &str) -> Result<(bool, i32, Option<&'static str>), NumberRefusal> {
    let known = number_vocabulary();
    let mut words = suffix.to_owned();
    for phrase in &known.percent {
        words = words.replace(phrase.as_str(), "%");
    }
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
        // An elided joining word is glued to the next: `d'euros`.
        let token = known
            .joining
            .iter()
            .filter(|word| word.ends_with('\''))
            .find_map(|word| token.strip_prefix(word.as_str()))
            .unwrap_or(token);
        if token.is_empty() || known.joining.iter().any(|word| word == token) {
            continue;
        }
        if token == "%" && !percent {
            percent = true;
        } else if let Some(&(_, power)) = known.scales.iter().find(|(word, _)| word == token) {
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

#[cfg(test)]
mod tests {
    use super::super::vocabulary::assert_one_meaning;
    use super::number_vocabulary;

    #[test]
    fn each_word_of_figures_of_every_language_means_one_thing() {
        let words = number_vocabulary();
        assert_one_meaning(&words.qualifiers);
        assert_one_meaning(&words.scales);
        assert_one_meaning(&words.currencies);
    }
}
