//! The commitments: each description with its figures from the tables of commitments,
//! contributors or dates, in that order of preference.

use super::{delivered_of, unique_id, Builder, RowReading};
use crate::date::Date;
use crate::editor::draft::{same_name, DraftText, UnitChoice};
use crate::editor::guess::{Role, Shape};
use crate::editor::numbers::NumberReading;
use crate::editor::problem::{EditorNote, Field, Location, NoteKind, ProblemKind};
use crate::model::*;
use crate::validate::limits;

/// The rows that give one commitment's figures, by the shape of their table.
struct CommitmentRows<'r, 'd> {
    /// Rows of tables of commitments (only the first counts; others are repeats).
    own: Vec<&'r RowReading<'d>>,
    /// Rows of tables of contributors.
    shares: Vec<&'r RowReading<'d>>,
    /// Rows of tables of dates, in date order.
    dated: Vec<&'r RowReading<'d>>,
}

/// A pledged figure as read, with the place it came from.
type PledgedReading = Option<(NumberReading, Location)>;

impl<'d> Builder<'d> {
    pub(super) fn commitments(
        &mut self,
        rows: &[RowReading<'d>],
        currency: Option<&str>,
        as_of: Option<Date>,
    ) -> Vec<Commitment> {
        self.report_undescribed(rows);
        let count = self.draft.commitments.len();
        if count > limits::MAX_COMMITMENTS {
            self.report(
                Location::Draft,
                ProblemKind::TooMany {
                    count,
                    limit: limits::MAX_COMMITMENTS,
                },
            );
        }
        let mut ids: Vec<String> = Vec::new();
        (0..count)
            .filter_map(|position| self.commitment(position, rows, currency, as_of, &mut ids))
            .collect()
    }

    /// Every commitment the tables name must be described.
    fn report_undescribed(&mut self, rows: &[RowReading<'d>]) {
        let draft = self.draft;
        let mut reported: Vec<String> = Vec::new();
        for reading in rows {
            let name = reading.commitment;
            if !name.is_empty()
                && draft.commitment_position(name).is_none()
                && !reported.iter().any(|known| same_name(known, name))
            {
                reported.push(name.to_owned());
                let location = match draft.tables[reading.table].commitment_column() {
                    Some(column) => self.cell(reading.table, reading.row, column),
                    None => self.table(reading.table),
                };
                self.report(
                    location,
                    ProblemKind::NotDescribed {
                        name: name.to_owned(),
                    },
                );
            }
        }
    }

    /// One commitment: its description read and its figures found in the tables.
    fn commitment(
        &mut self,
        position: usize,
        rows: &[RowReading<'d>],
        currency: Option<&str>,
        as_of: Option<Date>,
        ids: &mut Vec<String>,
    ) -> Option<Commitment> {
        let description = &self.draft.commitments[position];
        let name = description.name.trim();
        let path = format!("commitments[{position}]");
        let at = |field| Self::field(field, Some(position), name);
        self.place(path.clone(), at(Field::Commitment));
        for (key, field) in [
            ("label", Field::CommitmentLabel),
            ("unit", Field::Unit),
            ("currency", Field::CommitmentCurrency),
            ("unit_name", Field::UnitName),
            ("pledged_basis", Field::PledgedBasis),
            ("deadline", Field::Deadline),
            ("sentences", Field::Sentences),
            ("source", Field::Commitment),
        ] {
            self.place(format!("{path}.{key}"), at(field));
        }
        let id = unique_id(&description.id, name, "commitment", ids);
        let found = self.rows_of(name, rows);
        self.report_repeated(&found, name);
        let (pledged, delivered) = self.figures(&path, name, &found, at(Field::Commitment));
        // The delivered figure of a commitment's own row or of its contributors' sum is the
        // one the headline shows; its dated rows must agree with it.
        let headline_figure = match found.own.is_empty() && found.shares.is_empty() {
            true => None,
            false => delivered,
        };
        let pledged_value = pledged
            .as_ref()
            .filter(|(reading, _)| !reading.percent)
            .map(|(reading, _)| reading.value);
        self.check_running_totals(name, &found.dated, headline_figure, pledged_value, as_of);
        let delivered = delivered.map(|reading| delivered_of(&reading));
        let pledged = self.pledged(pledged, delivered.as_ref(), name, at(Field::Commitment));
        let sign = found
            .own
            .iter()
            .chain(&found.shares)
            .flat_map(|r| [r.pledged, r.delivered])
            .flatten()
            .find_map(|r| r.currency);
        let unit = self.unit(position, currency.or(sign));
        let label = match description.label.is_blank() {
            true => self.text(&DraftText::plain(name), at(Field::Commitment), true),
            false => self.text(&description.label, at(Field::CommitmentLabel), true),
        };
        let pledged_basis = self.text(&description.pledged_basis, at(Field::PledgedBasis), true);
        let deadline = self.date(&description.deadline, at(Field::Deadline), false);
        let deadline_label = self
            .text(&description.deadline_label, at(Field::DeadlineLabel), false)
            .unwrap_or_default();
        let source = self.source_ref(description.source, at(Field::Commitment));
        let headline = self
            .text(&description.headline, at(Field::Sentences), false)
            .unwrap_or_default();
        let what_if = self
            .text(&description.what_if, at(Field::Sentences), false)
            .unwrap_or_default();
        Some(Commitment {
            id,
            label: label?,
            unit: unit?,
            pledged: pledged?,
            pledged_basis: pledged_basis?,
            reference: description.reference,
            delivered: delivered?,
            deadline,
            deadline_label,
            source,
            headline,
            what_if,
        })
    }

    /// The rows that name a commitment, by the shape of their table.
    fn rows_of<'r>(&self, name: &str, rows: &'r [RowReading<'d>]) -> CommitmentRows<'r, 'd> {
        let draft = self.draft;
        let with_shape = |shape: Shape| -> Vec<&'r RowReading<'d>> {
            rows.iter()
                .filter(|r| same_name(r.commitment, name))
                .filter(|r| draft.tables[r.table].shape == shape)
                .collect()
        };
        let mut dated = with_shape(Shape::PerDate);
        dated.retain(|r| r.date.is_some());
        dated.sort_by_key(|r| r.date);
        CommitmentRows {
            own: with_shape(Shape::PerCommitment),
            shares: with_shape(Shape::PerContributor),
            dated,
        }
    }

    /// A commitment given twice in tables of commitments is reported at its later rows.
    fn report_repeated(&mut self, found: &CommitmentRows<'_, 'd>, name: &str) {
        for later in found.own.iter().skip(1) {
            let location = match self.figure_cell(later, Role::Label) {
                Location::Table { .. } => self.figure_cell(later, Role::Commitment),
                other => other,
            };
            self.report(
                location,
                ProblemKind::Twice {
                    text: name.to_owned(),
                    first_row: found.own[0].row.line,
                },
            );
        }
    }

    /// The pledged and delivered figures: from the commitment's own row, else the sum of
    /// its contributors, else (delivered only) its latest date.
    fn figures(
        &mut self,
        path: &str,
        name: &str,
        found: &CommitmentRows<'_, 'd>,
        at: Location,
    ) -> (PledgedReading, Option<NumberReading>) {
        if let Some(own) = found.own.first() {
            self.place(
                format!("{path}.pledged"),
                self.figure_cell(own, Role::Pledged),
            );
            self.place(
                format!("{path}.delivered"),
                self.figure_cell(own, Role::Delivered),
            );
            let pledged = own
                .pledged
                .map(|r| (r, self.figure_cell(own, Role::Pledged)));
            return (pledged, own.delivered);
        }
        let name = name.to_owned();
        if !found.shares.is_empty() {
            self.notes.push(EditorNote {
                location: at.clone(),
                kind: NoteKind::TotalFromContributors { name },
            });
            let pledged = self.total(found.shares.iter().map(|r| r.pledged), at.clone());
            let delivered = self.total(found.shares.iter().map(|r| r.delivered), at.clone());
            return (pledged.map(|r| (r, at)), delivered);
        }
        if let Some(latest) = found.dated.last() {
            self.notes.push(EditorNote {
                location: at,
                kind: NoteKind::DeliveredFromLatestDate { name },
            });
            return (None, latest.delivered);
        }
        let incomplete = found
            .own
            .iter()
            .chain(&found.shares)
            .chain(&found.dated)
            .any(|r| !r.complete);
        if !incomplete {
            self.report(at, ProblemKind::NoFigures { name });
        }
        (None, None)
    }

    /// The pledged figure the dataset gets: `Some(None)` when only a share was delivered,
    /// `None` when it cannot be had (reported).
    fn pledged(
        &mut self,
        pledged: PledgedReading,
        delivered: Option<&Delivered>,
        name: &str,
        at: Location,
    ) -> Option<Option<Figure>> {
        match pledged {
            Some((reading, _)) if !reading.percent => Some(Some(Figure {
                value: reading.value,
                qualifier: reading.qualifier,
            })),
            Some((reading, location)) => {
                self.report(
                    location,
                    ProblemKind::PercentNotAllowed {
                        text: format!("{} %", reading.value),
                    },
                );
                None
            }
            None if matches!(delivered, Some(Delivered::ShareOfPledge(_))) => Some(None),
            None => {
                if delivered.is_some() {
                    self.report(
                        at,
                        ProblemKind::NoPledged {
                            name: name.to_owned(),
                        },
                    );
                }
                None
            }
        }
    }

    /// A commitment's unit; money takes its own currency, else `currency` (the dataset's,
    /// else a sign typed in its cells).
    fn unit(&mut self, position: usize, currency: Option<&str>) -> Option<Unit> {
        let description = &self.draft.commitments[position];
        let at = |field| Self::field(field, Some(position), description.name.trim());
        match description.unit {
            UnitChoice::Money => match description.currency.trim() {
                "" => match currency {
                    Some(code) => Some(Unit::Money {
                        currency: code.to_owned(),
                    }),
                    None => {
                        self.report(at(Field::CommitmentCurrency), ProblemKind::Empty);
                        None
                    }
                },
                typed => self
                    .currency(typed, at(Field::CommitmentCurrency))
                    .map(|currency| Unit::Money { currency }),
            },
            UnitChoice::People => Some(Unit::People),
            UnitChoice::Count => self
                .text(&description.unit_name, at(Field::UnitName), true)
                .map(|name| Unit::Count { name }),
        }
    }

    /// The sum of contributors' figures, with the qualifier the sum keeps.
    fn total(
        &mut self,
        figures: impl Iterator<Item = Option<NumberReading>>,
        location: Location,
    ) -> Option<NumberReading> {
        let mut total: Option<NumberReading> = None;
        for reading in figures {
            let reading = reading?;
            total = Some(match total {
                None => reading,
                Some(sum) => {
                    let qualifier = match (sum.qualifier, reading.qualifier) {
                        (Qualifier::LessThan, Qualifier::MoreThan)
                        | (Qualifier::MoreThan, Qualifier::LessThan) => {
                            self.report(location, ProblemKind::BoundsDoNotAdd);
                            return None;
                        }
                        (bound @ (Qualifier::LessThan | Qualifier::MoreThan), _)
                        | (_, bound @ (Qualifier::LessThan | Qualifier::MoreThan)) => bound,
                        (Qualifier::Approximate, _) | (_, Qualifier::Approximate) => {
                            Qualifier::Approximate
                        }
                        _ => Qualifier::Exact,
                    };
                    NumberReading {
                        value: sum.value + reading.value,
                        qualifier,
                        percent: sum.percent || reading.percent,
                        currency: sum.currency.or(reading.currency),
                    }
                }
            });
        }
        total
    }
}
