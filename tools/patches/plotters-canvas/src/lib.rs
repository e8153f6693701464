/*!
   The Plotters HTML5 Canvas backend.

   This backend allows Plotters operates the HTML5 Canvas when targeted to Webassembly.

   See the documentation for [CanvasBackend](struct.CanvasBackend.html) for more details.
*/
// The web-sys setters it calls are deprecated; registry crates get their warnings capped,
// a patched path crate does not.
#![allow(deprecated)]
mod canvas;

pub use canvas::CanvasBackend;
