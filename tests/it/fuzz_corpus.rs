//! Replays every input of the fuzz corpus (`tests/fuzz/corpus/pipeline/`) through the same
//! pipeline the fuzz target runs, natively and deterministically: inputs that once crashed
//! stay fixed.

include!("../fuzz/fuzz_targets/pipeline_body.rs");

#[test]
fn every_fuzz_corpus_input_goes_through_the_pipeline() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz/corpus/pipeline");
    let mut count = 0;
    for entry in std::fs::read_dir(folder).expect("the fuzz corpus") {
        let path = entry.expect("a corpus entry").path();
        run_pipeline(&std::fs::read(&path).expect("a corpus file"));
        count += 1;
    }
    assert!(count >= 5, "only {count} corpus inputs");
}
