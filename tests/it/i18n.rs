//! The catalogue of words: every word in every language, templates that name the same
//! parts in every language, and every validation problem in every language.

use crate::support::minimal_json;
use pledgeviz::i18n::Lang;
use pledgeviz::validate::{every_kind, kind_index, validate};
use serde_json::Value;
use std::collections::BTreeSet;

/// Every word of a language as (path, text), found by walking its serialised form, so a
/// word added to the catalogue is checked without being listed here.
fn every_word(lang: Lang) -> Vec<(String, String)> {
    fn walk(value: &Value, path: String, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(text) => out.push((path, text.clone())),
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, format!("{path}[{index}]"), out);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    walk(item, format!("{path}.{key}"), out);
                }
            }
            _ => {}
        }
    }
    let value = serde_json::to_value(lang.words()).expect("words serialise");
    let mut out = Vec::new();
    walk(&value, String::new(), &mut out);
    out
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn every_language_has_every_word_with_the_same_placeholders() {
    let english = every_word(Lang::En);
    assert!(english.len() > 150, "{} words", english.len());
    for &lang in Lang::ALL {
        let words = every_word(lang);
        assert_eq!(words.len(), english.len(), "{lang:?}");
        for ((path, text), (english_path, english_text)) in words.iter().zip(&english) {
            assert_eq!(path, english_path);
            // Separators may be a single space; every other word says something.
            assert!(
                !text.trim().is_empty()
                    || [
                        ".numbers.group",
                        ".dates.first_day",
                        ".sentences.list_separator"
                    ]
                    .contains(&path.as_str()),
                "{lang:?} {path} is empty"
            );
            assert_eq!(
                placeholders(text),
                placeholders(english_text),
                "{lang:?} {path}: {text:?} names other parts than {english_text:?}"
            );
        }
    }
}

#[test]
fn translations_are_translated() {
    let english = every_word(Lang::En);
    // Words that are the same in every language: "null", the millions symbol, "euros", "plus",
    // month abbreviations that happen to match ("mar", "jun"), and French's singular
    // "{number} million {of_currency}" (the preposition is in `of_currency`).
    let same_everywhere = |path: &str| {
        [
            ".problems.null",
            ".numbers.millions",
            ".numbers.currency_names.eur",
            ".numbers.spoken_million_one",
            ".sliders.extra_spoken",
        ]
        .contains(&path)
            || path.starts_with(".dates.months_short")
    };
    for lang in [Lang::Fr, Lang::Es] {
        for ((path, text), (_, english_text)) in every_word(lang).iter().zip(&english) {
            let has_words = text
                .split(['{', '}'])
                .step_by(2)
                .any(|outside| outside.chars().any(char::is_alphabetic));
            if has_words && !same_everywhere(path) {
                assert_ne!(text, english_text, "{lang:?} {path} is still in English");
            }
        }
    }
}

#[test]
fn language_codes_are_unique_and_read_back() {
    for &lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(
            Lang::ALL.iter().filter(|l| l.code() == lang.code()).count(),
            1
        );
    }
}

#[test]
fn every_problem_kind_is_said_in_every_language() {
    let kinds = every_kind();
    let indices: BTreeSet<usize> = kinds.iter().map(kind_index).collect();
    assert_eq!(indices.len(), kinds.len(), "a kind is listed twice");
    assert_eq!(
        indices.into_iter().max(),
        Some(kinds.len() - 1),
        "a kind is missing"
    );
    for kind in &kinds {
        let english = kind.message(Lang::En);
        for &lang in Lang::ALL {
            let message = kind.message(lang);
            assert!(
                !message.is_empty() && !message.contains('{'),
                "{lang:?} {kind:?}: {message}"
            );
            if lang != Lang::En {
                assert_ne!(message, english, "{lang:?} {kind:?} is English");
            }
        }
    }
}

#[test]
fn a_negative_pledge_is_reported_in_the_readers_language() {
    let mut value = minimal_json();
    value["commitments"][0]["pledged"] = Value::from(-5);
    let problems = validate(&value).expect_err("refused");
    assert_eq!(
        problems.render(Lang::Fr),
        "commitments[0].pledged\u{a0}: doit être un nombre positif ou nul, reçu -5"
    );
    assert_eq!(
        problems.render(Lang::En),
        "commitments[0].pledged: must be a number >= 0, got -5"
    );
    assert_eq!(
        problems.render(Lang::Es),
        "commitments[0].pledged: debe ser un número mayor o igual que 0; recibido -5"
    );
}

#[test]
fn quoted_values_follow_each_languages_quotes() {
    let mut value = minimal_json();
    value["commitments"][0]["unit"] = Value::from("kilos");
    let problems = validate(&value).expect_err("refused");
    assert!(problems
        .render(Lang::Fr)
        .ends_with("reçu «\u{a0}kilos\u{a0}»"));
    assert!(problems.render(Lang::Es).ends_with("recibido «kilos»"));
    assert!(problems.render(Lang::En).ends_with("got \"kilos\""));
}

/// Even the JSON reader's own words are said in the reader's language.
#[test]
fn text_that_is_not_json_is_said_in_every_language() {
    use pledgeviz::validate::parse_dataset;
    let said = |text: &str, lang: Lang| {
        parse_dataset(text)
            .err()
            .map(|problems| problems.render(lang))
            .unwrap_or_default()
    };
    assert_eq!(
        said("{ not json", Lang::Fr),
        "ce n’est pas du JSON (ligne 1, colonne 3\u{a0}: une clé doit être entre guillemets)"
    );
    assert_eq!(
        said("{ not json", Lang::Es),
        "esto no es JSON (línea 1, columna 3: una clave debe ir entre comillas)"
    );
    let english: Vec<&str> = Lang::En.words().problems.json_details.to_vec();
    for text in [
        "",
        "{",
        "[1,",
        "{\"a\": tru}",
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "\"a\\q\"",
        "{\"a\": -}",
        "{\"a\": 1e400}",
        "[1 2]",
        "{\"a\": 1 \"b\": 2}",
        "{} x",
        "\"a\u{1}\"",
        "\"abc",
    ] {
        let french = said(text, Lang::Fr);
        assert!(
            french.starts_with("ce n’est pas du JSON"),
            "{text:?}: {french}"
        );
        for detail in &english {
            assert!(!french.contains(detail), "{text:?}: {french}");
        }
    }
}
