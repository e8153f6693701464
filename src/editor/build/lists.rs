//! The dataset's lists besides commitments: contributors, dated observations, events and
//! notes, and the commitments' deadline labels.

use super::{delivered_of, unique_id, Builder, RowReading};
use crate::date::Date;
use crate::editor::draft::{same_name, DraftText, EventKindChoice};
use crate::editor::guess::{Role, Shape};
use crate::editor::numbers::NumberReading;
use crate::editor::problem::{Field, ProblemKind};
use crate::model::*;

impl<'d> Builder<'d> {
    pub(super) fn contributors(&mut self, rows: &[RowReading<'d>]) -> Vec<Contributor> {
        let draft = self.draft;
        let mut names: Vec<&str> = draft.contributors.iter().map(|c| c.name.trim()).collect();
        for reading in rows {
            if !reading.contributor.is_empty()
                && !names
                    .iter()
                    .any(|known| same_name(known, reading.contributor))
            {
                names.push(reading.contributor);
            }
        }
        let mut ids = Vec::new();
        let mut contributors = Vec::new();
        for (position, name) in names.iter().enumerate() {
            let description = draft.contributors.iter().find(|c| same_name(&c.name, name));
            let at = Self::field(Field::Contributor, Some(position), name);
            self.place(format!("contributors[{position}]"), at.clone());
            let id = unique_id(
                description.map_or("", |d| d.id.as_str()),
                name,
                "contributor",
                &mut ids,
            );
            let display = match description {
                Some(d) if !d.names.is_blank() => self.text(&d.names, at.clone(), true),
                _ => self.text(&DraftText::plain(name), at.clone(), true),
            };
            let mut shares: Vec<ContributorShare> = Vec::new();
            let mut first_rows: Vec<(usize, usize)> = Vec::new();
            for reading in rows.iter().filter(|r| same_name(r.contributor, name)) {
                let Some(commitment) = draft
                    .commitments
                    .iter()
                    .position(|c| same_name(&c.name, reading.commitment))
                else {
                    continue;
                };
                let cell = self.figure_cell(reading, Role::Contributor);
                self.place(
                    format!("contributors[{position}].pledges[{}]", shares.len()),
                    cell.clone(),
                );
                if let Some(&(_, first_row)) = first_rows.iter().find(|(c, _)| *c == commitment) {
                    self.report(
                        cell,
                        ProblemKind::Twice {
                            text: format!("{name} · {}", reading.commitment),
                            first_row,
                        },
                    );
                    continue;
                }
                first_rows.push((commitment, reading.row.line));
                let amount = |builder: &mut Self, reading_of: Option<NumberReading>, role| {
                    let reading_of = reading_of?;
                    if reading_of.percent {
                        let location = builder.figure_cell(reading, role);
                        builder.report(
                            location,
                            ProblemKind::PercentNotAllowed {
                                text: format!("{} %", reading_of.value),
                            },
                        );
                        return None;
                    }
                    Some(Figure {
                        value: reading_of.value,
                        qualifier: reading_of.qualifier,
                    })
                };
                let pledged = amount(self, reading.pledged, Role::Pledged);
                let delivered = amount(self, reading.delivered, Role::Delivered);
                if let (Some(pledged), Some(delivered)) = (pledged, delivered) {
                    shares.push(ContributorShare {
                        commitment,
                        pledged,
                        delivered,
                    });
                }
            }
            if let Some(name) = display {
                contributors.push(Contributor { id, name, shares });
            }
        }
        contributors
    }

    pub(super) fn observations(
        &mut self,
        rows: &[RowReading<'d>],
        as_of: Option<Date>,
    ) -> Vec<Observation> {
        let draft = self.draft;
        let mut observations = Vec::new();
        for (commitment, description) in draft.commitments.iter().enumerate() {
            let mut dated: Vec<&RowReading> = rows
                .iter()
                .filter(|r| {
                    draft.tables[r.table].shape == Shape::PerDate
                        && same_name(r.commitment, &description.name)
                })
                .collect();
            dated.sort_by_key(|r| r.date);
            let mut previous: Option<&RowReading> = None;
            for reading in dated {
                let (Some(date), Some(delivered)) = (reading.date, reading.delivered) else {
                    continue;
                };
                let cell = self.figure_cell(reading, Role::Date);
                let typed = self.typed(reading, Role::Date);
                if previous.and_then(|p| p.date) == Some(date) {
                    let first_row = previous.map_or(0, |p| p.row.line);
                    self.report(
                        cell,
                        ProblemKind::Twice {
                            text: typed,
                            first_row,
                        },
                    );
                    continue;
                }
                if as_of.is_some_and(|as_of| date > as_of) {
                    self.report(cell, ProblemKind::AfterAsOf { text: typed });
                    continue;
                }
                previous = Some(reading);
                self.place(format!("observations[{}]", observations.len()), cell);
                observations.push(Observation {
                    commitment,
                    date,
                    delivered: delivered_of(&delivered),
                    source: draft.tables[reading.table].source,
                });
            }
        }
        observations
    }

    pub(super) fn events(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        for (position, event) in self.draft.events.iter().enumerate() {
            let name = event.label.get(self.draft.language);
            let at = |field| Self::field(field, Some(position), name);
            let path = format!("events[{position}]");
            self.place(path.clone(), at(Field::EventLabel));
            self.place(format!("{path}.date"), at(Field::EventDate));
            let date = self.date(&event.date, at(Field::EventDate), true);
            let label = self.text(&event.label, at(Field::EventLabel), true);
            let source = self.source_ref(event.source, at(Field::EventLabel));
            let kind = match event.kind {
                EventKindChoice::Approval => EventKind::Approval,
                EventKindChoice::Renewal => EventKind::Renewal,
                EventKindChoice::Deployment => EventKind::Deployment,
                EventKindChoice::Statement => EventKind::Statement,
                EventKindChoice::MandateEnd => EventKind::MandateEnd,
                EventKindChoice::Other => EventKind::Other,
            };
            if let (Some(date), Some(label)) = (date, label) {
                events.push(Event {
                    date,
                    approximate_date: event.approximate_date,
                    label,
                    kind,
                    source,
                });
            }
        }
        events
    }

    pub(super) fn notes(&mut self) -> Vec<Note> {
        let mut notes = Vec::new();
        for (position, note) in self.draft.notes.iter().enumerate() {
            let at = Self::field(Field::NoteText, Some(position), "");
            self.place(format!("notes[{position}]"), at.clone());
            let text = self.text(&note.text, at.clone(), true);
            let source = self.source_ref(note.source, at);
            if let Some(text) = text {
                notes.push(Note { text, source });
            }
        }
        notes
    }
}
