//! The what-if sliders: an extra amount and a monthly pace for every commitment.

use super::axis::nice_step;
use super::sentences::measured_long;
use super::types::{Slider, SliderKind};
use crate::format::Formatter;
use crate::model::{Dataset, Lang};
use crate::scenario::{measure, Measure, Scenario};

/// Sliders for every commitment: an extra amount and a monthly pace each.
pub fn sliders(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> Vec<Slider> {
    let lang = formatter.lang();
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
            let (label, value_text) = match (kind, lang) {
                (SliderKind::Extra, Lang::Fr) => {
                    (format!("{label} : livré en plus"), format!("+{shown}"))
                }
                (SliderKind::Extra, Lang::En) => {
                    (format!("{label}: delivered on top"), format!("+{shown}"))
                }
                (SliderKind::Pace, Lang::Fr) => (
                    format!("{label} : rythme mensuel après le {as_of}"),
                    format!("{shown} par mois"),
                ),
                (SliderKind::Pace, Lang::En) => (
                    format!("{label}: monthly pace after {as_of}"),
                    format!("{shown} per month"),
                ),
            };
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
