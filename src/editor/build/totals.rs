//! Rows that add up the others: a spreadsheet of donors often ends (or starts) with a
//! "Total" row whose figures are the columns' sums. Counted as one more contributor, it
//! would double every total, so such a row (see [`DraftTable::total_rows`]) is left out:
//! with a note when its figures are the sums of the other rows, with a problem at the
//! figure that is not, since the label and the figures then disagree and only the
//! journalist knows which is right. When the sum cannot be worked out ("less than" figures,
//! percentages), the row is still left out, as its name and place say, with a note that
//! says it was not checked.

use super::{same_figure, Builder};
use crate::editor::draft::{same_name, DraftTable};
use crate::editor::guess::{Role, Shape};
use crate::editor::numbers::NumberReading;
use crate::editor::problem::{EditorNote, NoteKind, ProblemKind};
use crate::model::Qualifier;

/// A column of figures as read: `Err(())` marks a cell already reported.
pub(super) type FigureCells = [Result<Option<NumberReading>, ()>];

/// What a total row's figure can be compared with.
enum Sum {
    /// Another row's figure is unreadable (already reported): nothing to say.
    Unreadable,
    /// A bound ("< 5 M€") or a percentage among the figures: no sum to compare with.
    Unknown,
    /// The sum of the other rows, and how much of it is only approximate.
    Known { value: f64, approximate: f64 },
}

/// The sum of the figures of `rows` in one column, as far as it can be worked out.
fn sum_of(cells: &FigureCells, rows: &[usize]) -> Sum {
    let mut value = 0.0;
    let mut approximate = 0.0;
    let mut unknown = false;
    // Every row is looked at: an unreadable one anywhere says nothing, even after a bound.
    for &row in rows {
        match cells[row] {
            Ok(Some(reading)) if reading.percent || is_bound(&reading) => unknown = true,
            Ok(Some(reading)) => {
                value += reading.value;
                if reading.qualifier == Qualifier::Approximate {
                    approximate += reading.value;
                }
            }
            Ok(None) => {}
            Err(()) => return Sum::Unreadable,
        }
    }
    if unknown {
        Sum::Unknown
    } else {
        Sum::Known { value, approximate }
    }
}

/// Whether a total agrees with the sum of the other rows: within a spreadsheet's rounding
/// of exact figures ([`same_figure`]), plus 5 % of the parts that are only approximate (the
/// total's own when it is one), so that one "≈ 1 M€" among 100 M€ of exact figures lets
/// the total differ by 50,000 €, not by 5 M€.
fn adds_up(total: f64, sum: f64, approximate: f64) -> bool {
    same_figure(total, sum, false)
        || (total - sum).abs() <= 0.005 * total.abs().max(sum.abs()) + 0.05 * approximate
}

fn is_bound(reading: &NumberReading) -> bool {
    matches!(reading.qualifier, Qualifier::LessThan | Qualifier::MoreThan)
}

impl Builder<'_> {
    /// Checks each total row's figures against the sums of the other rows (those of its
    /// commitment, when a column names it): a note when they agree (within an
    /// approximate figure's margin when either side is one), or when no sum can be worked
    /// out; a problem at each figure that does not agree. Nothing is said while another
    /// row's figure is unreadable (already reported).
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
            let (mut unreadable, mut unchecked, mut disagrees) = (false, false, false);
            for (role, cells) in [(Role::Pledged, pledged), (Role::Delivered, delivered)] {
                let figure = match cells[index] {
                    Ok(Some(reading)) => reading,
                    Ok(None) => continue,
                    Err(()) => {
                        unreadable = true;
                        continue;
                    }
                };
                let (sum, mut approximate) = match sum_of(cells, &others) {
                    Sum::Unreadable => {
                        unreadable = true;
                        continue;
                    }
                    Sum::Known { value, approximate } if !figure.percent && !is_bound(&figure) => {
                        (value, approximate)
                    }
                    Sum::Known { .. } | Sum::Unknown => {
                        unchecked = true;
                        continue;
                    }
                };
                if figure.qualifier == Qualifier::Approximate {
                    approximate += figure.value;
                }
                if adds_up(figure.value, sum, approximate) {
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
            if unreadable || disagrees {
                continue;
            }
            let text = row.cells[name_column].clone();
            self.notes.push(EditorNote {
                location: self.cell(position, row, name_column),
                kind: if unchecked {
                    NoteKind::TotalRowUnchecked { text, counted_as }
                } else {
                    NoteKind::TotalRowLeftOut { text, counted_as }
                },
            });
        }
    }
}
