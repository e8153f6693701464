//! All the page's text around the charts: headlines, the scenario's result, the pace
//! needed, the source line, the charts' accessible names and the figures table.

use super::contributors::contributors_chart;
use super::sentences::{
    capitalised, common_reference, figure_text, first_letter, headline, illustrative_note,
    measured, needed_words, of_text, projection_sentence, sentence_figures, text_or,
};
use super::timeline::timeline_view;
use super::types::{PageText, TableRow};
use crate::format::{ratio_short, ratio_words, Formatter};
use crate::i18n::SentenceWords;
use crate::i18n::{fill, join};
use crate::model::{Commitment, Dataset, Qualifier};
use crate::ratio::{delivered_amount, monthly_pace_needed, PaceNeeded, Ratio};
use crate::scenario::{apply, Outcome, Scenario};

/// All the page's text for a dataset under a scenario.
pub fn page_text(dataset: &Dataset, scenario: &Scenario, formatter: &dyn Formatter) -> PageText {
    let lang = formatter.lang();
    let outcomes = apply(dataset, scenario);
    let mut headlines = Vec::new();
    let mut results = Vec::new();
    let mut pace_needed = Vec::new();
    let mut table = Vec::new();
    let mut bar_parts = Vec::new();
    for outcome in &outcomes {
        let commitment = &dataset.commitments[outcome.commitment];
        let adjustment = scenario.adjustment(&commitment.id);
        let extra = adjustment.map_or(0.0, |a| a.extra_delivered);
        headlines.push(headline_with_scenario(
            formatter, commitment, outcome, extra,
        ));
        let pace = adjustment.map_or(0.0, |a| a.monthly_pace);
        if extra > 0.0 {
            results.push(what_if_sentence(formatter, commitment, outcome, extra));
        }
        if pace > 0.0 {
            results.extend(projection_sentence(formatter, commitment, outcome, pace));
        }
        pace_needed.extend(pace_needed_sentence(
            formatter, dataset, commitment, outcome,
        ));
        bar_parts.push(bar_part(formatter, commitment, outcome, extra));
        table.push(table_row(formatter, commitment, outcome));
    }
    let words = &lang.words().sentences;
    let illustrative = illustrative_note(dataset, lang);
    // Accessible names of illustrative charts start by saying so.
    let named = |label: String| match &illustrative {
        Some(note) => fill(
            words.illustrative_label,
            &[("note", note), ("label", &label)],
        ),
        None => label,
    };
    PageText {
        title: dataset.title.get(lang).to_owned(),
        subtitle: dataset.subtitle.get(lang).to_owned(),
        headlines,
        hint: results.is_empty().then(|| words.try_a_slider.to_owned()),
        results,
        pace_needed,
        source_line: source_line(formatter, dataset),
        notes: dataset
            .notes
            .iter()
            .map(|note| note.text.get(lang).to_owned())
            .collect(),
        bars_label: named(fill(
            words.bars_label,
            &[("parts", &join(&bar_parts, words.list_separator))],
        )),
        timeline_label: named(timeline_label(formatter, dataset, scenario)),
        contributors_label: contributors_label(formatter, dataset).map(named),
        table,
        table_headings: table_headings(dataset, lang),
        illustrative,
    }
}

/// The headline of one commitment, naming the scenario's ratio after the published one.
fn headline_with_scenario(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    outcome: &Outcome,
    extra: f64,
) -> String {
    let lang = formatter.lang();
    let mut line = headline(
        formatter,
        commitment,
        outcome,
        outcome.published_ratio,
        outcome.delivered_published,
    );
    if extra > 0.0 {
        // The published figure stays first; the scenario is named as one.
        line = fill(
            lang.words().sentences.with_scenario,
            &[
                ("headline", &line),
                ("ratio", &ratio_words(formatter, outcome.ratio)),
            ],
        );
    }
    line
}

/// What an extra amount delivered would change, in the dataset's words or generic ones.
fn what_if_sentence(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    outcome: &Outcome,
    extra: f64,
) -> String {
    let lang = formatter.lang();
    let label = commitment.label.get(lang);
    let words = &lang.words().sentences;
    let fallback = if outcome.pledged.is_some() {
        words.what_if
    } else {
        words.what_if_share
    };
    let template = text_or(&commitment.what_if, lang, fallback);
    let label_in_template = if commitment.what_if.in_lang(lang).is_none_or(str::is_empty) {
        label.to_owned()
    } else {
        first_letter(label, false)
    };
    let (delivered_text, pledged_text) =
        sentence_figures(formatter, commitment, outcome.delivered, outcome.pledged);
    let references = &lang.words().references;
    let sentence = capitalised(&fill(
        &template,
        &[
            ("extra", &measured(formatter, commitment, extra)),
            // The generic sentences start with the label; a dataset's own may use it
            // inside a sentence ("… le financement atteindrait …").
            ("label", &label_in_template),
            ("delivered", &delivered_text),
            ("pledged", &pledged_text),
            ("ratio", &ratio_words(formatter, outcome.ratio)),
            ("basis", commitment.pledged_basis.get(lang)),
            ("reference", references.of.get(commitment.reference)),
        ],
    ));
    // Past 100 % is allowed, and said; not of an upper bound ("moins de 101 %"), which
    // may still fall short.
    match outcome.ratio {
        Ratio::Share { value, qualifier } if value > 1.0 && qualifier != Qualifier::LessThan => {
            fill(
                words.with_beyond,
                &[
                    ("sentence", sentence.trim_end_matches('.')),
                    ("beyond", references.beyond.get(commitment.reference)),
                ],
            )
        }
        _ => sentence,
    }
}

/// The table's column headings, the second naming what 100 % is.
fn table_headings(dataset: &Dataset, lang: crate::i18n::Lang) -> Vec<String> {
    let words = lang.words();
    let mut headings = words.sentences.table_headings.map(str::to_owned).to_vec();
    headings[1] = common_reference(dataset)
        .map_or(words.references.heading_mixed, |kind| {
            words.references.heading.get(kind)
        })
        .to_owned();
    headings
}

/// The monthly pace needed to reach 100 % by the deadline, when there is one, from what
/// is delivered under the scenario (its extra amount included).
fn pace_needed_sentence(
    formatter: &dyn Formatter,
    dataset: &Dataset,
    commitment: &Commitment,
    outcome: &Outcome,
) -> Option<String> {
    let lang = formatter.lang();
    let label = commitment.label.get(lang);
    let deadline = commitment.deadline?;
    let needed = monthly_pace_needed(outcome.delivered, outcome.pledged, dataset.as_of, deadline);
    let date = formatter.date(deadline);
    let words = &lang.words().sentences;
    let deadline_label = commitment.deadline_label.get(lang);
    let by = if deadline_label.is_empty() {
        fill(words.by_date, &[("date", &date)])
    } else {
        fill(
            words.by_labelled,
            &[("deadline", deadline_label), ("date", &date)],
        )
    };
    match needed {
        PaceNeeded::PerMonth(figure) => {
            let amount = needed_words(formatter, commitment, figure);
            let meet = lang.words().references.meet.get(commitment.reference);
            Some(fill(
                words.pace_needed,
                &[
                    ("label", label),
                    ("meet", meet),
                    ("by", &by),
                    ("amount", &amount),
                ],
            ))
        }
        PaceNeeded::AlreadyMet => Some(fill(words.pace_met, &[("label", label)])),
        _ => None,
    }
}

/// One commitment's part of the bar chart's accessible name.
fn bar_part(
    formatter: &dyn Formatter,
    commitment: &Commitment,
    outcome: &Outcome,
    extra: f64,
) -> String {
    let lang = formatter.lang();
    let label = commitment.label.get(lang);
    let figures = of_text(
        formatter,
        commitment,
        outcome.delivered_published,
        outcome.pledged,
    );
    let published = ratio_words(formatter, outcome.published_ratio);
    let words: &SentenceWords = &lang.words().sentences;
    let template = match (&figures, extra > 0.0) {
        (Some(_), false) => words.bars_part,
        (None, false) => words.bars_part_share,
        (_, true) => words.bars_part_scenario,
    };
    fill(
        template,
        &[
            ("label", label),
            ("ratio", &published),
            ("figures", figures.as_deref().unwrap_or_default()),
            ("basis", commitment.pledged_basis.get(lang)),
            ("scenario", &ratio_words(formatter, outcome.ratio)),
        ],
    )
}

/// One commitment's row of the figures table.
fn table_row(formatter: &dyn Formatter, commitment: &Commitment, outcome: &Outcome) -> TableRow {
    let lang = formatter.lang();
    let published = ratio_words(formatter, outcome.published_ratio);
    TableRow {
        label: commitment.label.get(lang).to_owned(),
        pledged: match outcome.pledged {
            Some(p) => format!(
                "{} — {}",
                figure_text(formatter, p, &commitment.unit),
                commitment.pledged_basis.get(lang)
            ),
            None => commitment.pledged_basis.get(lang).to_owned(),
        },
        delivered: delivered_amount(outcome.delivered_published, outcome.pledged)
            .map(|f| figure_text(formatter, f, &commitment.unit))
            .unwrap_or(published),
        ratio: ratio_short(formatter, outcome.published_ratio),
        scenario_ratio: ratio_short(formatter, outcome.ratio),
    }
}

/// "Source : … · données au 26 juin 2025".
fn source_line(formatter: &dyn Formatter, dataset: &Dataset) -> String {
    let words = &formatter.lang().words().sentences;
    let lang = formatter.lang();
    let sources: Vec<&str> = dataset.sources.iter().map(|s| s.name.get(lang)).collect();
    fill(
        words.source_line,
        &[
            ("sources", &join(&sources, words.list_separator)),
            ("date", &formatter.date(dataset.as_of)),
        ],
    )
}

/// The timeline's accessible name: its span, each series' last figure and each event.
fn timeline_label(formatter: &dyn Formatter, dataset: &Dataset, scenario: &Scenario) -> String {
    let words = &formatter.lang().words().sentences;
    let view = timeline_view(dataset, scenario, formatter);
    let mut parts: Vec<String> = Vec::new();
    for series in &view.series {
        parts.push(fill(
            words.timeline_part,
            &[
                ("label", &series.label),
                ("ratio", &series.end_words),
                ("as_of", &view.as_of_label),
            ],
        ));
        if let Some((_, to)) = series.projection.filter(|(from, to)| to.date > from.date) {
            let ratio = Ratio::Share {
                value: to.share,
                qualifier: to.qualifier,
            };
            parts.push(fill(
                words.projection_part,
                &[
                    ("label", &series.label),
                    ("value", &ratio_words(formatter, ratio)),
                    ("date", &formatter.date(to.date)),
                ],
            ));
        }
    }
    parts.extend(view.events.iter().map(|event| {
        let template = if event.approximate {
            words.event_part_approximate
        } else {
            words.event_part
        };
        fill(
            template,
            &[
                ("label", &event.label),
                ("date", &formatter.date(event.date)),
            ],
        )
    }));
    fill(
        words.timeline_label,
        &[
            ("start", &formatter.date(view.start)),
            ("end", &formatter.date(view.end)),
            ("parts", &join(&parts, words.list_separator)),
        ],
    )
}

/// The contributors chart's accessible name, when the dataset has contributors.
fn contributors_label(formatter: &dyn Formatter, dataset: &Dataset) -> Option<String> {
    let lang = formatter.lang();
    let words = &lang.words().sentences;
    contributors_chart(dataset, formatter).map(|(commitment, view)| {
        let parts: Vec<String> = view
            .rows
            .iter()
            .map(|row| {
                fill(
                    words.contributor_part,
                    &[("label", &row.label), ("figures", &row.value_text)],
                )
            })
            .collect();
        fill(
            words.contributors_label,
            &[
                ("label", dataset.commitments[commitment].label.get(lang)),
                ("parts", &join(&parts, words.list_separator)),
            ],
        )
    })
}
