//! Writing a dataset back to `pledgeviz/1` JSON, so that an opened file can be edited
//! and saved. What this writes, validation reads back to the same dataset.

use crate::model::*;
use serde_json::{json, Map, Value};

/// The dataset as pretty-printed `pledgeviz/1` JSON text.
pub fn dataset_to_json(dataset: &Dataset) -> String {
    json_text(&dataset_to_value(dataset))
}

/// A JSON tree as pretty-printed text, with a final line break.
pub fn json_text(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The dataset as a `pledgeviz/1` JSON tree.
pub fn dataset_to_value(dataset: &Dataset) -> Value {
    let mut map = Map::new();
    map.insert(
        "format".into(),
        format!("pledgeviz/{FORMAT_VERSION}").into(),
    );
    map.insert("title".into(), text(&dataset.title));
    insert_text(&mut map, "subtitle", &dataset.subtitle);
    map.insert("locale".into(), dataset.locale.clone().into());
    if let Some(currency) = &dataset.currency {
        map.insert("currency".into(), currency.clone().into());
    }
    map.insert("as_of".into(), dataset.as_of.to_string().into());
    map.insert("illustrative".into(), dataset.illustrative.into());
    if let Some(period) = &dataset.period {
        let mut entry = Map::new();
        entry.insert("start".into(), period.start.to_string().into());
        entry.insert("end".into(), period.end.to_string().into());
        insert_text(&mut entry, "label", &period.label);
        map.insert("period".into(), entry.into());
    }
    map.insert(
        "sources".into(),
        dataset.sources.iter().map(source).collect(),
    );
    map.insert(
        "commitments".into(),
        dataset.commitments.iter().map(commitment).collect(),
    );
    let commitment_id = |position: usize| dataset.commitments[position].id.clone();
    map.insert(
        "contributors".into(),
        dataset
            .contributors
            .iter()
            .map(|contributor| {
                let pledges: Vec<Value> = contributor
                    .shares
                    .iter()
                    .map(|share| {
                        json!({
                            "commitment": commitment_id(share.commitment),
                            "pledged": figure(share.pledged),
                            "delivered": figure(share.delivered),
                        })
                    })
                    .collect();
                json!({ "id": contributor.id, "name": text(&contributor.name), "pledges": pledges })
            })
            .collect(),
    );
    map.insert(
        "observations".into(),
        dataset
            .observations
            .iter()
            .map(|observation| {
                let mut entry = Map::new();
                entry.insert(
                    "commitment".into(),
                    commitment_id(observation.commitment).into(),
                );
                entry.insert("date".into(), observation.date.to_string().into());
                entry.insert("delivered".into(), delivered(observation.delivered));
                insert_source(&mut entry, observation.source);
                Value::Object(entry)
            })
            .collect(),
    );
    map.insert("events".into(), dataset.events.iter().map(event).collect());
    map.insert(
        "notes".into(),
        dataset
            .notes
            .iter()
            .map(|note| {
                let mut entry = Map::new();
                entry.insert("text".into(), text(&note.text));
                insert_source(&mut entry, note.source);
                Value::Object(entry)
            })
            .collect(),
    );
    Value::Object(map)
}

fn source(source: &Source) -> Value {
    let mut entry = Map::new();
    entry.insert("name".into(), text(&source.name));
    if let Some(url) = &source.url {
        entry.insert("url".into(), url.clone().into());
    }
    if let Some(date) = source.date {
        entry.insert("date".into(), date.to_string().into());
    }
    Value::Object(entry)
}

fn commitment(commitment: &Commitment) -> Value {
    let mut entry = Map::new();
    entry.insert("id".into(), commitment.id.clone().into());
    entry.insert("label".into(), text(&commitment.label));
    match &commitment.unit {
        Unit::Money { currency } => {
            entry.insert("unit".into(), "money".into());
            entry.insert("currency".into(), currency.clone().into());
        }
        Unit::People => {
            entry.insert("unit".into(), "people".into());
        }
        Unit::Count { name } => {
            entry.insert("unit".into(), "count".into());
            entry.insert("unit_name".into(), text(name));
        }
    }
    if let Some(pledged) = commitment.pledged {
        entry.insert("pledged".into(), figure(pledged));
    }
    entry.insert("pledged_basis".into(), text(&commitment.pledged_basis));
    if commitment.reference != ReferenceKind::Pledge {
        entry.insert("reference".into(), commitment.reference.as_str().into());
    }
    entry.insert("delivered".into(), delivered(commitment.delivered));
    if let Some(deadline) = commitment.deadline {
        entry.insert("deadline".into(), deadline.to_string().into());
    }
    insert_text(&mut entry, "deadline_label", &commitment.deadline_label);
    insert_source(&mut entry, commitment.source);
    let mut sentences = Map::new();
    insert_text(&mut sentences, "headline", &commitment.headline);
    insert_text(&mut sentences, "what_if", &commitment.what_if);
    if !sentences.is_empty() {
        entry.insert("sentences".into(), sentences.into());
    }
    Value::Object(entry)
}

fn event(event: &Event) -> Value {
    let kind = match event.kind {
        EventKind::Approval => "approval",
        EventKind::Renewal => "renewal",
        EventKind::Deployment => "deployment",
        EventKind::Statement => "statement",
        EventKind::MandateEnd => "mandate_end",
        EventKind::Other => "other",
    };
    let mut entry = Map::new();
    entry.insert("date".into(), event.date.to_string().into());
    entry.insert("kind".into(), kind.into());
    entry.insert("label".into(), text(&event.label));
    if event.approximate_date {
        entry.insert("approximate_date".into(), true.into());
    }
    insert_source(&mut entry, event.source);
    Value::Object(entry)
}

/// Text as a plain string when it has one entry in no particular language, else an
/// object of language codes.
pub fn text(text: &Text) -> Value {
    match text.entries.as_slice() {
        [(code, only)] if code.is_empty() => only.clone().into(),
        entries => Value::Object(
            entries
                .iter()
                .map(|(code, text)| (code.clone(), Value::from(text.clone())))
                .collect(),
        ),
    }
}

fn insert_text(map: &mut Map<String, Value>, key: &str, value: &Text) {
    if !value.entries.is_empty() {
        map.insert(key.into(), text(value));
    }
}

fn insert_source(map: &mut Map<String, Value>, source: Option<usize>) {
    if let Some(position) = source {
        map.insert("source".into(), position.into());
    }
}

/// A figure: a bare number when exact, else `{"value": n, "qualifier": q}`.
pub fn figure(figure: Figure) -> Value {
    match figure.qualifier {
        Qualifier::Exact => number(figure.value),
        qualifier => json!({ "value": number(figure.value), "qualifier": qualifier.as_str() }),
    }
}

fn delivered(delivered: Delivered) -> Value {
    match delivered {
        Delivered::Amount(amount) => figure(amount),
        Delivered::ShareOfPledge(share) => json!({
            "percent_of_pledge": number(percent_of_share(share.value)),
            "qualifier": share.qualifier.as_str(),
        }),
    }
}

/// A number as JSON: whole numbers as integers (`600000000`, not `600000000.0`).
pub fn number(value: f64) -> Value {
    // Below 2^53 every whole number is exact as an integer.
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        Value::from(value as i64)
    } else {
        Value::from(value)
    }
}

/// The percentage with the fewest digits that reads back, divided by 100, as exactly
/// this share: 0.07 is written 7, not 7.000000000000001.
pub fn percent_of_share(share: f64) -> f64 {
    let plain = share * 100.0;
    (0..17)
        .filter_map(|digits| format!("{plain:.digits$e}").parse::<f64>().ok())
        .find(|percent| percent / 100.0 == share)
        .unwrap_or(plain)
}
