//! The shape of a language's words: one field per word or sentence a reader can see.
//!
//! Field comments give the English; `{name}` marks a part filled in by [`super::fill`].

use serde::Serialize;

#[cfg(feature = "editor")]
pub use super::editor_words::*;

/// Every word in one language.
#[derive(Debug, Serialize)]
pub struct Words {
    /// BCP 47 primary code, "fr".
    pub code: &'static str,
    /// The locale `Intl` formats numbers and dates with, "fr-FR".
    pub locale: &'static str,
    /// The language's own name, for the language switch: "Français".
    pub name: &'static str,
    /// Digits, amounts and units.
    pub numbers: NumberWords,
    /// Month names and date patterns.
    pub dates: DateWords,
    /// Qualifiers and the words around figures.
    pub figures: FigureWords,
    /// Words drawn on the charts.
    pub chart: ChartWords,
    /// Slider labels and values.
    pub sliders: SliderWords,
    /// What a commitment's 100 % is, in the words each place needs.
    pub references: ReferenceSet,
    /// Sentences of the page: headlines, what-ifs, accessible names.
    pub sentences: SentenceWords,
    /// The widget's buttons, statuses and loading messages (sent to the page's script).
    pub ui: UiWords,
    /// Validation messages.
    pub problems: ProblemWords,
    /// The journalist's editor (`www/editor.html`): its problems, notes and page. Only in
    /// the editor's build (feature `editor`), so that the embed does not carry them.
    #[cfg(feature = "editor")]
    pub editor: EditorWords,
}

/// How numbers and amounts are written. The browser's `Intl` writes the digits; these are
/// used by the deterministic formatter and by the words around the digits.
#[derive(Debug, Serialize)]
pub struct NumberWords {
    /// Thousands separator.
    pub group: char,
    /// Decimal mark.
    pub decimal: char,
    /// Fewest digits in the whole part for grouping to apply (Spanish leaves "1000" whole).
    pub min_grouping_digits: u8,
    /// A percentage: "{number}%".
    pub percent: &'static str,
    /// The US dollar's symbol: "$"; Spanish writes "US$", as the browser's `Intl` does,
    /// since "$" alone reads as pesos in much of Latin America.
    pub dollar_symbol: &'static str,
    /// Money with a one-character symbol: "{symbol}{number}{scale}".
    pub money: &'static str,
    /// Money with a currency code, as it is: "{symbol} {number}".
    pub money_code: &'static str,
    /// Money with a currency code, in millions or billions: "{symbol} {number}{scale}"
    /// (French: "{number} {scale} {symbol}", "68 M HTG", never "68 MHTG").
    pub money_code_scaled: &'static str,
    /// The scale word for millions: "M".
    pub millions: &'static str,
    /// The scale word for billions: "B".
    pub billions: &'static str,
    /// One person: "{number} person".
    pub person_one: &'static str,
    /// Several people: "{number} people".
    pub person_many: &'static str,
    /// A count with its unit's name: "{number} {name}".
    pub count: &'static str,
    /// An amount read aloud, in millions: "{number} million {currency}".
    pub spoken_millions: &'static str,
    /// The same where the language's grammar wants the singular (see
    /// `singular_below_two`): "{number} million {currency}".
    pub spoken_million_one: &'static str,
    /// An amount read aloud, in billions: "{number} billion {currency}".
    pub spoken_billions: &'static str,
    /// The same in the singular: "{number} billion {currency}".
    pub spoken_billion_one: &'static str,
    /// Whether "million" and "billion" stay singular for any number below two (French:
    /// "1,5 million"), rather than only for exactly one (Spanish: "1 millón", "1,5
    /// millones").
    pub singular_below_two: bool,
    /// An amount read aloud below a million: "{number} {currency}".
    pub spoken_plain: &'static str,
    /// A currency after "million(s)" or "billion(s)" (`{of_currency}` in those
    /// templates): "{currency}" (French: "de {currency}").
    pub of_currency: &'static str,
    /// The same before a name that starts with a vowel: "{currency}" (French:
    /// "d’{currency}", "2 millions d’euros").
    pub of_currency_vowel: &'static str,
    /// Currency names read aloud (other currencies are read by their code).
    pub currency_names: CurrencyNames,
}

/// Currency names as a screen reader should say them, plural.
#[derive(Debug, Serialize)]
pub struct CurrencyNames {
    /// US dollars.
    pub usd: &'static str,
    /// Euros.
    pub eur: &'static str,
    /// Pounds sterling.
    pub gbp: &'static str,
    /// Haitian gourdes.
    pub htg: &'static str,
    /// Kenyan shillings.
    pub kes: &'static str,
}

/// One phrase for each kind of reference a commitment's 100 % can be.
#[derive(Debug, Serialize)]
pub struct ReferenceWords {
    /// When the reference is a pledge.
    pub pledge: &'static str,
    /// When it is an estimated cost.
    pub estimated_cost: &'static str,
    /// When it is a target.
    pub target: &'static str,
    /// When it is a mandate's authorised strength.
    pub authorised_strength: &'static str,
}

impl ReferenceWords {
    /// The phrase for `kind`.
    pub fn get(&self, kind: crate::model::ReferenceKind) -> &'static str {
        use crate::model::ReferenceKind::*;
        match kind {
            Pledge => self.pledge,
            EstimatedCost => self.estimated_cost,
            Target => self.target,
            AuthorisedStrength => self.authorised_strength,
        }
    }
}

/// What a commitment's 100 % is, in the words each place needs; only a pledge is called
/// "promised".
#[derive(Debug, Serialize)]
pub struct ReferenceSet {
    /// Legend and timeline line: "Pledged (100%)", "Estimated cost (100%)".
    pub legend: ReferenceWords,
    /// The legend when bars differ: "Reference (100%)".
    pub legend_mixed: &'static str,
    /// The table's column: "Pledged", "Estimated cost".
    pub heading: ReferenceWords,
    /// The table's column when rows differ: "Reference (100%)".
    pub heading_mixed: &'static str,
    /// After a share: "of the pledge", "of the estimated cost".
    pub of: ReferenceWords,
    /// What meeting it is: "meet the pledge", "cover the estimated cost".
    pub meet: ReferenceWords,
    /// Past 100 %: "beyond the pledge", "beyond the estimated cost".
    pub beyond: ReferenceWords,
    /// What the bar axis divides by, one reference: "100% = {basis}".
    pub axis_caption: &'static str,
    /// The same when bars differ: "100% = the reference under each bar".
    pub axis_caption_mixed: &'static str,
}

/// Month names and how a day is written.
#[derive(Debug, Serialize)]
pub struct DateWords {
    /// Full month names, January first.
    pub months: [&'static str; 12],
    /// Short month names for axis ticks, as `Intl` writes them.
    pub months_short: [&'static str; 12],
    /// A day: "{month} {day}, {year}".
    pub day: &'static str,
    /// A month on an axis: "{month} {year}".
    pub month: &'static str,
    /// How the first day of a month is written when it differs from "1" ("1er"), else "".
    pub first_day: &'static str,
}

/// Qualifiers and the words around figures.
#[derive(Debug, Serialize)]
pub struct FigureWords {
    /// Before an estimate: "about ".
    pub approximately: &'static str,
    /// Before an upper bound: "less than ".
    pub less_than: &'static str,
    /// Before a lower bound: "more than ".
    pub more_than: &'static str,
    /// Before an estimated percentage: "about " (Spanish says "alrededor del 40 %").
    pub approximately_percent: &'static str,
    /// Before a percentage that is an upper bound: "less than " ("menos del 40 %").
    pub less_than_percent: &'static str,
    /// Before a percentage that is a lower bound: "more than " ("más del 40 %").
    pub more_than_percent: &'static str,
    /// A ratio whose pledge is zero: "nothing pledged".
    pub nothing_pledged: &'static str,
    /// A ratio that cannot be known: "unknown".
    pub indeterminate: &'static str,
    /// Delivered of pledged: "{delivered} of {pledged}".
    pub of: &'static str,
    /// A share of the reference: "{share} {reference}" ("20% of the pledge").
    pub share_of_pledge: &'static str,
    /// An amount each month: "{amount} per month".
    pub per_month: &'static str,
}

/// Words drawn on the charts.
#[derive(Debug, Serialize)]
pub struct ChartWords {
    /// On illustrative datasets: "Illustrative figures, not real data".
    pub illustrative: &'static str,
    /// Legend: "Delivered".
    pub delivered: &'static str,
    /// Legend: "Scenario".
    pub scenario: &'static str,
    /// Legend for hatched bars ending in a dashed line: "Hatched: at most (published bound)".
    pub at_most: &'static str,
    /// Legend for a hatched tail: "Hatched tail: at least".
    pub at_least: &'static str,
    /// Legend for a finely hatched end inside the bar: "Finely hatched end: an approximate figure".
    pub approximate: &'static str,
    /// What the contributors chart's axis divides by: "100% = each contributor's pledge".
    pub contributor_caption: &'static str,
    /// Heading of the contributors chart: "By contributor: {label}".
    pub by_contributor: &'static str,
    /// The row of contributors not named: "{count} others".
    pub others: &'static str,
    /// The as-of line: "as of {date}".
    pub as_of: &'static str,
    /// The end of a projection: "{value} on {date}".
    pub projection_end: &'static str,
    /// Legend: "Scenario projection".
    pub projection: &'static str,
    /// Legend for hollow event markers: "approximate date".
    pub approximate_date: &'static str,
}

/// Slider labels and values.
#[derive(Debug, Serialize)]
pub struct SliderWords {
    /// "{label}: delivered on top".
    pub extra_label: &'static str,
    /// "+{amount}".
    pub extra_value: &'static str,
    /// "{label}: monthly pace after {date}".
    pub pace_label: &'static str,
    /// "{amount} per month".
    pub pace_value: &'static str,
    /// The extra amount read aloud: "plus {amount}".
    pub extra_spoken: &'static str,
}

/// The page's sentences.
#[derive(Debug, Serialize)]
pub struct SentenceWords {
    /// A commitment's headline: "{label}: {ratio} ({delivered} of {pledged}) — {basis}".
    pub headline: &'static str,
    /// The same when no pledged count was published: "{label}: {ratio} — {basis}".
    pub headline_share: &'static str,
    /// A headline with the scenario beside it: "{headline} — {ratio} with the scenario".
    pub with_scenario: &'static str,
    /// "{label}: with {extra} more, it would reach {delivered} of {pledged}, or {ratio}."
    pub what_if: &'static str,
    /// "{label}: with {extra} more, it would reach {ratio} {reference}."
    pub what_if_share: &'static str,
    /// A what-if past 100 %: "{sentence}, {beyond}." (the sentence without its full stop).
    pub with_beyond: &'static str,
    /// A bar's figures under a scenario: "published: {published}; with the scenario: {scenario}".
    pub bar_scenario: &'static str,
    /// "{label}: at {pace}, 100% would be reached on {date}."
    pub met_on: &'static str,
    /// The same when the date is a lower bound.
    pub met_not_before: &'static str,
    /// The same when the date is an upper bound.
    pub met_by: &'static str,
    /// Short of 100 % at the deadline: "{label}: at {pace}, {shortfall} would still be missing on {date}."
    pub short_at: &'static str,
    /// "{label}: 100% would already be reached."
    pub already_met: &'static str,
    /// "{label}: to {meet} {by}, {amount} a month would be needed."
    pub pace_needed: &'static str,
    /// A deadline without a label: "by {date}".
    pub by_date: &'static str,
    /// A deadline with its label: "by {deadline}, {date}".
    pub by_labelled: &'static str,
    /// "{label}: 100% is reached."
    pub pace_met: &'static str,
    /// "Drag a slider to try a scenario."
    pub try_a_slider: &'static str,
    /// Part of the bar chart's accessible name: "{label}, {ratio} ({figures}) — {basis}".
    pub bars_part: &'static str,
    /// The same without figures: "{label}, {ratio} — {basis}".
    pub bars_part_share: &'static str,
    /// The same under a scenario: "{label}, {ratio} delivered, and with the scenario {scenario}".
    pub bars_part_scenario: &'static str,
    /// The bar chart's accessible name: "Share of each pledge delivered: {parts}".
    pub bars_label: &'static str,
    /// A series in the timeline's accessible name: "{label} {ratio} {as_of}".
    pub timeline_part: &'static str,
    /// An event in the timeline's accessible name: "{label} ({date})".
    pub event_part: &'static str,
    /// An event with an approximate date: "{label} (around {date})".
    pub event_part_approximate: &'static str,
    /// A projection in the timeline's accessible name: "{label}, scenario projection: {value} on {date}".
    pub projection_part: &'static str,
    /// The timeline's accessible name: "Timeline, {start} – {end}: {parts}".
    pub timeline_label: &'static str,
    /// A contributor in the contributors chart's name: "{label} — {figures}".
    pub contributor_part: &'static str,
    /// The contributors chart's name: "Contributors, {label}: {parts}".
    pub contributors_label: &'static str,
    /// An accessible name of an illustrative chart: "{note}. {label}".
    pub illustrative_label: &'static str,
    /// Between the parts of a list: "; ".
    pub list_separator: &'static str,
    /// "Source: {sources} · figures as of {date}".
    pub source_line: &'static str,
    /// The figures table's column headings; the second is replaced by the reference's.
    pub table_headings: [&'static str; 5],
}

/// The widget's buttons, statuses and loading messages, sent to the page's script.
#[derive(Debug, Serialize)]
pub struct UiWords {
    /// The page's title: "pledgeviz: pledged and delivered".
    pub page_title: &'static str,
    /// The embed iframe's accessible name: "Interactive chart: pledged and delivered".
    pub iframe_title: &'static str,
    /// The language switch's name: "Language".
    pub language: &'static str,
    /// The sliders' heading: "What if…".
    pub what_if: &'static str,
    /// The figures table's caption: "The figures".
    pub table_caption: &'static str,
    /// Before an error: "These figures cannot be shown:".
    pub failed: &'static str,
    /// "Copy link".
    pub copy_link: &'static str,
    /// "Link copied."
    pub copied: &'static str,
    /// "Could not copy; the link is: {link}".
    pub copy_failed: &'static str,
    /// In an article (the `<pledge-viz>` snippet), the link copied is the article's, with
    /// the reader's scenario: "Link to the article copied, with this scenario."
    pub copied_article: &'static str,
    /// In a plain iframe, which cannot know the article's address, the link copied is the
    /// chart's own page, and the reader is told: "Link copied: it opens the chart alone,
    /// outside the article."
    pub copied_embed: &'static str,
    /// "Get the data (CSV)".
    pub csv: &'static str,
    /// "Download PNG".
    pub png: &'static str,
    /// "Contributors".
    pub contributors: &'static str,
    /// "the data did not answer in time ({seconds} s): {url}".
    pub timeout: &'static str,
    /// "the data could not be loaded (…CORS): {url}".
    pub unreachable: &'static str,
    /// "data file not found (404): {url}".
    pub not_found: &'static str,
    /// "the data address answered {status} {status_text}: {url}".
    pub http_error: &'static str,
    /// A dataset carried in the address could not be unpacked: "the figures in this
    /// address are damaged or cut short".
    pub inline_broken: &'static str,
    /// The demo page's link to the editor: "Make your own chart".
    pub make_your_own: &'static str,
}

/// Validation messages, one per kind of problem (see [`crate::validate::ProblemKind`]).
#[derive(Debug, Serialize)]
pub struct ProblemWords {
    /// "{path}: {message}".
    pub at_path: &'static str,
    /// "null".
    pub null: &'static str,
    /// "true or false".
    pub boolean: &'static str,
    /// "a number".
    pub number: &'static str,
    /// "text".
    pub text: &'static str,
    /// "a list".
    pub list: &'static str,
    /// "a list of {count}".
    pub list_of: &'static str,
    /// "an object".
    pub object: &'static str,
    /// "the file is {bytes} bytes; the limit is {limit} bytes".
    pub too_large: &'static str,
    /// "this is not JSON (line {line}, column {column}: {detail})".
    pub not_json: &'static str,
    /// What is wrong in text that is not JSON, in the order of the English list (the JSON
    /// reader's own words): trailing characters, end of text before a value, too deep,
    /// value expected, unknown word, end of text in a string, invalid escape, control
    /// character, invalid number, number out of range, trailing comma, `,` or `]`
    /// expected, end of text in a list, `,` or `}` expected, end of text in an object,
    /// key not a string, `:` expected.
    pub json_details: [&'static str; 17],
    /// "the dataset could not be read".
    pub unreadable: &'static str,
    /// "and {count} more problems".
    pub more_problems: &'static str,
    /// "must be an object, got {got}".
    pub not_object: &'static str,
    /// "is missing".
    pub missing: &'static str,
    /// "has {count} entries; the limit is {limit}".
    pub too_many: &'static str,
    /// "must be a list, got {got}".
    pub not_list: &'static str,
    /// "is {count} characters long; the limit is {limit}".
    pub too_long: &'static str,
    /// "must not be empty".
    pub empty: &'static str,
    /// "must be text, got {got}".
    pub not_text: &'static str,
    /// "must give the text in at least one language".
    pub no_language: &'static str,
    /// "is not a two-letter language code".
    pub not_language_code: &'static str,
    /// "must be text or an object of languages, got {got}".
    pub not_text_or_languages: &'static str,
    /// "must be a date written YYYY-MM-DD, got {got}".
    pub not_date: &'static str,
    /// "must be a number at most {limit}, got {got}".
    pub too_big: &'static str,
    /// "must be a number >= 0, got {got}".
    pub not_amount: &'static str,
    /// "must be one of {choices}; got {got}".
    pub not_one_of: &'static str,
    /// "must be the position of an entry in sources (0 to {last}), got {got}".
    pub bad_source: &'static str,
    /// "names no commitment of this dataset: {id}".
    pub unknown_commitment: &'static str,
    /// "{id} is used twice; ids must be unique".
    pub duplicate_id: &'static str,
    /// "{got} is not a format this version reads; it reads {format}".
    pub unknown_format: &'static str,
    /// "must be {format}".
    pub format_not_text: &'static str,
    /// "must be true or false, got {got}".
    pub not_bool: &'static str,
    /// "must name at least one source".
    pub no_source: &'static str,
    /// "must hold at least one commitment".
    pub no_commitment: &'static str,
    /// "{date} is after the dataset's as_of date ({as_of}); …".
    pub after_as_of: &'static str,
    /// "{date} is not after the previous observation of this commitment ({previous}); …".
    pub out_of_order: &'static str,
    /// "{code} is not a currency this widget knows (it knows {known})".
    pub unknown_currency: &'static str,
    /// "must start with https:// or http://, got {got}".
    pub not_url: &'static str,
    /// "{end} must be after the start, {start}".
    pub end_before_start: &'static str,
    /// "is missing (it may be left out only when delivered is a percent_of_pledge)".
    pub pledged_missing: &'static str,
    /// "is missing: a money commitment needs a currency, here or at the top of the dataset".
    pub currency_missing: &'static str,
    /// "this contributor already has a pledge for this commitment".
    pub duplicate_pledge: &'static str,
    /// "“{text}”": quoted text from the data.
    pub quoted: &'static str,
}
