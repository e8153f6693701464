//! The words the editor's readers recognise: every language of the catalogue gives them,
//! and every language's words are read whatever the editor's language.

use pledgeviz::date::Date;
use pledgeviz::editor::dates::read_date;
use pledgeviz::editor::guess::{guess_columns, role_of_header, Role, Shape};
use pledgeviz::editor::numbers::{read_number, NumberReading};
use pledgeviz::editor::table::read_table;
use pledgeviz::i18n::{capitalised, editor, Lang, ReadingWords};
use pledgeviz::model::Qualifier;

fn reading(lang: Lang) -> &'static ReadingWords {
    &editor(lang).reading
}

/// Each language's qualifier phrases, with the kind they say.
fn qualifiers(lang: Lang) -> [(Qualifier, &'static [&'static str]); 3] {
    let words = &reading(lang).qualifiers;
    [
        (Qualifier::Approximate, words.approximate),
        (Qualifier::LessThan, words.less_than),
        (Qualifier::MoreThan, words.more_than),
    ]
}

/// Each language's scale words, with the power of ten they say.
fn scales(lang: Lang) -> [(i32, &'static [&'static str]); 4] {
    let words = &reading(lang).scales;
    [
        (3, words.thousands),
        (6, words.millions),
        (9, words.thousand_millions),
        (12, words.million_millions),
    ]
}

/// Each language's header words, with the role they name.
fn headers(lang: Lang) -> [(Role, &'static [&'static str]); 6] {
    let words = &reading(lang).headers;
    [
        (Role::Label, words.label),
        (Role::Contributor, words.contributor),
        (Role::Pledged, words.pledged),
        (Role::Delivered, words.delivered),
        (Role::Date, words.date),
        (Role::Ignore, words.ignore),
    ]
}

#[test]
fn every_language_names_every_month_and_says_every_qualifier_and_role() {
    for &lang in Lang::ALL {
        for (month, names) in (1..).zip(reading(lang).months) {
            assert!(!names.is_empty(), "{lang:?} has no name for month {month}");
        }
        for (qualifier, phrases) in qualifiers(lang) {
            assert!(
                !phrases.is_empty(),
                "{lang:?} has no phrase for {qualifier:?}"
            );
        }
        for (power, words) in &scales(lang)[..2] {
            assert!(!words.is_empty(), "{lang:?} has no word for 10^{power}");
        }
        for (role, words) in headers(lang) {
            assert!(
                !words.is_empty(),
                "{lang:?} has no header word for {role:?}"
            );
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

#[track_caller]
fn check_figure(cell: &str, editor_language: Lang, expected: NumberReading) {
    assert_eq!(
        read_number(cell, editor_language),
        Ok(Some(expected)),
        "{cell} in an editor in {editor_language:?}"
    );
}

/// A figure as read, without a currency.
fn figure(value: f64, qualifier: Qualifier, percent: bool) -> NumberReading {
    NumberReading {
        value,
        qualifier,
        percent,
        currency: None,
    }
}

#[test]
fn every_languages_qualifiers_are_read_in_an_editor_in_any_language() {
    for &editor_language in Lang::ALL {
        for &lang in Lang::ALL {
            for (qualifier, phrases) in qualifiers(lang) {
                for phrase in phrases {
                    let expected = figure(200.0, qualifier, false);
                    check_figure(&format!("{phrase} 200"), editor_language, expected);
                    let capitalised = capitalised(phrase);
                    check_figure(&format!("{capitalised} 200"), editor_language, expected);
                    let expected = figure(40.0, qualifier, true);
                    check_figure(&format!("{phrase} 40 %"), editor_language, expected);
                }
            }
        }
    }
}

#[test]
fn every_languages_scale_percent_and_currency_words_are_read_in_any_editor() {
    for &editor_language in Lang::ALL {
        for &lang in Lang::ALL {
            let words = reading(lang);
            for (power, names) in scales(lang) {
                for name in names {
                    let expected = figure(2.0 * 10f64.powi(power), Qualifier::Exact, false);
                    check_figure(&format!("2 {name}"), editor_language, expected);
                }
            }
            for phrase in words.percent {
                let expected = figure(40.0, Qualifier::Exact, true);
                check_figure(&format!("40 {phrase}"), editor_language, expected);
            }
            for &(code, names) in words.currencies {
                for name in names {
                    let expected = NumberReading {
                        currency: Some(code),
                        ..figure(68e6, Qualifier::Exact, false)
                    };
                    check_figure(&format!("68 M {name}"), editor_language, expected);
                    for joining in words.joining {
                        let cell = format!("68 millions {joining} {name}");
                        check_figure(&cell, editor_language, expected);
                    }
                }
            }
        }
    }
}

#[test]
fn an_english_qualifier_in_a_french_editor_and_a_spanish_one_in_an_english_editor() {
    use Qualifier::*;
    for (cell, editor_language, expected) in [
        (
            "about 1,500.0",
            Lang::Fr,
            figure(1500.0, Approximate, false),
        ),
        ("less than 40 %", Lang::Fr, figure(40.0, LessThan, true)),
        ("menos del 40 %", Lang::En, figure(40.0, LessThan, true)),
        ("como minimo 200", Lang::En, figure(200.0, MoreThan, false)),
        // A longer phrase wins over a shorter one it starts with, whichever language
        // gives it.
        (
            "alrededor del 50 %",
            Lang::Fr,
            figure(50.0, Approximate, true),
        ),
    ] {
        check_figure(cell, editor_language, expected);
    }
}

#[test]
fn every_languages_header_words_name_their_role() {
    for &lang in Lang::ALL {
        let endings = reading(lang).header_endings;
        for (role, words) in headers(lang) {
            for word in words {
                let header = capitalised(word);
                let with_endings = endings.iter().map(|ending| format!("{word}{ending}"));
                for header in with_endings.chain([header, format!("{word} (USD)")]) {
                    assert_eq!(role_of_header(&header), Some(role), "{lang:?}: {header}");
                }
            }
        }
    }
}

#[test]
fn the_headers_the_editor_writes_are_read_back_in_every_language() {
    // Opening a dataset makes tables with these headers; they must guess their own roles.
    for &lang in Lang::ALL {
        let roles = editor(lang).table_headers.map(role_of_header);
        let expected = [
            Role::Label,
            Role::Contributor,
            Role::Pledged,
            Role::Delivered,
            Role::Date,
        ];
        assert_eq!(roles, expected.map(Some), "{lang:?}");
    }
}

#[test]
fn an_english_sheet_in_a_french_editor_and_a_spanish_one_in_an_english_editor() {
    for (sheet, editor_language) in [
        (
            "Donor\tCommitment\tPledged\tDisbursed\nKenya\tStaff\t1000\t400\n",
            Lang::Fr,
        ),
        (
            "País;Compromiso;Prometido;Entregado\nKenia;Personal;1000;400\n",
            Lang::En,
        ),
    ] {
        use Role::*;
        let guess = guess_columns(&read_table(sheet).expect("a table"), editor_language);
        assert_eq!(guess.shape, Shape::PerContributor, "{sheet}");
        let expected = [Contributor, Commitment, Pledged, Delivered];
        assert_eq!(guess.roles, expected, "{sheet}");
    }
}
