//! Axis steps: the ticks of a share axis and the round step of a slider.

use crate::format::{percent, Formatter};

/// Steps an axis of shares may use: quarters of the pledge up to whole multiples.
const SHARE_STEPS: [f64; 12] = [
    0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 1000.0,
];

/// The end of a share axis that covers `furthest` (at least 100 %) and its labelled ticks:
/// quarters while they fit, larger round steps for large over-delivery, never more than
/// nine ticks whatever the figures.
pub(super) fn share_axis(furthest: f64, formatter: &dyn Formatter) -> (f64, Vec<(f64, String)>) {
    let furthest = if furthest.is_finite() {
        furthest.max(1.0)
    } else {
        1.0
    };
    let step = SHARE_STEPS
        .into_iter()
        .find(|step| furthest / step <= 8.0)
        .unwrap_or_else(|| furthest / 8.0);
    let count = (furthest / step - 1e-9).ceil().max(1.0) as usize;
    let ticks = (0..=count)
        .map(|index| {
            let share = index as f64 * step;
            (share, percent(formatter, share))
        })
        .collect();
    (count as f64 * step, ticks)
}

/// The largest of 1, 2 or 5 times a power of ten that is at most `raw`.
pub(super) fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    // The largest power of ten at most `raw`, by multiplying: `powf` and `log10` would
    // bring the maths library's code into the wasm.
    let mut power = 1.0;
    while power * 10.0 <= raw {
        power *= 10.0;
    }
    while power > raw {
        power /= 10.0;
    }
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step <= raw)
        .unwrap_or(power)
}
