//! Rows that add up the others: a spreadsheet of donors often ends (or starts) with a
//! "Total" row whose figures are the columns' sums. Counted as one more contributor, it
//! would double every total, so such a row (see [`DraftTable::total_rows`]) is left out:
//! with a note when its figures are the sums of the other rows, with a problem at the
//! figure that is not, since the label and the figures then disagree and only the
//! journalist knows which is right.

use super::{same_figure, Builder};
use crate::editor::draft::{same_name, DraftTable};
use crate::editor::guess::{Role, Shape};
use crate::editor::numbers::NumberReading;
use crate::editor::problem::{EditorNote, NoteKind, ProblemKind};

/// A column of figures as read: `Err(())` marks a cell already reported.
pub(super) type FigureCells = [Result<Option<NumberReading>, ()>];

impl Builder<'_> {
    /// Checks each total row's figures against the sums of the other rows (those of its
    /// commitment, when a column names it): a note when they agree, a problem at each
    /// figure that does not. Nothing is said while another row's figure is unreadable
    /// (already reported).
    pub(super) fn leave_out_totals(
        &mut self,
        position: usize,
        table: &DraftTable,
        totals: &[bool],
        pledged: &FigureCells,
        delivered: &FigureCells,
    ) {
        let Some((name_column, counted_as)) = table.name_column() else {
            return;
        };
        let rows = &table.table.rows;
        let grouped = table.shape == Shape::PerContributor && table.commitment_column().is_some();
        for (index, row) in rows.iter().enumerate().filter(|(index, _)| totals[*index]) {
            let commitment = table.commitment_of(row).trim();
            let others: Vec<usize> = (0..rows.len())
                .filter(|&other| !totals[other])
                .filter(|&other| {
                    !grouped
                        || commitment.is_empty()
                        || same_name(table.commitment_of(&rows[other]), commitment)
                })
                .collect();
            let mut unreadable = false;
            let mut disagrees = false;
            for (role, cells) in [(Role::Pledged, pledged), (Role::Delivered, delivered)] {
                let figure = match cells[index] {
                    Ok(Some(reading)) if !reading.percent => reading,
                    Ok(_) => continue,
                    Err(()) => {
                        unreadable = true;
                        continue;
                    }
                };
                let mut sum = 0.0;
                for &other in &others {
                    match cells[other] {
                        Ok(Some(reading)) if !reading.percent => sum += reading.value,
                        Ok(_) => {}
                        Err(()) => unreadable = true,
                    }
                }
                if unreadable || same_figure(figure.value, sum, false) {
                    continue;
                }
                disagrees = true;
                let Some(&column) = table.columns_with(role).first() else {
                    continue;
                };
                self.report(
                    self.cell(position, row, column),
                    ProblemKind::TotalDoesNotAdd {
                        text: row.cells[name_column].clone(),
                        figure: row.cells[column].clone(),
                        sum,
                    },
                );
            }
            if !unreadable && !disagrees {
                self.notes.push(EditorNote {
                    location: self.cell(position, row, name_column),
                    kind: NoteKind::TotalRowLeftOut {
                        text: row.cells[name_column].clone(),
                        counted_as,
                    },
                });
            }
        }
    }
}
