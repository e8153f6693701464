//! What the editor says about a draft: problems that stop the build and notes that do not,
//! each a kind with parameters and a place, so that [`super::say`] can say it in any
//! language of the catalogue.

use super::guess::Role;
use serde::{Deserialize, Serialize};

/// A place in the journalist's draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Location {
    /// One cell of a table.
    Cell {
        /// Position of the table in the draft.
        table: usize,
        /// The table's name as the journalist gave it (a file name), possibly empty.
        table_name: String,
        /// The row as the spreadsheet numbers it (the header is row 1).
        row: usize,
        /// Position of the column, from 0.
        column: usize,
        /// The column's header as typed.
        header: String,
    },
    /// A whole column of a table.
    Column {
        /// Position of the table in the draft.
        table: usize,
        /// The table's name as the journalist gave it, possibly empty.
        table_name: String,
        /// Position of the column, from 0.
        column: usize,
        /// The column's header as typed.
        header: String,
    },
    /// A whole table.
    Table {
        /// Position of the table in the draft.
        table: usize,
        /// The table's name as the journalist gave it, possibly empty.
        table_name: String,
    },
    /// A description field of the draft (title, a source's address, a commitment's basis).
    Field {
        /// Which field.
        field: Field,
        /// Position in its list (which source, which commitment, which event), if in one.
        item: Option<usize>,
        /// The item's name for the journalist (a commitment's name), possibly empty.
        name: String,
    },
    /// The draft as a whole.
    Draft,
}

/// A description field of the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The dataset's title.
    Title,
    /// The dataset's subtitle.
    Subtitle,
    /// The day the figures describe.
    AsOf,
    /// The dataset's locale.
    Locale,
    /// The default currency.
    Currency,
    /// The period the pledges cover.
    Period,
    /// The list of sources.
    Sources,
    /// A source's name.
    SourceName,
    /// A source's address.
    SourceUrl,
    /// A source's date.
    SourceDate,
    /// A commitment as a whole.
    Commitment,
    /// A commitment's label.
    CommitmentLabel,
    /// A commitment's unit.
    Unit,
    /// A commitment's currency.
    CommitmentCurrency,
    /// What a count commitment counts.
    UnitName,
    /// What 100 % stands for.
    PledgedBasis,
    /// A commitment's deadline.
    Deadline,
    /// What a commitment's deadline is ("fin du mandat").
    DeadlineLabel,
    /// A commitment's sentences.
    Sentences,
    /// A contributor.
    Contributor,
    /// An event's date.
    EventDate,
    /// An event's label.
    EventLabel,
    /// A note's text.
    NoteText,
}

/// Something that stops the build, with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorProblem {
    /// Where it is.
    pub location: Location,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong, with what the message needs to say it.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A cell that should hold a figure does not read as one ("12abc").
    NotANumber {
        /// The cell as typed.
        text: String,
    },
    /// A negative figure: pledges and deliveries are at least 0.
    Negative {
        /// The cell as typed.
        text: String,
    },
    /// A figure larger than any real tracker (over 10^15).
    TooLarge {
        /// The cell as typed.
        text: String,
    },
    /// A column writes `,` or `.` as a decimal mark in some cells and as a thousands
    /// separator in others; the editor refuses to guess.
    MixedMarks {
        /// A row read with a decimal comma (`68,5`, `1.234,5`).
        decimal_comma_row: usize,
        /// A row read with a decimal point (`68.5`, `1,234.5`).
        decimal_point_row: usize,
    },
    /// A pledged figure given as a percentage; only deliveries may be a share.
    PercentNotAllowed {
        /// The cell as typed.
        text: String,
    },
    /// A required cell or field is empty.
    Empty,
    /// A cell or field that should hold a date does not read as one.
    NotADate {
        /// The text as typed.
        text: String,
    },
    /// A date that does not exist (31/02/2025).
    ImpossibleDate {
        /// The text as typed.
        text: String,
    },
    /// A word where a month name should be.
    UnknownMonth {
        /// The word as typed.
        word: String,
    },
    /// Day and month could be either way round in every cell of the column (`03/04/2025`):
    /// the journalist must say which comes first.
    AskDateOrder {
        /// A cell of the column as typed.
        example: String,
    },
    /// Some cells of a date column put the day first (`26/06/2025`), others the month
    /// (`06/26/2025`).
    MixedDateOrders {
        /// A row with the day first.
        day_first_row: usize,
        /// A row with the month first.
        month_first_row: usize,
    },
    /// A table has no column with a role its shape needs.
    MissingColumn {
        /// The role that no column has.
        role: Role,
    },
    /// Two columns of one table have the same role.
    ColumnTwice {
        /// The role.
        role: Role,
    },
    /// A table of one commitment does not say which commitment.
    NoCommitmentNamed,
    /// A commitment appears in the tables but has no description (unit, basis).
    NotDescribed {
        /// The commitment's name as in the tables.
        name: String,
    },
    /// A commitment is described but no table gives its figures.
    NoFigures {
        /// The commitment's name.
        name: String,
    },
    /// A commitment's delivered figure is known but not its pledge, and the delivery is
    /// not a share of the pledge (`40 %`).
    NoPledged {
        /// The commitment's name.
        name: String,
    },
    /// Two rows give the same figure (one commitment twice, one contributor twice for
    /// one commitment, one date twice).
    Twice {
        /// What is repeated, as typed.
        text: String,
        /// The row where it came first.
        first_row: usize,
    },
    /// Contributors' figures cannot be added up into the commitment's total because some
    /// are "less than" and others "more than"; the total must be given.
    BoundsDoNotAdd,
    /// A date after the as-of date: figures cannot be observed after the day they describe.
    AfterAsOf {
        /// The date as typed.
        text: String,
    },
    /// An address that is not a web address.
    NotAWebAddress {
        /// The address as typed.
        text: String,
    },
    /// A text over the format's length limit.
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The limit in characters.
        limit: usize,
    },
    /// A currency the widget cannot name.
    UnknownCurrency {
        /// The currency as typed.
        text: String,
    },
    /// A list over the format's limit (commitments, contributors, dates, events, sources).
    TooMany {
        /// How many there are.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// No source is named; every dataset needs at least one.
    NoSource,
    /// The draft has no figures at all.
    NoTable,
    /// A source number that names no source.
    NoSuchSource {
        /// The position given, from 0.
        position: usize,
    },
    /// The period ends before it starts.
    PeriodEndsBeforeStart,
    /// The pasted text could not be read as a table.
    NotATable {
        /// The line where reading stopped.
        line: usize,
    },
    /// A row labelled as a total ("Total", "Suma") whose figure is not the sum of the other
    /// rows: neither left out nor counted until the journalist says.
    TotalDoesNotAdd {
        /// The row's label as typed.
        text: String,
        /// The figure as typed.
        figure: String,
        /// The sum of the other rows' figures.
        sum: f64,
    },
    /// A running total on the date of the figures that is not the delivered figure another
    /// table gives the same commitment: the headline and the timeline would disagree.
    DisagreesWithTotal {
        /// The dated figure as typed.
        text: String,
        /// The commitment's name.
        name: String,
        /// The delivered figure from the other table.
        total: Quantity,
    },
    /// Something the editor did not check itself but the validator refused, as the
    /// validator's kind of problem, so that it is said in the page's language.
    Invalid {
        /// The JSON path in the written dataset.
        path: String,
        /// What the validator found.
        problem: crate::validate::ProblemKind,
    },
}

/// A figure the editor worked out (a sum) or took from another table, to be written in the
/// message's language.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// An amount in the commitment's unit.
    Amount(f64),
    /// A share of the pledge, from 0 to 1.
    Share(f64),
}

/// Something the journalist should know that does not stop the build.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditorNote {
    /// Where it applies.
    pub location: Location,
    /// What it says.
    pub kind: NoteKind,
}

/// What a note says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoteKind {
    /// No cell of the column showed its decimal mark, so the journalist's language decided
    /// how `1,234` or `1.234` reads.
    MarksFromLanguage {
        /// The decimal mark used: `,` or `.`.
        decimal_mark: char,
        /// A cell that was read that way, as typed.
        example: String,
    },
    /// A commitment's delivered figure was taken from its latest dated row.
    DeliveredFromLatestDate {
        /// The commitment's name.
        name: String,
    },
    /// A commitment's figures are the sum of its contributors' rows.
    TotalFromContributors {
        /// The commitment's name.
        name: String,
    },
    /// A row under a table read as a note ("Source : OCHA"), not as figures, left out.
    NoteRowLeftOut {
        /// The note as typed.
        text: String,
    },
    /// A row labelled as a total whose figures are the sums of the other rows, left out.
    TotalRowLeftOut {
        /// The row's label as typed.
        text: String,
        /// What it would have been counted as: [`Role::Contributor`] or [`Role::Label`] (a
        /// commitment).
        counted_as: Role,
    },
    /// A row labelled as a total at the start or end of its table (or of its commitment's
    /// rows), left out without checking its figures, since a bound or a percentage among
    /// them leaves no sum to compare with.
    TotalRowUnchecked {
        /// The row's label as typed.
        text: String,
        /// What it would have been counted as: [`Role::Contributor`] or [`Role::Label`] (a
        /// commitment).
        counted_as: Role,
    },
    /// A running total lower than the one of the date before: figures were revised, or one
    /// of them is wrong.
    CumulativeFalls {
        /// The lower figure as typed.
        text: String,
        /// The earlier, higher figure as typed.
        previous: String,
        /// The earlier figure's row.
        row: usize,
    },
    /// A running total before the date of the figures above the commitment's delivered
    /// figure from another table: the total falls by the date of the figures.
    AboveLaterTotal {
        /// The dated figure as typed.
        text: String,
        /// The commitment's name.
        name: String,
        /// The delivered figure from the other table.
        total: Quantity,
    },
}
