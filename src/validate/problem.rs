//! What can be wrong with a dataset: a kind of problem with its parameters, at a JSON path,
//! rendered in the reader's language from the catalogue ([`crate::i18n`]).

use crate::date::Date;
use crate::i18n::{fill, Lang, ProblemWords};
use std::fmt;

/// The type of a JSON value, for "must be text, got a number".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Object,
}

/// What the data held where something else was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Got {
    /// Only its type is said: "got a number".
    Type(JsonType),
    /// A number, `true`, `false` or `null` as written in JSON: "got -5".
    Literal(String),
    /// A string, shown quoted and cut after 40 characters.
    Text(String),
    /// A list and its length.
    ListOf(usize),
    /// An object.
    Object,
}

/// A kind of problem and what it needs to be said.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The text is larger than the limit.
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The text is not JSON.
    NotJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// The JSON reader's own words (English).
        detail: String,
    },
    /// Nothing more specific could be said.
    Unreadable,
    /// More problems than are listed.
    MoreProblems {
        /// How many were left out.
        count: usize,
    },
    /// An object was expected.
    NotObject {
        /// What was there.
        got: Got,
    },
    /// A required field is missing.
    Missing,
    /// A list is longer than its limit.
    TooMany {
        /// Its length.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A list was expected.
    NotList {
        /// What was there.
        got: Got,
    },
    /// A text is longer than its limit.
    TooLong {
        /// Its length in characters.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A text is empty.
    Empty,
    /// A text was expected.
    NotText {
        /// What was there.
        got: Got,
    },
    /// A text object gives no language.
    NoLanguage,
    /// A key of a text object is not a language code.
    NotLanguageCode,
    /// A text or an object of languages was expected.
    NotTextOrLanguages {
        /// What was there.
        got: Got,
    },
    /// A `YYYY-MM-DD` date was expected.
    NotDate {
        /// What was there.
        got: Got,
    },
    /// A number is above its limit.
    TooBig {
        /// The limit.
        limit: f64,
        /// The number.
        got: f64,
    },
    /// A number at least 0 was expected.
    NotAmount {
        /// What was there.
        got: Got,
    },
    /// One of a few names was expected.
    NotOneOf {
        /// The names allowed.
        choices: &'static [&'static str],
        /// What was there.
        got: Got,
    },
    /// A `source` is not a position in `sources`.
    BadSource {
        /// The last valid position.
        last: usize,
        /// What was there.
        got: Got,
    },
    /// A `commitment` names no commitment.
    UnknownCommitment {
        /// The id given.
        id: String,
    },
    /// An id is used twice.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// Another format or version.
    UnknownFormat {
        /// The format given.
        got: String,
    },
    /// `format` is not text.
    FormatNotText,
    /// `true` or `false` was expected.
    NotBool {
        /// What was there.
        got: Got,
    },
    /// `sources` is empty.
    NoSource,
    /// `commitments` is empty.
    NoCommitment,
    /// An observation is dated after `as_of`.
    AfterAsOf {
        /// The observation's date.
        date: Date,
        /// The dataset's as-of date.
        as_of: Date,
    },
    /// Observations of a commitment are not in date order.
    OutOfOrder {
        /// This observation's date.
        date: Date,
        /// The previous observation's date.
        previous: Date,
    },
    /// A currency the widget cannot name.
    UnknownCurrency {
        /// The code given.
        code: String,
    },
    /// A URL that is not http(s).
    NotUrl {
        /// The text given.
        got: String,
    },
    /// A period ends before it starts.
    EndBeforeStart {
        /// Its start.
        start: Date,
        /// Its end.
        end: Date,
    },
    /// `pledged` is missing although `delivered` is not a share.
    PledgedMissing,
    /// A money commitment has no currency.
    CurrencyMissing,
    /// A contributor names one commitment twice.
    DuplicatePledge,
}

/// One thing wrong with the input: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// JSON path such as `commitments[1].pledged`; empty for the whole document.
    pub path: String,
    /// What is wrong, with its parameters.
    pub kind: ProblemKind,
}

fn quoted(words: &ProblemWords, text: &str) -> String {
    fill(words.quoted, &[("text", text)])
}

fn got_text(words: &ProblemWords, got: &Got) -> String {
    match got {
        Got::Type(json) => match json {
            JsonType::Null => words.null,
            JsonType::Bool => words.boolean,
            JsonType::Number => words.number,
            JsonType::Text => words.text,
            JsonType::List => words.list,
            JsonType::Object => words.object,
        }
        .to_owned(),
        Got::Literal(text) => text.clone(),
        Got::Text(text) if text.chars().count() > 40 => {
            let head: String = text.chars().take(40).collect();
            quoted(words, &format!("{head}…"))
        }
        Got::Text(text) => quoted(words, text),
        Got::ListOf(count) => fill(words.list_of, &[("count", &count.to_string())]),
        Got::Object => words.object.to_owned(),
    }
}

/// The JSON reader's English words for what is wrong, said in `lang` when the catalogue
/// has them (it has every one the reader writes for text a newsroom may send).
fn json_detail(lang: Lang, detail: &str) -> String {
    let english = &Lang::En.words().problems.json_details;
    english
        .iter()
        .position(|known| *known == detail)
        .map_or_else(
            || detail.to_owned(),
            |index| lang.words().problems.json_details[index].to_owned(),
        )
}

impl ProblemKind {
    /// The message in `lang`, without the path.
    pub fn message(&self, lang: Lang) -> String {
        let words = &lang.words().problems;
        let got = |got: &Got| got_text(words, got);
        let n = |value: usize| value.to_string();
        let format = || {
            quoted(
                words,
                &format!("pledgeviz/{}", crate::model::FORMAT_VERSION),
            )
        };
        use ProblemKind::*;
        let (template, pairs): (&str, Vec<(&str, String)>) = match self {
            TooLarge { bytes, limit } => (
                words.too_large,
                vec![("bytes", n(*bytes)), ("limit", n(*limit))],
            ),
            NotJson {
                line,
                column,
                detail,
            } => (
                words.not_json,
                vec![
                    ("line", n(*line)),
                    ("column", n(*column)),
                    ("detail", json_detail(lang, detail)),
                ],
            ),
            Unreadable => (words.unreadable, vec![]),
            MoreProblems { count } => (words.more_problems, vec![("count", n(*count))]),
            NotObject { got: g } => (words.not_object, vec![("got", got(g))]),
            Missing => (words.missing, vec![]),
            TooMany { count, limit } => (
                words.too_many,
                vec![("count", n(*count)), ("limit", n(*limit))],
            ),
            NotList { got: g } => (words.not_list, vec![("got", got(g))]),
            TooLong { count, limit } => (
                words.too_long,
                vec![("count", n(*count)), ("limit", n(*limit))],
            ),
            Empty => (words.empty, vec![]),
            NotText { got: g } => (words.not_text, vec![("got", got(g))]),
            NoLanguage => (words.no_language, vec![]),
            NotLanguageCode => (words.not_language_code, vec![]),
            NotTextOrLanguages { got: g } => (words.not_text_or_languages, vec![("got", got(g))]),
            NotDate { got: g } => (words.not_date, vec![("got", got(g))]),
            TooBig { limit, got } => (
                words.too_big,
                vec![
                    ("limit", super::number::exponent_form(*limit)),
                    ("got", super::number::exponent_form(*got)),
                ],
            ),
            NotAmount { got: g } => (words.not_amount, vec![("got", got(g))]),
            NotOneOf { choices, got: g } => (
                words.not_one_of,
                vec![
                    ("choices", crate::i18n::join(choices, ", ")),
                    ("got", got(g)),
                ],
            ),
            BadSource { last, got: g } => {
                (words.bad_source, vec![("last", n(*last)), ("got", got(g))])
            }
            UnknownCommitment { id } => (words.unknown_commitment, vec![("id", quoted(words, id))]),
            DuplicateId { id } => (words.duplicate_id, vec![("id", quoted(words, id))]),
            UnknownFormat { got } => (
                words.unknown_format,
                vec![("got", quoted(words, got)), ("format", format())],
            ),
            FormatNotText => (words.format_not_text, vec![("format", format())]),
            NotBool { got: g } => (words.not_bool, vec![("got", got(g))]),
            NoSource => (words.no_source, vec![]),
            NoCommitment => (words.no_commitment, vec![]),
            AfterAsOf { date, as_of } => (
                words.after_as_of,
                vec![("date", date.to_string()), ("as_of", as_of.to_string())],
            ),
            OutOfOrder { date, previous } => (
                words.out_of_order,
                vec![
                    ("date", date.to_string()),
                    ("previous", previous.to_string()),
                ],
            ),
            UnknownCurrency { code } => (
                words.unknown_currency,
                vec![
                    ("code", quoted(words, code)),
                    ("known", crate::i18n::join(super::KNOWN_CURRENCIES, ", ")),
                ],
            ),
            NotUrl { got } => (words.not_url, vec![("got", quoted(words, got))]),
            EndBeforeStart { start, end } => (
                words.end_before_start,
                vec![("start", start.to_string()), ("end", end.to_string())],
            ),
            PledgedMissing => (words.pledged_missing, vec![]),
            CurrencyMissing => (words.currency_missing, vec![]),
            DuplicatePledge => (words.duplicate_pledge, vec![]),
        };
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &pairs)
    }
}

impl Problem {
    /// The problem in `lang`, with its path: `commitments[1].pledged : doit être …`.
    pub fn render(&self, lang: Lang) -> String {
        let message = self.kind.message(lang);
        if self.path.is_empty() {
            message
        } else {
            fill(
                lang.words().problems.at_path,
                &[("path", &self.path), ("message", &message)],
            )
        }
    }
}

/// English, for tests and tools.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Every problem found in one input, in document order.
#[derive(Clone, Debug, PartialEq)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Every problem in `lang`, one per line.
    pub fn render(&self, lang: Lang) -> String {
        let lines: Vec<String> = self.0.iter().map(|problem| problem.render(lang)).collect();
        crate::i18n::join(&lines, "\n")
    }
}

/// English, one problem per line, for tests and tools.
impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Problems {}

/// Lists one example per kind of problem. The same rows make [`every_kind`] and an
/// exhaustive match, so a new kind does not compile until it has its example here.
macro_rules! examples {
    ($($variant:ident $({ $($field:ident: $value:expr),* $(,)? })?),* $(,)?) => {
        /// One example of every kind of problem, for tests that render each in every
        /// language.
        pub fn every_kind() -> Vec<ProblemKind> {
            vec![$(ProblemKind::$variant $({ $($field: $value),* })?),*]
        }

        /// The position of a kind in [`every_kind`].
        pub fn kind_index(kind: &ProblemKind) -> usize {
            // Every kind has a row above, or this match is not exhaustive.
            match kind {
                $(ProblemKind::$variant { .. } => {})*
            }
            every_kind()
                .iter()
                .position(|example| std::mem::discriminant(example) == std::mem::discriminant(kind))
                .unwrap_or_else(|| unreachable!("every kind has an example"))
        }
    };
}

fn example_date() -> Date {
    Date::parse("2025-06-26").unwrap_or_else(|| unreachable!())
}

fn earlier_date() -> Date {
    Date::parse("2025-01-01").unwrap_or_else(|| unreachable!())
}

fn example_got() -> Got {
    Got::Literal("-5".to_owned())
}

examples! {
    TooLarge { bytes: 6, limit: 5 },
    NotJson {
        line: 1,
        column: 2,
        detail: "expected value".to_owned(),
    },
    Unreadable,
    MoreProblems { count: 3 },
    NotObject {
        got: Got::Type(JsonType::List),
    },
    Missing,
    TooMany { count: 9, limit: 8 },
    NotList { got: Got::Object },
    TooLong { count: 9, limit: 8 },
    Empty,
    NotText {
        got: Got::Type(JsonType::Number),
    },
    NoLanguage,
    NotLanguageCode,
    NotTextOrLanguages {
        got: Got::Type(JsonType::Bool),
    },
    NotDate {
        got: Got::Text("soon".to_owned()),
    },
    TooBig {
        limit: 1e15,
        got: 1e308,
    },
    NotAmount { got: example_got() },
    NotOneOf {
        choices: &["money", "people", "count"],
        got: Got::Text("kilos".to_owned()),
    },
    BadSource {
        last: 0,
        got: Got::ListOf(2),
    },
    UnknownCommitment {
        id: "cash".to_owned(),
    },
    DuplicateId {
        id: "money".to_owned(),
    },
    UnknownFormat {
        got: "pledgeviz/9".to_owned(),
    },
    FormatNotText,
    NotBool {
        got: Got::Type(JsonType::Null),
    },
    NoSource,
    NoCommitment,
    AfterAsOf {
        date: example_date(),
        as_of: earlier_date(),
    },
    OutOfOrder {
        date: earlier_date(),
        previous: example_date(),
    },
    UnknownCurrency {
        code: "XYZ".to_owned(),
    },
    NotUrl {
        got: "ftp://x".to_owned(),
    },
    EndBeforeStart {
        start: example_date(),
        end: earlier_date(),
    },
    PledgedMissing,
    CurrencyMissing,
    DuplicatePledge,
}
