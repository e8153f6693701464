//! Whether a commitment's figures agree across tables. A table of contributors (or of
//! commitments) gives the delivered figure the headline shows; a table of dates gives the
//! running total the timeline draws. On the date of the figures both describe the same
//! day, so a difference is refused: the chart would say two things at once. Before that
//! day a running total is usually lower; one that falls, between two dates or by the date
//! of the figures, is only noted, as disbursement figures are sometimes revised.

use super::{same_figure, Builder, RowReading};
use crate::date::Date;
use crate::editor::guess::Role;
use crate::editor::numbers::NumberReading;
use crate::editor::problem::{EditorNote, NoteKind, ProblemKind, Quantity};
use crate::model::Qualifier;

/// Two readings in one unit: as they are when both are amounts or both percentages, else
/// the percentage of `pledged` as an amount. `None` when they cannot be compared, or when
/// either is a bound ("less than 40 %" does not contradict "35 %").
fn comparable(
    a: &NumberReading,
    b: &NumberReading,
    pledged: Option<f64>,
) -> Option<(f64, f64, bool)> {
    let bound =
        |r: &NumberReading| matches!(r.qualifier, Qualifier::LessThan | Qualifier::MoreThan);
    if bound(a) || bound(b) {
        return None;
    }
    let approximate =
        a.qualifier == Qualifier::Approximate || b.qualifier == Qualifier::Approximate;
    let amount = |r: &NumberReading| match r.percent {
        false => Some(r.value),
        true => pledged.map(|pledged| r.value / 100.0 * pledged),
    };
    if a.percent == b.percent {
        Some((a.value, b.value, approximate))
    } else {
        Some((amount(a)?, amount(b)?, approximate))
    }
}

impl<'d> Builder<'d> {
    /// Checks a commitment's running totals (its dated rows in date order) against each
    /// other and against `total`, the delivered figure another table gives it, if any.
    pub(super) fn check_running_totals(
        &mut self,
        name: &str,
        dated: &[&RowReading<'d>],
        total: Option<NumberReading>,
        pledged: Option<f64>,
        as_of: Option<Date>,
    ) {
        // Rows after the date of the figures are refused elsewhere.
        let dated: Vec<(&RowReading<'d>, NumberReading)> = dated
            .iter()
            .filter(|r| match (r.date, as_of) {
                (Some(date), Some(as_of)) => date <= as_of,
                (date, _) => date.is_some(),
            })
            .filter_map(|r| Some((*r, r.delivered?)))
            .collect();
        for pair in dated.windows(2) {
            let [(earlier, before), (later, after)] = pair else {
                continue;
            };
            if earlier.date == later.date {
                continue;
            }
            if let Some((before, after, approximate)) = comparable(before, after, pledged) {
                if after < before && !same_figure(before, after, approximate) {
                    self.notes.push(EditorNote {
                        location: self.figure_cell(later, Role::Delivered),
                        kind: NoteKind::CumulativeFalls {
                            text: self.typed(later, Role::Delivered),
                            previous: self.typed(earlier, Role::Delivered),
                            row: earlier.row.line,
                        },
                    });
                }
            }
        }
        let (Some(total), Some(as_of), Some((latest, figure))) = (total, as_of, dated.last())
        else {
            return;
        };
        let Some((value, total_value, approximate)) = comparable(figure, &total, pledged) else {
            return;
        };
        let quantity = match total.percent {
            false => Quantity::Amount(total.value),
            true => Quantity::Share(total.value / 100.0),
        };
        let text = self.typed(latest, Role::Delivered);
        let location = self.figure_cell(latest, Role::Delivered);
        let name = name.to_owned();
        if latest.date == Some(as_of) {
            if !same_figure(value, total_value, approximate) {
                let kind = ProblemKind::DisagreesWithTotal {
                    text,
                    name,
                    total: quantity,
                };
                self.report(location, kind);
            }
        } else if value > total_value && !same_figure(value, total_value, approximate) {
            self.notes.push(EditorNote {
                location,
                kind: NoteKind::AboveLaterTotal {
                    text,
                    name,
                    total: quantity,
                },
            });
        }
    }
}
