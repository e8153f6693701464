//! pledgeviz: how much of what was promised was actually delivered.
pub mod chart;
pub mod date;
pub mod format;
pub mod model;
pub mod ratio;
pub mod sample;
pub mod scenario;
pub mod validate;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod web;
