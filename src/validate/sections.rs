//! The parts of a dataset, each read in its own step: the header, sources, commitments,
//! contributors, observations, events and notes.

use super::json::{Fields, Json};
use super::walker::{index, join, show, type_of, Walker};
use super::{limits, ProblemKind, KNOWN_CURRENCIES};
use crate::date::Date;
use crate::model::*;

/// The fields at the top of a dataset.
struct Header {
    title: Option<Text>,
    subtitle: Text,
    locale: String,
    currency: Option<String>,
    as_of: Option<Date>,
    illustrative: bool,
}

impl Walker {
    /// The whole dataset, or `None` with every problem reported.
    pub(super) fn dataset(&mut self, value: &Json) -> Option<Dataset> {
        let map = self.object(value, "")?;
        if !self.format(map) {
            return None;
        }
        let header = self.header(map);
        let sources = self.sources(map);
        let period = Self::optional(map, "period").and_then(|v| self.period(v, "period"));
        let commitments = self.commitments(map, header.currency.as_deref());
        let contributors = self.contributors(map);
        let observations = self.observations(map, header.as_of);
        let events = self.list(Self::optional(map, "events"), "events", limits::MAX_EVENTS);
        let events: Vec<Option<Event>> = events
            .iter()
            .enumerate()
            .map(|(position, item)| self.event(item, &index("events", position)))
            .collect();
        let notes = self.notes(map);
        if !self.problems.is_empty() {
            return None;
        }
        Some(Dataset {
            title: header.title?,
            subtitle: header.subtitle,
            locale: header.locale,
            currency: header.currency,
            as_of: header.as_of?,
            illustrative: header.illustrative,
            sources,
            period,
            commitments: commitments.into_iter().collect::<Option<_>>()?,
            contributors: contributors.into_iter().collect::<Option<_>>()?,
            observations: observations.into_iter().collect::<Option<_>>()?,
            events: events.into_iter().collect::<Option<_>>()?,
            notes: notes.into_iter().collect::<Option<_>>()?,
        })
    }

    /// Whether the format is one this version reads; nothing else is read otherwise.
    fn format(&mut self, map: &Fields) -> bool {
        let format = self.required(map, "", "format");
        match format.and_then(Json::as_str) {
            Some(text) if text == format!("pledgeviz/{FORMAT_VERSION}") => true,
            Some(text) => {
                self.report(
                    "format",
                    ProblemKind::UnknownFormat {
                        got: text.to_owned(),
                    },
                );
                false
            }
            None if format.is_some() => {
                self.report("format", ProblemKind::FormatNotText);
                false
            }
            None => false,
        }
    }

    fn header(&mut self, map: &Fields) -> Header {
        let title = self
            .required(map, "", "title")
            .and_then(|v| self.text(v, "title"));
        let subtitle = self.optional_text(map, "", "subtitle");
        let locale = match Self::optional(map, "locale") {
            Some(value) => self.string(value, "locale").unwrap_or_default(),
            None => "fr-FR".to_owned(),
        };
        self.currency_given = Self::optional(map, "currency").is_some();
        let currency = Self::optional(map, "currency").and_then(|v| self.currency(v, "currency"));
        let as_of = self
            .required(map, "", "as_of")
            .and_then(|v| self.date(v, "as_of"));
        let illustrative = match Self::optional(map, "illustrative") {
            None => false,
            Some(Json::Bool(flag)) => *flag,
            Some(other) => {
                self.report(
                    "illustrative",
                    ProblemKind::NotBool {
                        got: type_of(other),
                    },
                );
                false
            }
        };
        Header {
            title,
            subtitle,
            locale,
            currency,
            as_of,
            illustrative,
        }
    }

    fn sources(&mut self, map: &Fields) -> Vec<Source> {
        let sources_value = self.required(map, "", "sources");
        let source_items = self.list(sources_value, "sources", limits::MAX_SOURCES);
        if source_items.is_empty() && matches!(sources_value, Some(Json::List(_))) {
            self.report("sources", ProblemKind::NoSource);
        }
        self.source_count = source_items.len();
        source_items
            .iter()
            .enumerate()
            .filter_map(|(position, item)| self.source(item, &index("sources", position)))
            .collect()
    }

    fn commitments(&mut self, map: &Fields, currency: Option<&str>) -> Vec<Option<Commitment>> {
        let commitments_value = self.required(map, "", "commitments");
        let commitment_items = self.list(commitments_value, "commitments", limits::MAX_COMMITMENTS);
        if matches!(commitments_value, Some(Json::List(items)) if items.is_empty()) {
            self.report("commitments", ProblemKind::NoCommitment);
        }
        // Ids first, so that later entries can name commitments wherever they stand.
        let mut seen = Vec::new();
        self.commitment_ids = commitment_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                let path = index("commitments", position);
                item.as_object()
                    .and_then(|map| self.id(map, &path, &mut seen))
                    .unwrap_or_default()
            })
            .collect();
        commitment_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                self.commitment(item, &index("commitments", position), currency)
            })
            .collect()
    }

    fn contributors(&mut self, map: &Fields) -> Vec<Option<Contributor>> {
        let contributor_items = self.list(
            Self::optional(map, "contributors"),
            "contributors",
            limits::MAX_CONTRIBUTORS,
        );
        let mut contributor_ids = Vec::new();
        contributor_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                self.contributor(item, &index("contributors", position), &mut contributor_ids)
            })
            .collect()
    }

    /// Observations, each dated no later than `as_of` and after the previous one of its
    /// commitment.
    fn observations(&mut self, map: &Fields, as_of: Option<Date>) -> Vec<Option<Observation>> {
        let observation_items = self.list(
            Self::optional(map, "observations"),
            "observations",
            limits::MAX_OBSERVATIONS,
        );
        let mut observations = Vec::new();
        let mut last_date: Vec<Option<Date>> = vec![None; self.commitment_ids.len()];
        for (position, item) in observation_items.iter().enumerate() {
            let path = index("observations", position);
            let observation = self.observation(item, &path);
            if let Some(observation) = &observation {
                let date_path = join(&path, "date");
                if let Some(as_of) = as_of.filter(|as_of| observation.date > *as_of) {
                    let date = observation.date;
                    self.report(&date_path, ProblemKind::AfterAsOf { date, as_of });
                }
                let last = last_date[observation.commitment];
                if let Some(previous) = last.filter(|previous| observation.date <= *previous) {
                    let date = observation.date;
                    self.report(&date_path, ProblemKind::OutOfOrder { date, previous });
                }
                last_date[observation.commitment] = Some(observation.date);
            }
            observations.push(observation);
        }
        observations
    }

    fn notes(&mut self, map: &Fields) -> Vec<Option<Note>> {
        let note_items = self.list(Self::optional(map, "notes"), "notes", limits::MAX_EVENTS);
        note_items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                let path = index("notes", position);
                let note = self.object(item, &path)?;
                let text = self
                    .required(note, &path, "text")
                    .and_then(|v| self.text(v, &join(&path, "text")));
                let source = self.source_ref(note, &path);
                Some(Note {
                    text: text?,
                    source,
                })
            })
            .collect()
    }

    fn currency(&mut self, value: &Json, path: &str) -> Option<String> {
        let code = self.string(value, path)?;
        if KNOWN_CURRENCIES.contains(&code.as_str()) {
            Some(code)
        } else {
            self.report(path, ProblemKind::UnknownCurrency { code });
            None
        }
    }

    fn source(&mut self, value: &Json, path: &str) -> Option<Source> {
        let map = self.object(value, path)?;
        let name = self
            .required(map, path, "name")
            .and_then(|v| self.text(v, &join(path, "name")));
        let url = match Self::optional(map, "url") {
            Some(value) => {
                let url_path = join(path, "url");
                let url = self.string(value, &url_path);
                match url {
                    Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                        Some(url)
                    }
                    Some(url) => {
                        self.report(&url_path, ProblemKind::NotUrl { got: url });
                        None
                    }
                    None => None,
                }
            }
            None => None,
        };
        let date = self.optional_date(map, path, "date");
        Some(Source {
            name: name?,
            url,
            date,
        })
    }

    fn period(&mut self, value: &Json, path: &str) -> Option<Period> {
        let map = self.object(value, path)?;
        let start = self
            .required(map, path, "start")
            .and_then(|v| self.date(v, &join(path, "start")));
        let end = self
            .required(map, path, "end")
            .and_then(|v| self.date(v, &join(path, "end")));
        let label = self.optional_text(map, path, "label");
        let (start, end) = (start?, end?);
        if end <= start {
            self.report(
                &join(path, "end"),
                ProblemKind::EndBeforeStart { start, end },
            );
            return None;
        }
        Some(Period { start, end, label })
    }

    fn commitment(
        &mut self,
        value: &Json,
        path: &str,
        currency: Option<&str>,
    ) -> Option<Commitment> {
        let map = self.object(value, path)?;
        let label = self
            .required(map, path, "label")
            .and_then(|v| self.text(v, &join(path, "label")));
        let unit = self.unit(map, path, currency);
        let delivered = self
            .required(map, path, "delivered")
            .and_then(|v| self.delivered(v, &join(path, "delivered")));
        let pledged = match (Self::optional(map, "pledged"), delivered) {
            (Some(value), _) => Some(self.figure(value, &join(path, "pledged"))),
            (None, Some(Delivered::ShareOfPledge(_))) => None,
            (None, _) => {
                self.report(&join(path, "pledged"), ProblemKind::PledgedMissing);
                Some(None)
            }
        };
        let pledged_basis = self
            .required(map, path, "pledged_basis")
            .and_then(|v| self.text(v, &join(path, "pledged_basis")));
        let deadline = self.optional_date(map, path, "deadline");
        let deadline_label = self.optional_text(map, path, "deadline_label");
        let reference = self.reference(map, path);
        let source = self.source_ref(map, path);
        let (headline, what_if) = match Self::optional(map, "sentences") {
            Some(value) => {
                let sentences_path = join(path, "sentences");
                match self.object(value, &sentences_path) {
                    Some(sentences) => (
                        self.optional_text(sentences, &sentences_path, "headline"),
                        self.optional_text(sentences, &sentences_path, "what_if"),
                    ),
                    None => Default::default(),
                }
            }
            None => Default::default(),
        };
        Some(Commitment {
            id: self.commitment_ids.get(commitment_position(path)?)?.clone(),
            label: label?,
            unit: unit?,
            pledged: match pledged {
                Some(figure) => Some(figure?),
                None => None,
            },
            pledged_basis: pledged_basis?,
            delivered: delivered?,
            reference: reference?,
            deadline,
            deadline_label,
            source,
            headline,
            what_if,
        })
    }

    /// What kind of reference the pledged figure is; a pledge when not said.
    fn reference(&mut self, map: &Fields, path: &str) -> Option<ReferenceKind> {
        let Some(value) = Self::optional(map, "reference") else {
            return Some(ReferenceKind::Pledge);
        };
        let kind = ReferenceKind::ALL
            .into_iter()
            .find(|kind| value.as_str() == Some(kind.as_str()));
        if kind.is_none() {
            self.report(
                &join(path, "reference"),
                ProblemKind::NotOneOf {
                    choices: &["pledge", "estimated_cost", "target", "authorised_strength"],
                    got: show(value),
                },
            );
        }
        kind
    }

    fn unit(&mut self, map: &Fields, path: &str, currency: Option<&str>) -> Option<Unit> {
        let value = self.required(map, path, "unit")?;
        let unit_path = join(path, "unit");
        match value.as_str() {
            Some("money") => {
                let own = Self::optional(map, "currency")
                    .map(|v| self.currency(v, &join(path, "currency")));
                match (own, currency) {
                    (Some(own), _) => own.map(|currency| Unit::Money { currency }),
                    (None, Some(currency)) => Some(Unit::Money {
                        currency: currency.to_owned(),
                    }),
                    (None, None) if self.currency_given => None,
                    (None, None) => {
                        self.report(&join(path, "currency"), ProblemKind::CurrencyMissing);
                        None
                    }
                }
            }
            Some("people") => Some(Unit::People),
            Some("count") => {
                let name = self
                    .required(map, path, "unit_name")
                    .and_then(|v| self.text(v, &join(path, "unit_name")));
                name.map(|name| Unit::Count { name })
            }
            _ => {
                self.report(
                    &unit_path,
                    ProblemKind::NotOneOf {
                        choices: &["money", "people", "count"],
                        got: show(value),
                    },
                );
                None
            }
        }
    }

    fn contributor(
        &mut self,
        value: &Json,
        path: &str,
        seen: &mut Vec<String>,
    ) -> Option<Contributor> {
        let map = self.object(value, path)?;
        let id = self.id(map, path, seen);
        let name = self
            .required(map, path, "name")
            .and_then(|v| self.text(v, &join(path, "name")));
        let shares_path = join(path, "pledges");
        let pledges = self.required(map, path, "pledges");
        let items = self.list(pledges, &shares_path, limits::MAX_COMMITMENTS);
        let mut shares = Vec::new();
        let mut named = Vec::new();
        for (position, item) in items.iter().enumerate() {
            let item_path = index(&shares_path, position);
            let Some(item_map) = self.object(item, &item_path) else {
                shares.push(None);
                continue;
            };
            let commitment = self.commitment_ref(item_map, &item_path);
            if let Some(commitment) = commitment {
                if named.contains(&commitment) {
                    self.report(
                        &join(&item_path, "commitment"),
                        ProblemKind::DuplicatePledge,
                    );
                } else {
                    named.push(commitment);
                }
            }
            let pledged = self
                .required(item_map, &item_path, "pledged")
                .and_then(|v| self.figure(v, &join(&item_path, "pledged")));
            let delivered = self
                .required(item_map, &item_path, "delivered")
                .and_then(|v| self.figure(v, &join(&item_path, "delivered")));
            shares.push((|| {
                Some(ContributorShare {
                    commitment: commitment?,
                    pledged: pledged?,
                    delivered: delivered?,
                })
            })());
        }
        Some(Contributor {
            id: id?,
            name: name?,
            shares: shares.into_iter().collect::<Option<_>>()?,
        })
    }

    fn observation(&mut self, value: &Json, path: &str) -> Option<Observation> {
        let map = self.object(value, path)?;
        let commitment = self.commitment_ref(map, path);
        let date = self
            .required(map, path, "date")
            .and_then(|v| self.date(v, &join(path, "date")));
        let delivered = self
            .required(map, path, "delivered")
            .and_then(|v| self.delivered(v, &join(path, "delivered")));
        let source = self.source_ref(map, path);
        Some(Observation {
            commitment: commitment?,
            date: date?,
            delivered: delivered?,
            source,
        })
    }

    fn event(&mut self, value: &Json, path: &str) -> Option<Event> {
        let map = self.object(value, path)?;
        let date = self
            .required(map, path, "date")
            .and_then(|v| self.date(v, &join(path, "date")));
        let label = self
            .required(map, path, "label")
            .and_then(|v| self.text(v, &join(path, "label")));
        let kind = match Self::optional(map, "kind").map(|v| (v, v.as_str())) {
            None => Some(EventKind::Other),
            Some((_, Some("approval"))) => Some(EventKind::Approval),
            Some((_, Some("renewal"))) => Some(EventKind::Renewal),
            Some((_, Some("deployment"))) => Some(EventKind::Deployment),
            Some((_, Some("statement"))) => Some(EventKind::Statement),
            Some((_, Some("mandate_end"))) => Some(EventKind::MandateEnd),
            Some((_, Some("other"))) => Some(EventKind::Other),
            Some((value, _)) => {
                self.report(
                    &join(path, "kind"),
                    ProblemKind::NotOneOf {
                        choices: &[
                            "approval",
                            "renewal",
                            "deployment",
                            "statement",
                            "mandate_end",
                            "other",
                        ],
                        got: show(value),
                    },
                );
                None
            }
        };
        let approximate_date = matches!(
            Self::optional(map, "approximate_date"),
            Some(Json::Bool(true))
        );
        let source = self.source_ref(map, path);
        Some(Event {
            date: date?,
            approximate_date,
            label: label?,
            kind: kind?,
            source,
        })
    }
}

/// The position in `commitments[N]`, for looking up the id read in the first pass.
fn commitment_position(path: &str) -> Option<usize> {
    path.strip_prefix("commitments[")?
        .strip_suffix(']')?
        .parse()
        .ok()
}
