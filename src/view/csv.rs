//! The figures as shown, scenario included, as CSV for spreadsheets.

use crate::model::{Dataset, Delivered, Lang, Unit};
use crate::ratio::Ratio;
use crate::scenario::{apply, Scenario};

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv_number(value: Option<f64>) -> String {
    match value {
        // Whole numbers as integers, shares to four decimals: what a spreadsheet wants.
        Some(value) if value == value.round() && value.abs() < 1e15 => format!("{value:.0}"),
        Some(value) => format!("{:.4}", value),
        None => String::new(),
    }
}

/// The figures as shown, scenario included, as CSV (UTF-8 with a byte-order mark so that
/// spreadsheets open accents correctly, a header row, one row per commitment). Numbers are
/// plain (dot decimals, no grouping); qualifiers have their own columns.
pub fn csv(dataset: &Dataset, scenario: &Scenario, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str("commitment,label,unit,pledged,pledged_qualifier,pledged_basis,delivered,delivered_share_of_pledge,delivered_qualifier,ratio,ratio_qualifier,scenario_extra,scenario_monthly_pace,scenario_delivered,scenario_ratio,as_of,deadline,source\r\n");
    for outcome in apply(dataset, scenario) {
        let commitment = &dataset.commitments[outcome.commitment];
        let adjustment = scenario.adjustment(&commitment.id);
        let (delivered, share) = match outcome.delivered_published {
            Delivered::Amount(figure) => (Some(figure.value), None),
            Delivered::ShareOfPledge(figure) => (None, Some(figure.value)),
        };
        let delivered_qualifier = match outcome.delivered_published {
            Delivered::Amount(f) | Delivered::ShareOfPledge(f) => f.qualifier,
        };
        let scenario_delivered = match outcome.delivered {
            Delivered::Amount(figure) => figure.value,
            Delivered::ShareOfPledge(figure) => figure.value,
        };
        let unit = match &commitment.unit {
            Unit::Money { currency } => currency.clone(),
            Unit::People => "people".to_owned(),
            Unit::Count { name } => name.get(lang).to_owned(),
        };
        let ratio_qualifier = |ratio: Ratio| match ratio {
            Ratio::Share { qualifier, .. } => qualifier.as_str(),
            Ratio::NothingPledged => "nothing_pledged",
            Ratio::Indeterminate => "indeterminate",
        };
        let fields = [
            csv_field(&commitment.id),
            csv_field(commitment.label.get(lang)),
            csv_field(&unit),
            csv_number(outcome.pledged.map(|p| p.value)),
            outcome
                .pledged
                .map(|p| p.qualifier.as_str())
                .unwrap_or("not_published")
                .to_owned(),
            csv_field(commitment.pledged_basis.get(lang)),
            csv_number(delivered),
            csv_number(share),
            delivered_qualifier.as_str().to_owned(),
            csv_number(outcome.published_ratio.value()),
            ratio_qualifier(outcome.published_ratio).to_owned(),
            csv_number(adjustment.map(|a| a.extra_delivered)),
            csv_number(adjustment.map(|a| a.monthly_pace)),
            csv_number(Some(scenario_delivered)),
            csv_number(outcome.ratio.value()),
            dataset.as_of.to_string(),
            commitment
                .deadline
                .map(|d| d.to_string())
                .unwrap_or_default(),
            csv_field(
                commitment
                    .source
                    .and_then(|s| dataset.sources.get(s))
                    .map_or("", |s| s.name.as_str()),
            ),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}
