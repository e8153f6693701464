//! The dataset: what was pledged, what was delivered, by whom, when, and who says so.
//!
//! These types are what validation produces; they hold no invalid state (amounts are
//! finite and non-negative, ids are unique, observations are in date order), so the
//! computations downstream never check again.

use crate::date::Date;

/// Version of the JSON dataset format this build reads (`"format": "pledgeviz/1"`).
pub const FORMAT_VERSION: u32 = 1;

pub use crate::i18n::Lang;

/// Text given in one or more languages; the first one given is the fallback.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// `(language code, text)` pairs in the order the dataset gives them.
    pub entries: Vec<(String, String)>,
}

impl Text {
    /// Text in a single language-neutral form.
    pub fn plain(text: &str) -> Text {
        Text {
            entries: vec![(String::new(), text.to_owned())],
        }
    }

    /// The text in `lang` or given in no particular language; `None` when it is given only
    /// in other languages.
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        self.entries
            .iter()
            .find(|(code, _)| code.is_empty() || Lang::from_code(code) == Some(lang))
            .map(|(_, text)| text.as_str())
    }

    /// The text in `lang` (its code as validation reads it: `fr`, `fr-FR`, `FR`), else the
    /// first one given, else the empty string.
    pub fn get(&self, lang: Lang) -> &str {
        self.entries
            .iter()
            .find(|(code, _)| Lang::from_code(code) == Some(lang))
            .or_else(|| self.entries.first())
            .map_or("", |(_, text)| text.as_str())
    }
}

/// How exact a figure is. Qualifiers travel through every computation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// The figure as published.
    Exact,
    /// "About": the figure is an estimate.
    Approximate,
    /// "Less than": the true figure is below this one.
    LessThan,
    /// "More than": the true figure is above this one.
    MoreThan,
}

impl Qualifier {
    /// The name used in the JSON format.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::LessThan => "less_than",
            Qualifier::MoreThan => "more_than",
        }
    }

    /// Whether the figure is a bound rather than a value.
    pub fn is_bound(self) -> bool {
        matches!(self, Qualifier::LessThan | Qualifier::MoreThan)
    }
}

/// A published figure with its qualifier, in the commitment's unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// The number as published (finite, at least 0).
    pub value: f64,
    /// How exact it is.
    pub qualifier: Qualifier,
}

impl Figure {
    /// An exact figure.
    pub fn exact(value: f64) -> Figure {
        Figure {
            value,
            qualifier: Qualifier::Exact,
        }
    }
}

/// What was delivered: a count in the commitment's unit, or only a share of the pledge
/// when no count was published ("fewer than 40 % of the personnel").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Delivered {
    /// A count in the commitment's unit.
    Amount(Figure),
    /// A share of the pledge as a fraction (0.4 for 40 %).
    ShareOfPledge(Figure),
}

/// What a commitment is counted in.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    /// Money in an ISO 4217 currency.
    Money {
        /// The currency code, e.g. `"USD"`.
        currency: String,
    },
    /// People (police officers, soldiers, staff).
    People,
    /// Another count, named (vehicles, doses, schools).
    Count {
        /// What is counted, e.g. "armoured vehicles".
        name: Text,
    },
}

/// One promise: what was pledged and what has arrived.
#[derive(Clone, Debug, PartialEq)]
pub struct Commitment {
    /// Unique id, used by observations, contributors and scenarios.
    pub id: String,
    /// What is promised, for readers ("Financement").
    pub label: Text,
    /// What it is counted in.
    pub unit: Unit,
    /// The pledged figure; `None` only when the delivery is published as a share of an
    /// unpublished pledge.
    pub pledged: Option<Figure>,
    /// What the pledged figure is ("estimated first-year cost"), since different totals
    /// give different ratios.
    pub pledged_basis: Text,
    /// What kind of reference the pledged figure is: only a pledge is called "promised".
    pub reference: ReferenceKind,
    /// What has been delivered as of the dataset's date.
    pub delivered: Delivered,
    /// The date by which the pledge should be met, if any.
    pub deadline: Option<Date>,
    /// What the deadline is ("fin du mandat"); empty when the dataset does not say.
    pub deadline_label: Text,
    /// Index into the dataset's sources.
    pub source: Option<usize>,
    /// The headline sentence, with `{ratio}`, `{delivered}`, `{pledged}` and `{basis}`
    /// placeholders; empty for the generic one.
    pub headline: Text,
    /// The what-if sentence, with `{extra}` too; empty for the generic one.
    pub what_if: Text,
}

/// What the 100 % of a commitment is; sentences and legends name it, and call it
/// "promised" only when it is a pledge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// Promised by those who pledged (the default).
    #[default]
    Pledge,
    /// An estimate of what the thing costs, not a promise.
    EstimatedCost,
    /// A target set by an organisation.
    Target,
    /// The strength a mandate authorises (troops, police).
    AuthorisedStrength,
}

impl ReferenceKind {
    /// Every kind, in the order of the JSON format's documentation.
    pub const ALL: [ReferenceKind; 4] = [
        ReferenceKind::Pledge,
        ReferenceKind::EstimatedCost,
        ReferenceKind::Target,
        ReferenceKind::AuthorisedStrength,
    ];

    /// The name used in the JSON format.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Pledge => "pledge",
            ReferenceKind::EstimatedCost => "estimated_cost",
            ReferenceKind::Target => "target",
            ReferenceKind::AuthorisedStrength => "authorised_strength",
        }
    }
}

/// One contributor's part of one commitment.
#[derive(Clone, Debug, PartialEq)]
pub struct ContributorShare {
    /// Index of the commitment in the dataset.
    pub commitment: usize,
    /// What this contributor pledged, in the commitment's unit.
    pub pledged: Figure,
    /// What this contributor delivered, in the commitment's unit.
    pub delivered: Figure,
}

/// A country, donor or organisation that pledged.
#[derive(Clone, Debug, PartialEq)]
pub struct Contributor {
    /// Unique id.
    pub id: String,
    /// Name for readers.
    pub name: Text,
    /// Its pledges, at most one per commitment.
    pub shares: Vec<ContributorShare>,
}

/// The cumulative delivered figure of one commitment on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    /// Index of the commitment in the dataset.
    pub commitment: usize,
    /// The day of the observation.
    pub date: Date,
    /// Cumulative delivery on that day.
    pub delivered: Delivered,
    /// Index into the dataset's sources.
    pub source: Option<usize>,
}

/// What kind of dated event a marker stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A body approved the mission or the fund.
    Approval,
    /// The mandate was renewed.
    Renewal,
    /// The first people or money arrived.
    Deployment,
    /// A letter, statement or warning.
    Statement,
    /// The mandate or the period ends.
    MandateEnd,
    /// Anything else.
    Other,
}

/// A dated event drawn on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The day.
    pub date: Date,
    /// Whether only the month (or about the date) is known.
    pub approximate_date: bool,
    /// A short label ("Renouvellement").
    pub label: Text,
    /// What kind of event it is.
    pub kind: EventKind,
    /// Index into the dataset's sources.
    pub source: Option<usize>,
}

/// Where the figures come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Publisher and title, as a reader would cite it, in one language or several (an
    /// article's title stays as published; "UN Security Council, resolution 2699" has a
    /// name in each language).
    pub name: Text,
    /// Address of the source, when it has one.
    pub url: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
}

/// The period a pledge covers ("first year"), used for the pace ratio.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// A name for readers ("première année").
    pub label: Text,
}

/// A whole, validated dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Title for readers.
    pub title: Text,
    /// Subtitle for readers.
    pub subtitle: Text,
    /// The dataset's own locale, e.g. `"fr-FR"`.
    pub locale: String,
    /// The default currency of money commitments.
    pub currency: Option<String>,
    /// The day the figures describe.
    pub as_of: Date,
    /// True when the figures are not real; the charts then say "illustrative".
    pub illustrative: bool,
    /// Where the figures come from (at least one).
    pub sources: Vec<Source>,
    /// The period the pledges cover, if any.
    pub period: Option<Period>,
    /// The promises (at least one).
    pub commitments: Vec<Commitment>,
    /// Who pledged what, possibly empty.
    pub contributors: Vec<Contributor>,
    /// The timeline, in date order per commitment.
    pub observations: Vec<Observation>,
    /// Dated events, in any order.
    pub events: Vec<Event>,
    /// Context a reader needs that has no date or figure ("two officers killed").
    pub notes: Vec<Note>,
}

/// A sourced sentence of context shown with the charts.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// The sentence.
    pub text: Text,
    /// Index into the dataset's sources.
    pub source: Option<usize>,
}

impl Dataset {
    /// The index of the commitment with this id.
    pub fn commitment_index(&self, id: &str) -> Option<usize> {
        self.commitments.iter().position(|c| c.id == id)
    }
}
