//! Prints a generated illustrative dataset: `cargo run --example sample -- 200 5000`
//! (contributors, observations). Used by the in-browser benchmark.
fn main() {
    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().unwrap_or(0));
    let contributors = args.next().unwrap_or(200);
    let observations = args.next().unwrap_or(5_000);
    print!(
        "{}",
        pledgeviz::sample::large_dataset_json(contributors, observations)
    );
}
