//! Reading the draft's tables: every cell of every column with a role, each problem at
//! its cell, column or table.

use super::{date_problem, Builder, RowReading};
use crate::date::Date;
use crate::editor::dates::{read_date_column, DateRefusal, OrderFinding};
use crate::editor::draft::DraftTable;
use crate::editor::guess::{Role, Shape};
use crate::editor::numbers::{read_number_column, NumberReading, NumberRefusal};
use crate::editor::problem::{EditorNote, Location, NoteKind, ProblemKind};
use crate::editor::table::Row;

impl<'d> Builder<'d> {
    /// Reads every table's cells, reporting what cannot be read.
    pub(super) fn read_tables(&mut self) -> Vec<RowReading<'d>> {
        let draft = self.draft;
        if draft.tables.is_empty() {
            self.report(Location::Draft, ProblemKind::NoTable);
        }
        let mut readings = Vec::new();
        for (position, table) in draft.tables.iter().enumerate() {
            readings.extend(self.read_table(position, table));
        }
        readings
    }

    fn read_table(&mut self, position: usize, table: &'d DraftTable) -> Vec<RowReading<'d>> {
        let rows = &table.table.rows;
        for role in Role::ALL.into_iter().filter(|&role| role != Role::Ignore) {
            if let Some(&second) = table.columns_with(role).get(1) {
                self.report(
                    self.column(position, second),
                    ProblemKind::ColumnTwice { role },
                );
            }
        }
        let mut complete_table = true;
        for &role in table.shape.required_roles() {
            let named_by_table = role == Role::Label && table.commitment_column().is_some();
            if table.columns_with(role).is_empty() && !named_by_table {
                self.report(self.table(position), ProblemKind::MissingColumn { role });
                complete_table = false;
            }
        }
        if table.shape != Shape::PerCommitment
            && table.commitment_column().is_none()
            && table.commitment.trim().is_empty()
        {
            self.report(self.table(position), ProblemKind::NoCommitmentNamed);
            complete_table = false;
        }
        let column_of = |role: Role| table.columns_with(role).first().copied();
        let pledged = match table.shape {
            Shape::PerDate => vec![Ok(None); rows.len()],
            _ => self.numbers(position, column_of(Role::Pledged)),
        };
        let delivered = self.numbers(position, column_of(Role::Delivered));
        let dates = match table.shape {
            Shape::PerDate => self.dates(position, column_of(Role::Date)),
            _ => vec![None; rows.len()],
        };
        let totals = table.total_rows();
        self.leave_out_totals(position, table, &totals, &pledged, &delivered);
        let notes = table.note_rows();
        let mut readings = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            if notes[index] {
                if let Some(column) = row.cells.iter().position(|cell| !cell.trim().is_empty()) {
                    self.notes.push(EditorNote {
                        location: self.cell(position, row, column),
                        kind: NoteKind::NoteRowLeftOut {
                            text: row.cells[column].trim().to_owned(),
                        },
                    });
                }
                continue;
            }
            if totals[index] {
                continue;
            }
            let mut complete = complete_table;
            let mut required = |builder: &mut Self, column: Option<usize>| {
                let (typed, present) = builder.required_cell(position, row, column);
                complete &= present;
                typed
            };
            let commitment = match table.commitment_column() {
                Some(column) => required(self, Some(column)),
                None => table.commitment.trim(),
            };
            let contributor = match table.shape {
                Shape::PerContributor => required(self, column_of(Role::Contributor)),
                _ => "",
            };
            let delivered = match &delivered[index] {
                Ok(Some(reading)) => Some(*reading),
                Ok(None) => {
                    required(self, column_of(Role::Delivered));
                    None
                }
                Err(()) => {
                    required(self, None);
                    None
                }
            };
            let pledged = match &pledged[index] {
                Ok(Some(reading)) => Some(*reading),
                Ok(None) if table.shape == Shape::PerContributor => {
                    required(self, column_of(Role::Pledged));
                    None
                }
                Ok(None) => None,
                Err(()) => {
                    required(self, None);
                    None
                }
            };
            let date = dates[index];
            if table.shape == Shape::PerDate && date.is_none() {
                required(self, None);
            }
            readings.push(RowReading {
                table: position,
                row,
                commitment,
                contributor,
                pledged,
                delivered,
                date,
                complete,
            });
        }
        readings
    }

    /// The trimmed text of a cell that must not be empty, and whether it is there; an
    /// empty one is reported. No column counts as a cell already reported.
    fn required_cell(
        &mut self,
        table: usize,
        row: &'d Row,
        column: Option<usize>,
    ) -> (&'d str, bool) {
        let Some(column) = column else {
            return ("", false);
        };
        let typed = row.cells.get(column).map_or("", |cell| cell.trim());
        if typed.is_empty() {
            self.report(self.cell(table, row, column), ProblemKind::Empty);
        }
        (typed, !typed.is_empty())
    }

    /// Reads a column of figures; `Err(())` marks a cell already reported.
    fn numbers(
        &mut self,
        table: usize,
        column: Option<usize>,
    ) -> Vec<Result<Option<NumberReading>, ()>> {
        let rows = &self.draft.tables[table].table.rows;
        let Some(column) = column else {
            return vec![Ok(None); rows.len()];
        };
        let cells = self.cells(table, column);
        let read = read_number_column(&cells, self.draft.language);
        if let Some((comma, point)) = read.mixed {
            self.report(
                self.column(table, column),
                ProblemKind::MixedMarks {
                    decimal_comma_row: rows[comma].line,
                    decimal_point_row: rows[point].line,
                },
            );
        }
        if let (Some(example), Some(mark)) = (read.decided_by_language, read.decimal_mark) {
            self.notes.push(EditorNote {
                location: self.column(table, column),
                kind: NoteKind::MarksFromLanguage {
                    decimal_mark: mark.character(),
                    example: cells[example].to_owned(),
                },
            });
        }
        let mut results = Vec::new();
        for (index, cell) in read.cells.into_iter().enumerate() {
            let text = cells[index].to_owned();
            let kind = match cell {
                Ok(reading) => {
                    results.push(Ok(reading));
                    continue;
                }
                Err(NumberRefusal::MixedMarks) => None,
                Err(NumberRefusal::NotANumber) => Some(ProblemKind::NotANumber { text }),
                Err(NumberRefusal::Negative) => Some(ProblemKind::Negative { text }),
                Err(NumberRefusal::TooLarge) => Some(ProblemKind::TooLarge { text }),
            };
            if let Some(kind) = kind {
                self.report(self.cell(table, &rows[index], column), kind);
            }
            results.push(Err(()));
        }
        results
    }

    /// A column's cells as the build reads them (see [`DraftTable::column_cells`]).
    fn cells(&self, table: usize, column: usize) -> Vec<&'d str> {
        self.draft.tables[table].column_cells(column)
    }

    /// Reads a column of dates; `None` for a cell that is empty or already reported.
    fn dates(&mut self, table: usize, column: Option<usize>) -> Vec<Option<Date>> {
        let draft_table = &self.draft.tables[table];
        let rows = &draft_table.table.rows;
        let Some(column) = column else {
            return vec![None; rows.len()];
        };
        let cells = self.cells(table, column);
        let notes = draft_table.note_rows();
        let read = read_date_column(&cells, draft_table.date_order);
        match read.order {
            OrderFinding::Ask { example } => self.report(
                self.column(table, column),
                ProblemKind::AskDateOrder {
                    example: cells[example].to_owned(),
                },
            ),
            OrderFinding::Mixed {
                day_first,
                month_first,
            } => self.report(
                self.column(table, column),
                ProblemKind::MixedDateOrders {
                    day_first_row: rows[day_first].line,
                    month_first_row: rows[month_first].line,
                },
            ),
            _ => {}
        }
        let mut dates = Vec::new();
        for (index, cell) in read.cells.into_iter().enumerate() {
            let location = self.cell(table, &rows[index], column);
            match cell {
                Ok(Some(date)) => dates.push(Some(date)),
                Ok(None) if notes[index] => dates.push(None),
                Ok(None) => {
                    self.report(location, ProblemKind::Empty);
                    dates.push(None);
                }
                Err(DateRefusal::NeedsOrder) => dates.push(None),
                Err(refusal) => {
                    self.report(location, date_problem(refusal, cells[index]));
                    dates.push(None);
                }
            }
        }
        dates
    }

    /// Where a figure of a row came from, for mapping validator problems back.
    pub(super) fn figure_cell(&self, reading: &RowReading, role: Role) -> Location {
        let table = &self.draft.tables[reading.table];
        match table.columns_with(role).first() {
            Some(&column) => self.cell(reading.table, reading.row, column),
            None => self.table(reading.table),
        }
    }

    pub(super) fn typed(&self, reading: &RowReading, role: Role) -> String {
        let table = &self.draft.tables[reading.table];
        table
            .columns_with(role)
            .first()
            .and_then(|&column| reading.row.cells.get(column))
            .cloned()
            .unwrap_or_default()
    }
}
