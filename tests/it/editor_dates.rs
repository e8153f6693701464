//! Dates as journalists type them, and the order of day and month read by column.

use pledgeviz::date::Date;
use pledgeviz::editor::dates::{read_date, read_date_column, DateOrder, DateRefusal, OrderFinding};

#[track_caller]
fn check(cell: &str, iso: &str) {
    assert_eq!(read_date(cell, None), Ok(Date::parse(iso)), "{cell}");
}

#[track_caller]
fn refused(cell: &str, refusal: DateRefusal) {
    assert_eq!(read_date(cell, None), Err(refusal), "{cell}");
}

#[test]
fn every_way_of_writing_a_day() {
    check("2025-06-26", "2025-06-26");
    check("2025/06/26", "2025-06-26");
    check("26/06/2025", "2025-06-26");
    check("26.06.2025", "2025-06-26");
    check("26-06-2025", "2025-06-26");
    check("26 juin 2025", "2025-06-26");
    check("1er juin 2025", "2025-06-01");
    check("June 26, 2025", "2025-06-26");
    check("26 June 2025", "2025-06-26");
    check("26 de junio de 2025", "2025-06-26");
    check("jeudi 26 juin 2025", "2025-06-26");
    check("2 févr. 2025", "2025-02-02");
    check("1st Aug 2025", "2025-08-01");
    check("15 août 2025", "2025-08-15");
    check("  05/05/2025 ", "2025-05-05");
    assert_eq!(read_date("", None), Ok(None));
}

#[test]
fn impossible_and_unknown_dates_are_refused() {
    refused("31/02/2025", DateRefusal::Impossible);
    refused("2025-02-29", DateRefusal::Impossible);
    refused("31 février 2025", DateRefusal::Impossible);
    refused("13/13/2025", DateRefusal::Impossible);
    refused(
        "26 juni 2025",
        DateRefusal::UnknownMonth {
            word: "juni".to_owned(),
        },
    );
    refused(
        "hier",
        DateRefusal::UnknownMonth {
            word: "hier".to_owned(),
        },
    );
    refused("26 juin", DateRefusal::NotADate);
    refused("2025", DateRefusal::NotADate);
    refused("12abc", DateRefusal::NotADate);
    refused("26/06/25", DateRefusal::NotADate);
    refused("26 juin 1066", DateRefusal::NotADate);
}

#[test]
fn ambiguous_order_is_asked_never_guessed() {
    assert_eq!(read_date("03/04/2025", None), Err(DateRefusal::NeedsOrder));
    let column = read_date_column(&["03/04/2025", "05/06/2025"], None);
    assert_eq!(column.order, OrderFinding::Ask { example: 0 });
    assert_eq!(column.cells[1], Err(DateRefusal::NeedsOrder));
}

#[test]
fn one_cell_with_a_day_over_twelve_settles_the_column() {
    let column = read_date_column(&["03/04/2025", "26/06/2025", "2025-07-01"], None);
    assert_eq!(
        column.order,
        OrderFinding::Shown {
            order: DateOrder::DayFirst,
            by: 1
        }
    );
    assert_eq!(column.cells[0], Ok(Date::parse("2025-04-03")));
    let column = read_date_column(&["03/04/2025", "06/26/2025"], None);
    assert_eq!(column.cells[0], Ok(Date::parse("2025-03-04")));
}

#[test]
fn the_journalists_choice_answers_the_question() {
    let column = read_date_column(&["03/04/2025"], Some(DateOrder::MonthFirst));
    assert_eq!(column.cells[0], Ok(Date::parse("2025-03-04")));
    assert_eq!(
        read_date("03/04/2025", Some(DateOrder::DayFirst)),
        Ok(Date::parse("2025-04-03"))
    );
}

#[test]
fn column_with_both_orders_is_reported() {
    let column = read_date_column(&["26/06/2025", "06/27/2025", "03/04/2025"], None);
    assert_eq!(
        column.order,
        OrderFinding::Mixed {
            day_first: 0,
            month_first: 1
        }
    );
    assert_eq!(column.cells[2], Err(DateRefusal::NeedsOrder));
}
