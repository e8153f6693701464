//! Figures as journalists type them, read one cell or one column at a time.

use pledgeviz::editor::numbers::{
    read_number, read_number_column, DecimalMark, NumberReading, NumberRefusal,
};
use pledgeviz::i18n::Lang;
use pledgeviz::model::Qualifier;

#[track_caller]
fn check(cell: &str, value: f64, qualifier: Qualifier, percent: bool) {
    match read_number(cell, Lang::Fr) {
        Ok(Some(NumberReading {
            value: got,
            qualifier: got_qualifier,
            percent: got_percent,
            ..
        })) => {
            assert_eq!(got, value, "{cell}");
            assert_eq!(got_qualifier, qualifier, "{cell}");
            assert_eq!(got_percent, percent, "{cell}");
        }
        other => panic!("{cell}: {other:?}"),
    }
}

#[track_caller]
fn exact(cell: &str, value: f64) {
    check(cell, value, Qualifier::Exact, false);
}

#[track_caller]
fn refused(cell: &str, refusal: NumberRefusal) {
    assert_eq!(read_number(cell, Lang::Fr), Err(refusal), "{cell}");
}

#[test]
fn thousands_separators_of_every_convention() {
    exact("600 000 000", 600_000_000.0);
    exact("600\u{a0}000\u{a0}000", 600_000_000.0);
    exact("600\u{202f}000\u{202f}000", 600_000_000.0);
    exact("600,000,000", 600_000_000.0);
    exact("600.000.000", 600_000_000.0);
    exact("1'000'000", 1_000_000.0);
    exact("1 234,5", 1234.5);
    exact("1.234,5", 1234.5);
    exact("1,234.5", 1234.5);
    exact("68", 68.0);
}

#[test]
fn decimals_that_cannot_be_thousands_are_decimals() {
    exact("68,5", 68.5);
    exact("68.5", 68.5);
    exact("0,125", 0.125);
    exact("1234,567", 1234.567);
    exact("12,34", 12.34);
}

#[test]
fn multipliers_and_currencies() {
    exact("1,2 Md", 1_200_000_000.0);
    exact("1.2 bn", 1_200_000_000.0);
    exact("1.2B", 1_200_000_000.0);
    exact("68 M$", 68_000_000.0);
    exact("68 M€", 68_000_000.0);
    exact("$68M", 68_000_000.0);
    exact("68 millions", 68_000_000.0);
    exact("68 millions de dollars", 68_000_000.0);
    exact("68 millones", 68_000_000.0);
    exact("68 million", 68_000_000.0);
    exact("68,5 M$", 68_500_000.0);
    exact("2 mil millones", 2_000_000_000.0);
    exact("5 k", 5_000.0);
    exact("USD 68M", 68_000_000.0);
    let reading = read_number("68 M€", Lang::Fr).ok().flatten();
    assert_eq!(reading.and_then(|r| r.currency), Some("EUR"));
    let reading = read_number("$68M", Lang::Fr).ok().flatten();
    assert_eq!(reading.and_then(|r| r.currency), Some("USD"));
}

#[test]
fn percentages() {
    check("40 %", 40.0, Qualifier::Exact, true);
    check("40%", 40.0, Qualifier::Exact, true);
    check("40\u{a0}%", 40.0, Qualifier::Exact, true);
    check("12,5 %", 12.5, Qualifier::Exact, true);
    check("40 pour cent", 40.0, Qualifier::Exact, true);
}

#[test]
fn qualifiers_in_three_languages() {
    use Qualifier::*;
    for (cell, value, qualifier, percent) in [
        ("< 40 %", 40.0, LessThan, true),
        ("moins de 40 %", 40.0, LessThan, true),
        ("environ 1 000", 1000.0, Approximate, false),
        ("≈ 1000", 1000.0, Approximate, false),
        ("~1000", 1000.0, Approximate, false),
        ("> 200", 200.0, MoreThan, false),
        ("au moins 200", 200.0, MoreThan, false),
        ("plus de 200", 200.0, MoreThan, false),
        ("about 200", 200.0, Approximate, false),
        ("around 200", 200.0, Approximate, false),
        ("at least 200", 200.0, MoreThan, false),
        ("more than 200", 200.0, MoreThan, false),
        ("less than 200", 200.0, LessThan, false),
        ("under 200", 200.0, LessThan, false),
        ("over 200", 200.0, MoreThan, false),
        ("up to 200", 200.0, LessThan, false),
        ("jusqu’à 200", 200.0, LessThan, false),
        ("hasta 200", 200.0, LessThan, false),
        ("menos de 40 %", 40.0, LessThan, true),
        // As Spanish newspapers write percentages, and as the editor's own hint says.
        ("menos del 40 %", 40.0, LessThan, true),
        ("más del 18 %", 18.0, MoreThan, true),
        ("alrededor del 50 %", 50.0, Approximate, true),
        ("más de 200", 200.0, MoreThan, false),
        ("al menos 200", 200.0, MoreThan, false),
        ("unos 200", 200.0, Approximate, false),
        ("alrededor de 200", 200.0, Approximate, false),
        ("aproximadamente 200", 200.0, Approximate, false),
        ("cerca de 200", 200.0, Approximate, false),
        ("Environ 68 M$", 68e6, Approximate, false),
    ] {
        check(cell, value, qualifier, percent);
    }
}

#[test]
fn refusals_have_kinds() {
    refused("12abc", NumberRefusal::NotANumber);
    refused("abc", NumberRefusal::NotANumber);
    refused("overall 12", NumberRefusal::NotANumber);
    refused("1,,2", NumberRefusal::NotANumber);
    refused("1,234 567", NumberRefusal::NotANumber);
    refused("1,2.345", NumberRefusal::NotANumber);
    refused("12 %%", NumberRefusal::NotANumber);
    refused("40 M%", NumberRefusal::NotANumber);
    refused("-5", NumberRefusal::Negative);
    refused("−5 M$", NumberRefusal::Negative);
    refused("moins de -5", NumberRefusal::Negative);
    refused("2 000 000 Md", NumberRefusal::TooLarge);
    refused("20 000 %", NumberRefusal::TooLarge);
}

#[test]
fn empty_cells_are_nothing_not_refusals() {
    assert_eq!(read_number("", Lang::Fr), Ok(None));
    assert_eq!(read_number("  \u{a0}", Lang::Fr), Ok(None));
}

#[test]
fn ambiguous_cell_reads_with_the_rest_of_its_column() {
    let column = read_number_column(&["1,234", "68,5"], Lang::En);
    assert_eq!(column.decimal_mark, Some(DecimalMark::Comma));
    assert_eq!(column.decided_by_language, None);
    assert_eq!(column.cells[0].map(|c| c.map(|r| r.value)), Ok(Some(1.234)));

    let column = read_number_column(&["1.234", "1.000.000"], Lang::En);
    assert_eq!(
        column.cells[0].map(|c| c.map(|r| r.value)),
        Ok(Some(1234.0))
    );

    let column = read_number_column(&["1,234", "2,500.5"], Lang::Fr);
    assert_eq!(
        column.cells[0].map(|c| c.map(|r| r.value)),
        Ok(Some(1234.0))
    );
}

#[test]
fn language_breaks_the_tie_only_without_evidence_and_says_so() {
    let column = read_number_column(&["12", "1,234"], Lang::Fr);
    assert_eq!(column.decided_by_language, Some(1));
    assert_eq!(column.cells[1].map(|c| c.map(|r| r.value)), Ok(Some(1.234)));
    let column = read_number_column(&["12", "1,234"], Lang::En);
    assert_eq!(
        column.cells[1].map(|c| c.map(|r| r.value)),
        Ok(Some(1234.0))
    );
    let column = read_number_column(&["1.234"], Lang::Es);
    assert_eq!(
        column.cells[0].map(|c| c.map(|r| r.value)),
        Ok(Some(1234.0))
    );
    let column = read_number_column(&["12", "600 000"], Lang::Fr);
    assert_eq!(column.decided_by_language, None);
}

#[test]
fn column_using_a_mark_both_ways_is_reported_never_guessed() {
    let column = read_number_column(&["68,5", "600,000,000", "1,234", "12"], Lang::Fr);
    assert_eq!(column.mixed, Some((0, 1)));
    assert_eq!(column.cells[0], Err(NumberRefusal::MixedMarks));
    assert_eq!(column.cells[1], Err(NumberRefusal::MixedMarks));
    assert_eq!(column.cells[2], Err(NumberRefusal::MixedMarks));
    assert_eq!(column.cells[3].map(|c| c.map(|r| r.value)), Ok(Some(12.0)));
}
