//! The shape of the editor's words (`www/editor.html`): where a problem is, what it is,
//! what the journalist should know, the editor page's labels, and the words its readers
//! recognise in what the journalist pastes and types. Compiled with the `editor` feature
//! only: the embed never carries them.
//!
//! Field comments give the English; `{name}` marks a part filled in by [`super::fill`].

use serde::Serialize;

/// The journalist's editor: where a problem is, what it is, notes, and the page's words.
#[derive(Debug, Serialize)]
pub struct EditorWords {
    /// How a place in the draft is said.
    pub places: PlaceWords,
    /// The names of the description fields.
    pub fields: FieldWords,
    /// The names of the columns' roles.
    pub roles: RoleWords,
    /// What can be wrong with a draft.
    pub problems: EditorProblemWords,
    /// What the journalist should know.
    pub notes: EditorNoteWords,
    /// Headers of the tables made from an opened dataset: commitment, contributor,
    /// pledged, delivered, date.
    pub table_headers: [&'static str; 5],
    /// The locale a dataset made in this language gets when the journalist gives none:
    /// "en-GB".
    pub dataset_locale: &'static str,
    /// The editor page's headings, labels, buttons and hints.
    pub page: EditorPageWords,
    /// The words the editor's readers recognise in pasted tables and typed fields. They
    /// are never shown, so the page's script does not receive them.
    #[serde(skip)]
    pub reading: ReadingWords,
}

/// The words the editor's readers recognise in pasted tables and typed fields (see
/// `editor::vocabulary`); never shown.
///
/// The readers know the words of every language of the catalogue whatever the editor's
/// language (a French journalist may paste an English spreadsheet), so a word must mean
/// the same thing in every language that has it; `cargo test` checks this. Write words as
/// they are written, accents included: they are read in any case, and also without the
/// accents the readers know (`fevrier` as `février`; see `editor::vocabulary::fold`).
#[derive(Debug)]
pub struct ReadingWords {
    /// Each month's names and abbreviations, January first: `&["june", "jun"]`.
    pub months: [&'static [&'static str]; 12],
    /// Words that may stand in a written date without changing it: weekdays and little
    /// words ("the", "of" as in "the 26th of June").
    pub date_fillers: &'static [&'static str],
    /// What may follow the number of a day: "st", "nd", "rd", "th" (as in "1st").
    pub ordinal_endings: &'static [&'static str],
    /// Phrases written before a figure to say how exact it is ("about", "less than").
    pub qualifiers: QualifierWords,
    /// Words for powers of ten written after a figure ("68 million", "1.2 bn").
    pub scales: ScaleWords,
    /// Words written after a figure for `%`: "percent", "per cent".
    pub percent: &'static [&'static str],
    /// Currency words, each list with its ISO 4217 code: `("USD", &["dollar", "dollars"])`.
    /// Signs (`$`, `€`) and codes (`USD`) are read in every language without being listed.
    pub currencies: &'static [(&'static str, &'static [&'static str])],
    /// Words that join a figure to its unit: "of" (as in "68 million of dollars"). One that
    /// ends with an apostrophe is also read glued to the next word (French "d'euros").
    pub joining: &'static [&'static str],
    /// Words in a column's header that say what the column holds.
    pub headers: HeaderWords,
    /// Endings a header word may carry beyond its listed form: "s" (as in "donors"), "es".
    pub header_endings: &'static [&'static str],
    /// Labels of a row that adds up the others, as the whole cell reads (case, accents,
    /// a trailing colon and a bracketed unit aside): "total", "grand total".
    pub totals: &'static [&'static str],
    /// Words that open a note written under a table, in a row of its own: "source",
    /// "note" (as in "Source: OCHA, June 2025").
    pub notes: &'static [&'static str],
}

/// Words in a column's header that say what the column holds (see `editor::guess::Role`);
/// a header holding one of them, or one with an ending, names the role.
#[derive(Debug)]
pub struct HeaderWords {
    /// The delivered figure: "delivered", "disbursed".
    pub delivered: &'static [&'static str],
    /// The pledged figure: "pledged", "target".
    pub pledged: &'static [&'static str],
    /// The day of a row: "date", "day".
    pub date: &'static [&'static str],
    /// Who pledged: "contributor", "donor", "country".
    pub contributor: &'static [&'static str],
    /// The name of the commitment a row is about: "commitment", "item".
    pub label: &'static [&'static str],
    /// A column the dataset does not use: "unit", "source", "note".
    pub ignore: &'static [&'static str],
}

/// Phrases written before a figure to say how exact it is (see `model::Qualifier`). The
/// readers try the longest phrases first, so a phrase may start another ("less than" and
/// "less").
#[derive(Debug)]
pub struct QualifierWords {
    /// The figure is an estimate: "about", "around".
    pub approximate: &'static [&'static str],
    /// The true figure is below: "less than", "up to".
    pub less_than: &'static [&'static str],
    /// The true figure is above: "more than", "at least".
    pub more_than: &'static [&'static str],
}

/// Words for powers of ten written after a figure, any of which may be empty; several
/// multiply (Spanish "mil millones" is 10³ × 10⁶).
#[derive(Debug)]
pub struct ScaleWords {
    /// 10³: "thousand", "k".
    pub thousands: &'static [&'static str],
    /// 10⁶: "million", "m".
    pub millions: &'static [&'static str],
    /// 10⁹: "billion", "bn" (French "milliard").
    pub thousand_millions: &'static [&'static str],
    /// 10¹²: Spanish "billón".
    pub million_millions: &'static [&'static str],
}

/// How a place in the draft is said; the first letter of a message is capitalised.
#[derive(Debug, Serialize)]
pub struct PlaceWords {
    /// A problem at its place: "{place}: {what}".
    pub at: &'static str,
    /// A cell: "row {row}, {column}".
    pub cell: &'static str,
    /// A column with a header: "column {header}" (the header quoted).
    pub column: &'static str,
    /// A column without a header: "column {number}".
    pub column_number: &'static str,
    /// A table with a name: "table {name}" (the name quoted).
    pub table: &'static str,
    /// A table without a name: "table {number}".
    pub table_number: &'static str,
    /// A place inside one of several tables: "{table}, {place}".
    pub in_table: &'static str,
    /// A field of a named item: "{field} ({name})".
    pub field_named: &'static str,
    /// A field of the n-th item of a list: "{field} {number}".
    pub field_numbered: &'static str,
    /// Text from the draft, quoted: "“{text}”".
    pub quote: &'static str,
}

/// The names of the description fields (see `editor::problem::Field`), lower case.
#[derive(Debug, Serialize)]
pub struct FieldWords {
    /// "title".
    pub title: &'static str,
    /// "subtitle".
    pub subtitle: &'static str,
    /// "date of the figures".
    pub as_of: &'static str,
    /// "dataset language".
    pub locale: &'static str,
    /// "currency".
    pub currency: &'static str,
    /// "period".
    pub period: &'static str,
    /// "sources".
    pub sources: &'static str,
    /// "source name".
    pub source_name: &'static str,
    /// "source address".
    pub source_url: &'static str,
    /// "source date".
    pub source_date: &'static str,
    /// "commitment".
    pub commitment: &'static str,
    /// "commitment label".
    pub commitment_label: &'static str,
    /// "unit".
    pub unit: &'static str,
    /// "commitment currency".
    pub commitment_currency: &'static str,
    /// "what is counted".
    pub unit_name: &'static str,
    /// "what 100 % stands for".
    pub pledged_basis: &'static str,
    /// "deadline".
    pub deadline: &'static str,
    /// "deadline name".
    pub deadline_label: &'static str,
    /// "sentences".
    pub sentences: &'static str,
    /// "contributor".
    pub contributor: &'static str,
    /// "event date".
    pub event_date: &'static str,
    /// "event".
    pub event_label: &'static str,
    /// "note".
    pub note_text: &'static str,
}

/// The names of the columns' roles (see `editor::guess::Role`), lower case.
#[derive(Debug, Serialize)]
pub struct RoleWords {
    /// The name of the commitment a row describes, in a table of one row per commitment:
    /// "commitment (one per row)".
    pub label: &'static str,
    /// The commitment a contributor's or a date's row belongs to: "commitment the row
    /// belongs to". Distinct from `label` at a glance, as both are offered side by side.
    pub commitment: &'static str,
    /// "contributor".
    pub contributor: &'static str,
    /// "pledged".
    pub pledged: &'static str,
    /// "delivered".
    pub delivered: &'static str,
    /// The day of a row: "day".
    pub date: &'static str,
    /// A column left out: "ignored".
    pub ignore: &'static str,
}

/// What can be wrong with a draft (see `editor::ProblemKind`); `{text}` and names arrive
/// quoted.
#[derive(Debug, Serialize)]
pub struct EditorProblemWords {
    /// "{text} is not a number".
    pub not_a_number: &'static str,
    /// "{text} is negative; …".
    pub negative: &'static str,
    /// "{text} is too large".
    pub too_large: &'static str,
    /// "a comma marks decimals in row {comma_row} but a point does in row {point_row}; …".
    pub mixed_marks: &'static str,
    /// "{text} is a percentage; an amount is needed here".
    pub percent_not_allowed: &'static str,
    /// "needs filling in".
    pub empty: &'static str,
    /// "{text} is not a date".
    pub not_a_date: &'static str,
    /// "{text} is not on the calendar".
    pub impossible_date: &'static str,
    /// "{word} is not the name of a month".
    pub unknown_month: &'static str,
    /// "in {example}, does the day come before the month?".
    pub ask_date_order: &'static str,
    /// "the day comes first in row {day_row} but the month does in row {month_row}".
    pub mixed_date_orders: &'static str,
    /// "no column is {role}", the role quoted as the column menu names it.
    pub missing_column: &'static str,
    /// "another column is already {role}", the role quoted as the column menu names it.
    pub column_twice: &'static str,
    /// "say which commitment this table is about".
    pub no_commitment_named: &'static str,
    /// "the commitment {name} is not described".
    pub not_described: &'static str,
    /// "no table gives the figures of {name}".
    pub no_figures: &'static str,
    /// "the pledged amount of {name} is missing (…)".
    pub no_pledged: &'static str,
    /// "{text} is already in row {row}".
    pub twice: &'static str,
    /// "\"less than\" and \"more than\" figures do not add up; give the total".
    pub bounds_do_not_add: &'static str,
    /// "{text} is after the date of the figures".
    pub after_as_of: &'static str,
    /// "{text} is not a web address (https://…)".
    pub not_a_web_address: &'static str,
    /// "{count} characters is too long (at most {limit})".
    pub too_long: &'static str,
    /// "{text} is not a known currency".
    pub unknown_currency: &'static str,
    /// "{count} is too many (at most {limit})".
    pub too_many: &'static str,
    /// "name at least one source".
    pub no_source: &'static str,
    /// "paste or open a table of figures".
    pub no_table: &'static str,
    /// "there is no source {number}".
    pub no_such_source: &'static str,
    /// "the period ends before it starts".
    pub period_ends_before_start: &'static str,
    /// "the text does not read as a table (line {line})".
    pub not_a_table: &'static str,
    /// "there is nothing to read in this text".
    pub empty_table: &'static str,
    /// "this text is larger than a dataset may be".
    pub table_too_large: &'static str,
    /// "refused by validation ({path}: {message})".
    pub invalid: &'static str,
    /// A row labelled as a total whose figure is not the sum of the others: "{text} is a
    /// total, but {figure} is not the sum of the other rows ({sum}): …".
    pub total_does_not_add: &'static str,
    /// A dated figure on the date of the figures that is not the commitment's delivered
    /// figure from another table: "{text} on the date of the figures does not match the
    /// {total} delivered for {name} …".
    pub disagrees_with_total: &'static str,
}

/// What the journalist should know (see `editor::NoteKind`).
#[derive(Debug, Serialize)]
pub struct EditorNoteWords {
    /// "nothing showed the decimal mark, so {example} is read with {mark} as in English".
    pub marks_from_language: &'static str,
    /// "the delivered figure of {name} is the one of the latest date".
    pub delivered_from_latest_date: &'static str,
    /// "the figures of {name} are the sum of the contributors' figures".
    pub total_from_contributors: &'static str,
    /// A total row of a table of contributors, left out: "{text} is not counted as a
    /// contributor: it is the sum of the other rows".
    pub total_row_not_a_contributor: &'static str,
    /// A total row of a table of commitments, left out: "{text} is not counted as a
    /// commitment: it is the sum of the other rows".
    pub total_row_not_a_commitment: &'static str,
    /// A total row of a table of contributors, left out though its sum could not be
    /// checked: "{text} is taken as the total of the other rows, not as a contributor,
    /// without checking the sum: …".
    pub total_row_unchecked_contributor: &'static str,
    /// The same in a table of commitments.
    pub total_row_unchecked_commitment: &'static str,
    /// A running total lower than the one of an earlier date: "{text} is less than
    /// {previous} in row {row}: …".
    pub cumulative_falls: &'static str,
    /// A row under a table read as a note, not as figures (`{text}`), left out.
    pub note_row_left_out: &'static str,
    /// A running total before the date of the figures above the commitment's delivered
    /// figure: "{text} is more than the {total} delivered for {name} on the date of the
    /// figures: …".
    pub above_later_total: &'static str,
}

/// The editor page's headings, labels, buttons and hints, sent to its script.
#[derive(Debug, Serialize)]
pub struct EditorPageWords {
    /// The page's title: "pledgeviz: make your own chart".
    pub title: &'static str,
    /// The line under the title.
    pub intro: &'static str,
    /// Link back to the demo: "See the example chart".
    pub back: &'static str,
    /// The editor's language switch: "Language of the editor".
    pub language: &'static str,
    /// "1. Your figures".
    pub step_data: &'static str,
    /// The paste box's label.
    pub paste: &'static str,
    /// Under the paste box: how figures may be written.
    pub paste_hint: &'static str,
    /// "Add this table".
    pub add_table: &'static str,
    /// The file input's label.
    pub open: &'static str,
    /// "Opened: {name}".
    pub opened: &'static str,
    /// A file that was not UTF-8, read as Excel writes it: "Opened: {name} (read as
    /// Windows-1252, Excel's encoding)".
    pub opened_windows_1252: &'static str,
    /// The same for a file read as UTF-16, as Excel saves "Unicode Text" (tab-separated).
    pub opened_utf_16: &'static str,
    /// "This file could not be opened: {message}".
    pub open_failed: &'static str,
    /// "2. Columns".
    pub step_columns: &'static str,
    /// "No table yet: paste one above."
    pub no_table: &'static str,
    /// A table's heading: "Table {number}".
    pub table: &'static str,
    /// A named table's heading: "Table {number}: {name}".
    pub table_named: &'static str,
    /// "Remove this table".
    pub remove_table: &'static str,
    /// The shape choice's label: "Each row is".
    pub shape: &'static str,
    /// "a commitment".
    pub shape_per_commitment: &'static str,
    /// "a contributor to one commitment".
    pub shape_per_contributor: &'static str,
    /// "a date (delivered so far)".
    pub shape_per_date: &'static str,
    /// "Commitment these rows are about".
    pub table_commitment: &'static str,
    /// A column's role choice, for assistive technology: "What column {header} holds".
    pub role: &'static str,
    /// A cell's accessible name: "Row {row}, column {header}".
    pub cell: &'static str,
    /// The date order choice: "Dates written with numbers only".
    pub date_order: &'static str,
    /// "which order?".
    pub order_unknown: &'static str,
    /// "day first (03/04 = 3 April)".
    pub order_day_first: &'static str,
    /// "month first (03/04 = March 4)".
    pub order_month_first: &'static str,
    /// "3. What the chart says".
    pub step_describe: &'static str,
    /// "Languages of the texts".
    pub text_languages: &'static str,
    /// A text field in one language: "{field} ({language})".
    pub in_language: &'static str,
    /// A required field's label: "{label} (required)".
    pub required: &'static str,
    /// The illustrative switch: "Illustrative figures, not real data".
    pub illustrative: &'static str,
    /// Hint under currency fields.
    pub currency_hint: &'static str,
    /// Hint under date fields.
    pub date_hint: &'static str,
    /// "Commitments".
    pub commitments: &'static str,
    /// A commitment's heading: "Commitment {name}".
    pub commitment: &'static str,
    /// "Money".
    pub unit_money: &'static str,
    /// "People".
    pub unit_people: &'static str,
    /// "Something else, counted".
    pub unit_count: &'static str,
    /// The choice of what kind of figure 100 % is: "The 100 % is".
    pub reference: &'static str,
    /// "a pledge (promised)".
    pub reference_pledge: &'static str,
    /// "an estimated cost".
    pub reference_estimated_cost: &'static str,
    /// "a target".
    pub reference_target: &'static str,
    /// "an authorised strength (troops, police)".
    pub reference_authorised_strength: &'static str,
    /// "Sources of the figures".
    pub sources: &'static str,
    /// "Add a source".
    pub add_source: &'static str,
    /// "Remove".
    pub remove: &'static str,
    /// "Dated events".
    pub events: &'static str,
    /// "Add an event".
    pub add_event: &'static str,
    /// "Kind of event".
    pub event_kind: &'static str,
    /// "Approval".
    pub kind_approval: &'static str,
    /// "Renewal".
    pub kind_renewal: &'static str,
    /// "Deployment".
    pub kind_deployment: &'static str,
    /// "Statement".
    pub kind_statement: &'static str,
    /// "End of mandate".
    pub kind_mandate_end: &'static str,
    /// "Other".
    pub kind_other: &'static str,
    /// "Approximate date".
    pub approximate_date: &'static str,
    /// "Notes for readers".
    pub notes: &'static str,
    /// "Add a note".
    pub add_note: &'static str,
    /// "4. Preview".
    pub step_preview: &'static str,
    /// "On a phone (360 px)".
    pub phone: &'static str,
    /// "In an article".
    pub article: &'static str,
    /// The preview's language choice: "Language of the chart".
    pub preview_language: &'static str,
    /// Next to the preview's language choice when texts lack that language: "Texts not yet
    /// translated into {language}: {fields}. …" (`{language}` named in the editor's
    /// language, `{name}` as the language choice shows it, `{choice}` the choice of the
    /// texts' languages).
    pub mixed_languages: &'static str,
    /// The preview's theme choice: "Colours".
    pub theme: &'static str,
    /// "Like the reader's device".
    pub theme_auto: &'static str,
    /// "Light".
    pub theme_light: &'static str,
    /// "Dark".
    pub theme_dark: &'static str,
    /// The preview iframe's accessible name: "Preview of the chart: {width}".
    pub preview_frame: &'static str,
    /// Shown when the preview is not the current draft.
    pub out_of_date: &'static str,
    /// Shown before any preview.
    pub no_preview: &'static str,
    /// The list of problems: "To fix ({count})".
    pub problems: &'static str,
    /// The list of notes: "Good to know".
    pub notes_heading: &'static str,
    /// "5. Publish".
    pub step_publish: &'static str,
    /// The base URL field: where the newsroom will host the data file.
    pub base_url: &'static str,
    /// Hint under the base URL field.
    pub base_url_hint: &'static str,
    /// "File name".
    pub file_name: &'static str,
    /// "Download the data file".
    pub download: &'static str,
    /// Label of the `<pledge-viz>` snippet.
    pub snippet: &'static str,
    /// Label of the iframe snippet.
    pub iframe_snippet: &'static str,
    /// "Copy".
    pub copy: &'static str,
    /// "Copied.".
    pub copied: &'static str,
    /// "Could not copy: select the text and copy it."
    pub copy_failed: &'static str,
    /// The no-hosting heading.
    pub no_hosting: &'static str,
    /// What no-hosting means.
    pub no_hosting_hint: &'static str,
    /// Label of the no-hosting `<pledge-viz>` snippet.
    pub no_hosting_snippet: &'static str,
    /// Label of the no-hosting iframe snippet.
    pub no_hosting_iframe: &'static str,
    /// The address's length: "Address: {count} characters".
    pub length: &'static str,
    /// Above the usual CMS limit: "Over {limit} characters: …".
    pub too_long: &'static str,
    /// Shown instead of the snippets while there are problems.
    pub publish_blocked: &'static str,
    /// "Start over".
    pub start_over: &'static str,
    /// The confirmation before starting over.
    pub start_over_confirm: &'static str,
    /// "Draft restored from this browser."
    pub restored: &'static str,
    /// Where the draft is kept.
    pub saved_hint: &'static str,
}
