//! All the page's text around the charts: headlines, the scenario's result, the pace
//! needed, the source line, the charts' accessible names and the figures table.

use super::contributors::contributors_chart;
use super::sentences::{
    capitalised, figure_text, fill, first_letter, headline, illustrative_note, measured,
    measured_long, of_text, projection_sentence, sentence_figures, text_or,
};
use super::timeline::timeline_view;
use super::types::{PageText, TableRow};
use super::words;
use crate::format::{ratio_short, ratio_words, Formatter};
use crate::model::{Commitment, Dataset, Lang};
use crate::ratio::{delivered_amount, monthly_pace_needed, PaceNeeded};
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
    if results.is_empty() {
        results.push(
            words(
                lang,
                "Faites glisser un curseur pour tester un scénario.",
                "Drag a slider to try a scenario.",
            )
            .to_owned(),
        );
    }
    let illustrative = illustrative_note(dataset, lang);
    // Accessible names of illustrative charts start by saying so.
    let prefix = illustrative
        .as_ref()
        .map(|note| format!("{note}. "))
        .unwrap_or_default();
    PageText {
        title: dataset.title.get(lang).to_owned(),
        subtitle: dataset.subtitle.get(lang).to_owned(),
        headlines,
        result: results.join(" "),
        pace_needed,
        source_line: source_line(formatter, dataset),
        notes: dataset
            .notes
            .iter()
            .map(|note| note.text.get(lang).to_owned())
            .collect(),
        bars_label: bars_label(lang, &prefix, &bar_parts),
        timeline_label: timeline_label(formatter, dataset, scenario, &prefix),
        contributors_label: contributors_label(formatter, dataset, &prefix),
        table,
        table_headings: table_headings(lang),
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
        line.push_str(&format!(
            " ({} {})",
            ratio_words(formatter, outcome.ratio),
            words(lang, "avec le scénario", "with the scenario")
        ));
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
    let generic = words(
        lang,
        "Avec {extra} de plus, {label} atteindrait {delivered} sur {pledged}, soit {ratio}.",
        "With {extra} more, {label} would reach {delivered} of {pledged}, or {ratio}.",
    );
    let generic_share = words(
        lang,
        "Avec {extra} de plus, {label} atteindrait {ratio} de la promesse.",
        "With {extra} more, {label} would reach {ratio} of the pledge.",
    );
    let fallback = if outcome.pledged.is_some() {
        generic
    } else {
        generic_share
    };
    let template = text_or(&commitment.what_if, lang, fallback);
    let (delivered_text, pledged_text) =
        sentence_figures(formatter, commitment, outcome.delivered, outcome.pledged);
    capitalised(&fill(
        &template,
        &[
            ("extra", &measured(formatter, commitment, extra)),
            ("label", &first_letter(label, false)),
            ("delivered", &delivered_text),
            ("pledged", &pledged_text),
            ("ratio", &ratio_words(formatter, outcome.ratio)),
            ("basis", commitment.pledged_basis.get(lang)),
        ],
    ))
}

/// The monthly pace needed to meet the pledge by its deadline, when it has one.
fn pace_needed_sentence(
    formatter: &dyn Formatter,
    dataset: &Dataset,
    commitment: &Commitment,
    outcome: &Outcome,
) -> Option<String> {
    let lang = formatter.lang();
    let label = commitment.label.get(lang);
    let deadline = commitment.deadline?;
    let needed = monthly_pace_needed(
        outcome.delivered_published,
        outcome.pledged,
        dataset.as_of,
        deadline,
    );
    let date = formatter.date(deadline);
    match (needed, lang) {
        (PaceNeeded::PerMonth(figure), Lang::Fr) => Some(format!(
            "{label} : pour tenir la promesse d'ici le {date}, il faudrait {}{} par mois.",
            crate::format::qualifier_words(lang, figure.qualifier),
            measured_long(formatter, commitment, figure.value)
        )),
        (PaceNeeded::PerMonth(figure), Lang::En) => Some(format!(
            "{label}: meeting the pledge by {date} would take {}{} a month.",
            crate::format::qualifier_words(lang, figure.qualifier),
            measured_long(formatter, commitment, figure.value)
        )),
        (PaceNeeded::AlreadyMet, Lang::Fr) => Some(format!("{label} : la promesse est tenue.")),
        (PaceNeeded::AlreadyMet, Lang::En) => Some(format!("{label}: the pledge is met.")),
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
    match (&figures, extra > 0.0) {
        (Some(figures), false) => format!(
            "{label}, {published} ({figures}, {})",
            commitment.pledged_basis.get(lang)
        ),
        (None, false) => format!(
            "{label}, {published} ({})",
            commitment.pledged_basis.get(lang)
        ),
        (_, true) => format!(
            "{label}, {published} {} {}",
            words(
                lang,
                "livré, et avec le scénario",
                "delivered, and with the scenario"
            ),
            ratio_words(formatter, outcome.ratio)
        ),
    }
}

/// One commitment's row of the figures table.
fn table_row(formatter: &dyn Formatter, commitment: &Commitment, outcome: &Outcome) -> TableRow {
    let lang = formatter.lang();
    let published = ratio_words(formatter, outcome.published_ratio);
    TableRow {
        label: commitment.label.get(lang).to_owned(),
        pledged: match outcome.pledged {
            Some(p) => format!(
                "{} ({})",
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
    let lang = formatter.lang();
    let sources: Vec<&str> = dataset.sources.iter().map(|s| s.name.as_str()).collect();
    format!(
        "{} {} · {} {}",
        words(lang, "Source :", "Source:"),
        sources.join(" ; "),
        words(lang, "données au", "figures as of"),
        formatter.date(dataset.as_of)
    )
}

/// The bar chart's accessible name, stating each commitment's figures.
fn bars_label(lang: Lang, prefix: &str, bar_parts: &[String]) -> String {
    format!(
        "{}{} {}",
        prefix,
        words(
            lang,
            "Part livrée de chaque promesse :",
            "Share of each pledge delivered:"
        ),
        bar_parts.join(" ; ")
    )
}

/// The timeline's accessible name: its span, each series' last figure and each event.
fn timeline_label(
    formatter: &dyn Formatter,
    dataset: &Dataset,
    scenario: &Scenario,
    prefix: &str,
) -> String {
    let lang = formatter.lang();
    let view = timeline_view(dataset, scenario, formatter);
    let mut timeline_parts: Vec<String> = view
        .series
        .iter()
        .map(|series| format!("{} {} {}", series.label, series.end_words, view.as_of_label))
        .collect();
    timeline_parts.extend(view.events.iter().map(|e| {
        let about = if e.approximate {
            words(lang, "vers le ", "around ")
        } else {
            ""
        };
        format!("{} ({about}{})", e.label, formatter.date(e.date))
    }));
    format!(
        "{}{} {} – {}{}{}",
        prefix,
        words(lang, "Chronologie,", "Timeline,"),
        formatter.date(view.start),
        formatter.date(view.end),
        words(lang, " : ", ": "),
        timeline_parts.join(" ; ")
    )
}

/// The contributors chart's accessible name, when the dataset has contributors.
fn contributors_label(
    formatter: &dyn Formatter,
    dataset: &Dataset,
    prefix: &str,
) -> Option<String> {
    let lang = formatter.lang();
    contributors_chart(dataset, formatter).map(|(commitment, view)| {
        let rows: Vec<String> = view
            .rows
            .iter()
            .map(|row| format!("{} — {}", row.label, row.value_text))
            .collect();
        format!(
            "{}{} {}{} {}",
            prefix,
            words(lang, "Contributeurs,", "Contributors,"),
            dataset.commitments[commitment].label.get(lang),
            words(lang, " :", ":"),
            rows.join(" ; ")
        )
    })
}

/// Column headings of the figures table.
fn table_headings(lang: Lang) -> Vec<String> {
    match lang {
        Lang::Fr => [
            "Engagement",
            "Promis",
            "Livré",
            "Part livrée",
            "Avec le scénario",
        ],
        Lang::En => [
            "Commitment",
            "Pledged",
            "Delivered",
            "Share delivered",
            "With the scenario",
        ],
    }
    .map(str::to_owned)
    .to_vec()
}
