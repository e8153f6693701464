//! Fixtures: the default dataset and the files in `tests/data/`.

use pledgeviz::model::Dataset;
use pledgeviz::validate::parse_dataset;

/// The default dataset exactly as the page ships it.
pub const DEFAULT_JSON: &str = include_str!("../../www/data/haiti-mss.json");

#[track_caller]
pub fn default_dataset() -> Dataset {
    parse_dataset(DEFAULT_JSON)
        .unwrap_or_else(|problems| panic!("default dataset is invalid:\n{problems}"))
}

#[track_caller]
pub fn fixture(name: &str) -> Dataset {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    parse_dataset(&text).unwrap_or_else(|problems| panic!("{name} is invalid:\n{problems}"))
}

/// A small valid dataset as JSON, for tests that break one field at a time.
pub fn minimal_json() -> serde_json::Value {
    serde_json::json!({
        "format": "pledgeviz/1",
        "title": "Test",
        "as_of": "2025-06-26",
        "currency": "USD",
        "sources": [{ "name": "Test source" }],
        "commitments": [
            { "id": "money", "label": "Money", "unit": "money", "pledged": 100, "pledged_basis": "pledged", "delivered": 25 }
        ]
    })
}

/// The generated illustrative dataset used by benchmarks (200 contributors, 10,000 observations).
#[track_caller]
pub fn large_dataset(contributors: usize, observations: usize) -> Dataset {
    let json = pledgeviz::sample::large_dataset_json(contributors, observations);
    parse_dataset(&json)
        .unwrap_or_else(|problems| panic!("generated dataset is invalid:\n{problems}"))
}

/// Any qualifier, for property tests.
pub fn qualifier() -> impl proptest::strategy::Strategy<Value = pledgeviz::model::Qualifier> {
    use pledgeviz::model::Qualifier;
    use proptest::prelude::*;
    prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::Approximate),
        Just(Qualifier::LessThan),
        Just(Qualifier::MoreThan)
    ]
}
