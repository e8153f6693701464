//! Any bytes through the whole pipeline: parse and validate, apply a scenario taken from
//! the input, build every view in both languages, lay out at a width taken from the input
//! and draw to SVG. Nothing may panic, and every label must stay inside its chart.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("pipeline_body.rs");

fuzz_target!(|data: &[u8]| run_pipeline(data));
