//! Every kind of malformed input gets its own clear message with a JSON path, all at once,
//! and nothing panics.

use crate::support::{minimal_json, DEFAULT_JSON};
use pledgeviz::validate::{parse_dataset, validate};
use serde_json::{json, Value};

/// Applies `change` to the minimal dataset and checks the exact list of problems.
#[track_caller]
fn check(change: impl FnOnce(&mut Value), expected: &[&str]) {
    let mut value = minimal_json();
    change(&mut value);
    let problems = match validate(&value) {
        Ok(_) => panic!("accepted: {value}"),
        Err(problems) => problems
            .0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
    };
    assert_eq!(problems, expected);
}

#[track_caller]
fn check_text(text: &str, expected_start: &str) {
    match parse_dataset(text) {
        Ok(_) => panic!("accepted: {text}"),
        Err(problems) => {
            let message = problems.to_string();
            assert!(message.starts_with(expected_start), "{message}");
        }
    }
}

#[test]
fn text_that_is_not_json_is_refused_with_its_position() {
    check_text("", "this is not JSON (line 1, column 0");
    check_text("{\"format\": ", "this is not JSON (line 1, column 11");
    check_text(
        "<html>404</html>",
        "this is not JSON (line 1, column 1: expected value",
    );
}

#[test]
fn non_finite_numbers_are_not_json() {
    check_text(
        &DEFAULT_JSON.replace("600000000", "1e400"),
        "this is not JSON (line",
    );
    check_text(
        &DEFAULT_JSON.replace("600000000", "NaN"),
        "this is not JSON (line",
    );
}

#[test]
fn the_minimal_dataset_is_valid() {
    assert!(validate(&minimal_json()).is_ok());
}

#[test]
fn an_unknown_format_version_is_refused() {
    check(
        |v| v["format"] = json!("pledgeviz/2"),
        &["format: \"pledgeviz/2\" is not a format this version reads; it reads \"pledgeviz/1\""],
    );
    check(
        |v| v["format"] = json!(1),
        &["format: must be \"pledgeviz/1\""],
    );
}

#[test]
fn missing_fields_are_named() {
    check(
        |v| {
            v.as_object_mut()
                .map(|o| o.remove("title"))
                .map(drop)
                .unwrap_or_default()
        },
        &["title: is missing"],
    );
    check(
        |v| {
            v["commitments"][0]
                .as_object_mut()
                .map(|o| o.remove("pledged_basis"))
                .map(drop)
                .unwrap_or_default()
        },
        &["commitments[0].pledged_basis: is missing"],
    );
    check(|v| v["commitments"][0].as_object_mut().map(|o| o.remove("pledged")).map(drop).unwrap_or_default(), &["commitments[0].pledged: is missing (it may be left out only when delivered is a percent_of_pledge)"]);
}

#[test]
fn mistyped_fields_say_what_they_got() {
    check(
        |v| v["title"] = json!(5),
        &["title: must be text or an object of languages, got a number"],
    );
    check(
        |v| v["commitments"] = json!({}),
        &["commitments: must be a list, got an object"],
    );
    check(
        |v| v["commitments"][0]["delivered"] = json!("25"),
        &["commitments[0].delivered: must be a number >= 0, got \"25\""],
    );
    check(
        |v| v["illustrative"] = json!("yes"),
        &["illustrative: must be true or false, got text"],
    );
}

#[test]
fn negative_and_absurd_amounts_are_refused() {
    check(
        |v| v["commitments"][0]["pledged"] = json!(-5),
        &["commitments[0].pledged: must be a number >= 0, got -5"],
    );
    check(
        |v| v["commitments"][0]["pledged"] = json!(1e308),
        &["commitments[0].pledged: must be a number at most 1e15, got 1e308"],
    );
    check(
        |v| v["commitments"][0]["delivered"] = json!({ "percent_of_pledge": 20000 }),
        &["commitments[0].delivered.percent_of_pledge: must be a number at most 1e4, got 2e4"],
    );
}

#[test]
fn unknown_units_qualifiers_and_currencies_are_refused() {
    check(
        |v| v["commitments"][0]["unit"] = json!("kilos"),
        &["commitments[0].unit: must be one of money, people, count; got \"kilos\""],
    );
    check(
        |v| v["commitments"][0]["delivered"] = json!({ "value": 3, "qualifier": "roughly" }),
        &["commitments[0].delivered.qualifier: must be one of exact, approximate, less_than, more_than; got \"roughly\""],
    );
    check(|v| v["currency"] = json!("XYZ"), &["currency: \"XYZ\" is not a currency this widget knows (it knows AUD, BRL, CAD, CHF, CNY, DKK, EUR, GBP, HTG, INR, JPY, KES, KRW, MXN, NOK, NZD, SEK, USD, XAF, XOF, ZAR)"]);
}

#[test]
fn unparseable_dates_are_refused() {
    check(
        |v| v["as_of"] = json!("26/06/2025"),
        &["as_of: must be a date written YYYY-MM-DD, got \"26/06/2025\""],
    );
    check(
        |v| v["as_of"] = json!("2025-02-30"),
        &["as_of: must be a date written YYYY-MM-DD, got \"2025-02-30\""],
    );
}

#[test]
fn observations_out_of_order_or_of_unknown_commitments_are_refused() {
    check(
        |v| {
            v["observations"] = json!([
                { "commitment": "money", "date": "2025-03-01", "delivered": 10 },
                { "commitment": "money", "date": "2025-01-01", "delivered": 5 },
                { "commitment": "police", "date": "2025-01-01", "delivered": 5 }
            ])
        },
        &[
            "observations[1].date: 2025-01-01 is not after the previous observation of this commitment (2025-03-01); observations must be in date order",
            "observations[2].commitment: names no commitment of this dataset: \"police\"",
        ],
    );
}

#[test]
fn duplicate_ids_are_refused() {
    check(
        |v| {
            let first = v["commitments"][0].clone();
            v["commitments"]
                .as_array_mut()
                .map(|list| list.push(first))
                .unwrap_or_default();
        },
        &["commitments[1].id: \"money\" is used twice; ids must be unique"],
    );
}

#[test]
fn a_dataset_needs_a_commitment_and_a_source() {
    check(
        |v| v["commitments"] = json!([]),
        &["commitments: must hold at least one commitment"],
    );
    check(
        |v| v["sources"] = json!([]),
        &["sources: must name at least one source"],
    );
}

#[test]
fn inputs_over_the_limits_are_refused() {
    check(
        |v| v["title"] = json!("x".repeat(301)),
        &["title: is 301 characters long; the limit is 300"],
    );
    check(
        |v| v["contributors"] = Value::Array(vec![json!({}); 1_001]),
        &["contributors: has 1001 entries; the limit is 1000"],
    );
    check(
        |v| v["observations"] = Value::Array(vec![json!({}); 20_001]),
        &["observations: has 20001 entries; the limit is 20000"],
    );
    let huge = format!("{{\"padding\": \"{}\"}}", " ".repeat(6 * 1024 * 1024));
    check_text(
        &huge,
        "the file is 6291471 bytes; the limit is 5242880 bytes",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    check(
        |v| {
            v["as_of"] = json!("soon");
            v["commitments"][0]["pledged"] = json!(-1);
            v["commitments"][0]["unit"] = json!("kilos");
        },
        &[
            "as_of: must be a date written YYYY-MM-DD, got \"soon\"",
            "commitments[0].unit: must be one of money, people, count; got \"kilos\"",
            "commitments[0].pledged: must be a number >= 0, got -1",
        ],
    );
}

#[test]
fn over_delivery_is_valid() {
    let mut value = minimal_json();
    value["commitments"][0]["delivered"] = json!(250);
    assert!(validate(&value).is_ok());
}

#[test]
fn labels_with_html_right_to_left_and_emoji_are_kept_as_text() {
    let mut value = minimal_json();
    value["commitments"][0]["label"] = json!("<script>alert(1)</script> تمويل 💶");
    let dataset = validate(&value).expect("valid");
    assert_eq!(
        dataset.commitments[0].label.get(pledgeviz::model::Lang::Fr),
        "<script>alert(1)</script> تمويل 💶"
    );
}
