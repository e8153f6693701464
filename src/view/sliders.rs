//! The what-if sliders: an extra amount and a monthly pace for every commitment, with
//! their ranges, their values as shown and as read aloud, and the values a shared link may
//! set (held to the same ranges).

use super::axis::nice_step;
use super::sentences::measured_in_steps;
use super::types::{Slider, SliderKind};
use crate::format::{money_scale_to, Formatter, MoneyScale};
use crate::i18n::{fill, Lang};
use crate::model::{Commitment, Dataset, Unit};
use crate::ratio::{monthly_pace_needed, PaceNeeded};
use crate::scenario::{measure, Measure, Scenario};

/// A slider's largest value and its step, in the commitment's measure; `None` when the
/// commitment has no slider (no pledged count and no share to move).
pub fn slider_range(
    dataset: &Dataset,
    commitment: &Commitment,
    kind: SliderKind,
) -> Option<(f64, f64)> {
    let whole = match (measure(commitment), commitment.pledged) {
        (Measure::ShareOfPledge, _) => 1.0,
        (Measure::Unit, Some(pledged)) if pledged.value > 0.0 => pledged.value,
        _ => return None,
    };
    let max = match kind {
        SliderKind::Extra => whole,
        // The pace reaches past the pace needed, so that meeting the pledge can be shown.
        SliderKind::Pace => {
            let needed = commitment.deadline.and_then(|deadline| {
                match monthly_pace_needed(
                    commitment.delivered,
                    commitment.pledged,
                    dataset.as_of,
                    deadline,
                ) {
                    PaceNeeded::PerMonth(figure) => Some(figure.value * 1.25),
                    _ => None,
                }
            });
            needed.unwrap_or(0.0).max(whole / 4.0)
        }
    };
    let step = nice_step(max / 100.0);
    Some(((max / step).ceil() * step, step))
}

/// A value a shared link asks for, held to what the slider allows (0 when there is no
/// such slider), so that no address can make the widget state an absurd scenario.
pub fn slider_value(dataset: &Dataset, commitment: &str, kind: SliderKind, value: f64) -> f64 {
    let range = dataset
        .commitments
        .iter()
        .find(|c| c.id == commitment)
        .and_then(|c| slider_range(dataset, c, kind));
    match range {
        Some((max, _)) if value.is_finite() => value.max(0.0).min(max),
        _ => 0.0,
    }
}

/// Sliders for every commitment: an extra amount and a monthly pace each.
pub fn sliders(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> Vec<Slider> {
    let lang = formatter.lang();
    let words = &lang.words().sliders;
    let mut out = Vec::new();
    for commitment in &dataset.commitments {
        let adjustment = scenario.adjustment(&commitment.id);
        let label = commitment.label.get(lang);
        let as_of = formatter.date(dataset.as_of);
        for kind in [SliderKind::Extra, SliderKind::Pace] {
            let Some((max, step)) = slider_range(dataset, commitment, kind) else {
                continue;
            };
            let value = match kind {
                SliderKind::Extra => adjustment.map_or(0.0, |a| a.extra_delivered),
                SliderKind::Pace => adjustment.map_or(0.0, |a| a.monthly_pace),
            };
            let shown = measured_in_steps(formatter, commitment, value, step);
            let spoken = spoken(formatter, commitment, value, step);
            let (label_template, value_template, spoken_template) = match kind {
                SliderKind::Extra => (words.extra_label, words.extra_value, words.extra_spoken),
                SliderKind::Pace => (words.pace_label, words.pace_value, words.pace_value),
            };
            out.push(Slider {
                commitment: commitment.id.clone(),
                kind,
                label: fill(label_template, &[("label", label), ("date", &as_of)]),
                max,
                step,
                value,
                value_text: fill(value_template, &[("amount", &shown)]),
                value_spoken: fill(spoken_template, &[("amount", &spoken)]),
            });
        }
    }
    out
}

/// An amount as a screen reader should say it: "200 millions de dollars", not "200 M$",
/// with the decimals of the slider's `step` as shown.
fn spoken(formatter: &dyn Formatter, commitment: &Commitment, value: f64, step: f64) -> String {
    let Unit::Money { currency } = &commitment.unit else {
        return measured_in_steps(formatter, commitment, value, step);
    };
    if measure(commitment) == Measure::ShareOfPledge {
        return measured_in_steps(formatter, commitment, value, step);
    }
    let words = &formatter.lang().words().numbers;
    let name = currency_name(formatter.lang(), currency);
    let (scaled, scale, digits) = money_scale_to(value, step);
    // The number as it is said, rounded to the decimals shown: 1.96 million is "2 millions".
    let factor = 10f64.powi(i32::from(digits));
    let said = (scaled * factor).round() / factor;
    let singular = if words.singular_below_two {
        said < 2.0
    } else {
        said == 1.0
    };
    let template = match (scale, singular) {
        (MoneyScale::Units, _) => words.spoken_plain,
        (MoneyScale::Millions, true) => words.spoken_million_one,
        (MoneyScale::Millions, false) => words.spoken_millions,
        (MoneyScale::Billions, true) => words.spoken_billion_one,
        (MoneyScale::Billions, false) => words.spoken_billions,
    };
    // French elides "de" before a vowel: "2 millions d’euros".
    // (Each vowel compared in turn: `"aeiou…".contains(c)` with a non-ASCII `c` brings
    // std's substring search, 1.3 KB gzip, into the wasm.)
    let vowel = |c: char| "aeiouàâéèêëîïôöùûüAEIOUÉ".chars().any(|v| v == c);
    let of = if name.starts_with(vowel) {
        words.of_currency_vowel
    } else {
        words.of_currency
    };
    fill(
        template,
        &[
            ("number", &formatter.number(scaled, digits)),
            ("currency", name),
            ("of_currency", &fill(of, &[("currency", name)])),
        ],
    )
}

/// A currency's name as read aloud, or its ISO code when the catalogue has no name for it.
fn currency_name(lang: Lang, code: &str) -> &str {
    let names = &lang.words().numbers.currency_names;
    match code {
        "USD" => names.usd,
        "EUR" => names.eur,
        "GBP" => names.gbp,
        "HTG" => names.htg,
        "KES" => names.kes,
        other => other,
    }
}
