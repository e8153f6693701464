//! pledgeviz's integration tests, one binary for speed of linking.
//!
//! - `support`: loading fixtures and the default dataset.
//! - `validation`: every kind of malformed input gets its own message with a path.
//! - `ratios`: delivered ÷ pledged, shortfall, pace, per contributor and over time.
//! - `scenarios`: what-if sliders and projections.
//! - `view_text`: the sentences and figures a reader sees.
//! - `properties`: proptest invariants (ratios finite or undefined, money never lowers a ratio).
//! - `charts`: golden SVG snapshots and the layout contract (nothing overlaps, nothing leaves).

mod charts;
mod support;
