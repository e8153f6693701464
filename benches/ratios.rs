//! Cost of computing every ratio, the timelines and a projection for a large dataset, at
//! two sizes, so the note can show it grows linearly. Run: `cargo bench --bench ratios`.
// criterion_group! defines a public function that cannot carry a doc comment.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pledgeviz::ratio::{contributor_ratios, pace_ratio, timeline};
use pledgeviz::sample::large_dataset_json;
use pledgeviz::scenario::{apply, Scenario};
use pledgeviz::validate::parse_dataset;

fn compute(c: &mut Criterion) {
    let mut group = c.benchmark_group("ratios_and_projection");
    for (contributors, observations) in [(200, 10_000), (400, 20_000)] {
        let json = large_dataset_json(contributors, observations);
        let dataset = match parse_dataset(&json) {
            Ok(dataset) => dataset,
            Err(problems) => panic!("generated dataset is invalid: {problems}"),
        };
        let mut scenario = Scenario::default();
        scenario.adjust("money").extra_delivered = 5e8;
        scenario.adjust("money").monthly_pace = 1e8;
        group.throughput(Throughput::Elements((contributors + observations) as u64));
        let size = format!("{contributors}c_{observations}o");
        group.bench_with_input(
            BenchmarkId::new("compute", &size),
            &dataset,
            |b, dataset| {
                b.iter(|| {
                    let outcomes = apply(dataset, &scenario);
                    let mut points = 0;
                    for commitment in 0..dataset.commitments.len() {
                        points += timeline(dataset, commitment).len();
                        points += contributor_ratios(dataset, commitment).len();
                        black_box(pace_ratio(dataset, commitment));
                    }
                    black_box((outcomes, points))
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("parse_and_validate", &size),
            &json,
            |b, json| b.iter(|| black_box(parse_dataset(json).is_ok())),
        );
    }
    group.finish();
}

criterion_group!(benches, compute);
criterion_main!(benches);
