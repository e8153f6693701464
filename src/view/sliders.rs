//! The what-if sliders: an extra amount and a monthly pace for every commitment.

use super::axis::nice_step;
use super::sentences::measured_long;
use super::types::{Slider, SliderKind};
use crate::format::Formatter;
use crate::i18n::fill;
use crate::model::Dataset;
use crate::scenario::{measure, Measure, Scenario};

/// Sliders for every commitment: an extra amount and a monthly pace each.
pub fn sliders(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> Vec<Slider> {
    let lang = formatter.lang();
    let words = &lang.words().sliders;
    let mut out = Vec::new();
    for commitment in &dataset.commitments {
        let whole = match (measure(commitment), commitment.pledged) {
            (Measure::ShareOfPledge, _) => 1.0,
            (Measure::Unit, Some(pledged)) if pledged.value > 0.0 => pledged.value,
            _ => continue,
        };
        let adjustment = scenario.adjustment(&commitment.id);
        let label = commitment.label.get(lang);
        let as_of = formatter.date(dataset.as_of);
        for (kind, max, value) in [
            (
                SliderKind::Extra,
                whole,
                adjustment.map_or(0.0, |a| a.extra_delivered),
            ),
            (
                SliderKind::Pace,
                whole / 4.0,
                adjustment.map_or(0.0, |a| a.monthly_pace),
            ),
        ] {
            let step = nice_step(max / 100.0);
            let shown = measured_long(formatter, commitment, value);
            let (label_template, value_template) = match kind {
                SliderKind::Extra => (words.extra_label, words.extra_value),
                SliderKind::Pace => (words.pace_label, words.pace_value),
            };
            let label = fill(label_template, &[("label", label), ("date", &as_of)]);
            let value_text = fill(value_template, &[("amount", &shown)]);
            out.push(Slider {
                commitment: commitment.id.clone(),
                kind,
                label,
                max: (max / step).ceil() * step,
                step,
                value,
                value_text,
            });
        }
    }
    out
}
