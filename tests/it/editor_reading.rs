//! The words the editor's readers recognise: every language of the catalogue gives them,
//! and every language's words are read whatever the editor's language.

use pledgeviz::date::Date;
use pledgeviz::editor::dates::read_date;
use pledgeviz::i18n::{capitalised, editor, Lang, ReadingWords};

fn reading(lang: Lang) -> &'static ReadingWords {
    &editor(lang).reading
}

#[test]
fn every_language_names_every_month() {
    for &lang in Lang::ALL {
        for (month, names) in (1..).zip(reading(lang).months) {
            assert!(!names.is_empty(), "{lang:?} has no name for month {month}");
        }
    }
}

#[test]
fn every_languages_month_names_are_read_as_written_and_capitalised() {
    for &lang in Lang::ALL {
        for (month, names) in (1..).zip(reading(lang).months) {
            for name in names {
                for cell in [
                    format!("26 {name} 2025"),
                    format!("26 {}. 2025", capitalised(name)),
                    format!("{} 26, 2025", capitalised(name)),
                ] {
                    assert_eq!(
                        read_date(&cell, None),
                        Ok(Date::from_ymd(2025, month, 26)),
                        "{lang:?}: {cell}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_languages_weekdays_and_ordinals_are_read() {
    for &lang in Lang::ALL {
        let words = reading(lang);
        let fillers = words
            .date_fillers
            .iter()
            .map(|filler| format!("{filler} 1 june 2025"));
        let ordinals = words
            .ordinal_endings
            .iter()
            .map(|ending| format!("1{ending} june 2025"));
        for cell in fillers.chain(ordinals) {
            assert_eq!(
                read_date(&cell, None),
                Ok(Date::from_ymd(2025, 6, 1)),
                "{lang:?}: {cell}"
            );
        }
    }
}

#[test]
fn month_names_are_read_without_their_accents() {
    for (cell, iso) in [
        ("2 fevrier 2025", "2025-02-02"),
        ("15 aout 2025", "2025-08-15"),
        ("1 DÉC. 2025", "2025-12-01"),
        ("miercoles 5 de marzo de 2025", "2025-03-05"),
    ] {
        assert_eq!(read_date(cell, None), Ok(Date::parse(iso)), "{cell}");
    }
}
