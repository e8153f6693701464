//! The sentences and figures a reader sees, in French and English.

use crate::support::{default_dataset, fixture};
use pledgeviz::format::PlainFormatter;
use pledgeviz::model::Lang;
use pledgeviz::scenario::Scenario;
use pledgeviz::view::{bar_view, contributor_view, page_text, sliders, SliderKind};

const FR: PlainFormatter = PlainFormatter(Lang::Fr);
const EN: PlainFormatter = PlainFormatter(Lang::En);

#[test]
fn headlines_state_eleven_percent_and_under_forty() {
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(
        text.headlines,
        [
            "11\u{a0}% du financement reçu : 68\u{a0}M$ sur 600\u{a0}M$",
            "Moins de 40\u{a0}% du personnel promis déployé"
        ]
    );
    let text = page_text(&default_dataset(), &Scenario::default(), &EN);
    assert_eq!(
        text.headlines,
        [
            "11% of the funding received: $68M of $600M",
            "Less than 40% of the promised personnel deployed"
        ]
    );
}

#[test]
fn the_result_sentence_restates_the_scenario() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert_eq!(text.result, "Avec 200\u{a0}M$ de plus, le financement atteindrait 268\u{a0}M$ sur 600\u{a0}M$, soit 45\u{a0}%.");
    assert_eq!(
        text.headlines[0],
        "11\u{a0}% du financement reçu : 68\u{a0}M$ sur 600\u{a0}M$ (45\u{a0}% avec le scénario)"
    );
    let text = page_text(&default_dataset(), &scenario, &EN);
    assert_eq!(
        text.result,
        "With $200M more, funding would reach $268M of $600M, or 45%."
    );
}

#[test]
fn a_bound_is_said_in_words_after_a_scenario() {
    let mut scenario = Scenario::default();
    scenario.adjust("personnel").extra_delivered = 0.2;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert_eq!(text.result, "Avec 20\u{a0}% du personnel promis en plus, le déploiement atteindrait moins de 60\u{a0}%.");
}

#[test]
fn the_pace_sentence_names_the_deadline() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = 50e6;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert_eq!(text.result, "Financement : au rythme de 50\u{a0}M$ par mois, la promesse ne serait pas tenue avant le 2 octobre 2025.");
    assert_eq!(text.pace_needed[0], "Financement : pour tenir la promesse d'ici le 2 octobre 2025, il faudrait 165\u{a0}M$ par mois.");
}

#[test]
fn without_a_scenario_the_reader_is_invited_to_try_one() {
    assert_eq!(
        page_text(&default_dataset(), &Scenario::default(), &FR).result,
        "Faites glisser un curseur pour tester un scénario."
    );
}

#[test]
fn every_ratio_says_what_it_divides_by() {
    let view = bar_view(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(view.rows[0].basis, "coût estimé de la première année");
    assert_eq!(
        view.rows[0].value_text,
        "68\u{a0}M$ sur 600\u{a0}M$ · 11\u{a0}%"
    );
    assert_eq!(view.rows[1].value_text, "<\u{a0}40\u{a0}%");
    assert_eq!(view.axis_caption, "100 % = ce qui a été promis");
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert!(
        text.bars_label.contains(
            "Financement, 11\u{a0}% (68\u{a0}M$ sur 600\u{a0}M$, coût estimé de la première année)"
        ),
        "{}",
        text.bars_label
    );
}

#[test]
fn the_source_line_names_the_source_and_date() {
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert!(
        text.source_line
            .starts_with("Source : Alix Israël, « MMS : le Kenya prévient son retrait"),
        "{}",
        text.source_line
    );
    assert!(
        text.source_line.ends_with("données au 26 juin 2025"),
        "{}",
        text.source_line
    );
}

#[test]
fn illustrative_datasets_say_so() {
    let text = page_text(&fixture("contributors.json"), &Scenario::default(), &FR);
    assert_eq!(
        text.illustrative.as_deref(),
        Some("Données fictives, à titre d'illustration")
    );
    assert!(text.bars_label.starts_with("Données fictives"));
    assert_eq!(
        bar_view(&fixture("contributors.json"), &Scenario::default(), &EN)
            .illustrative
            .as_deref(),
        Some("Illustrative figures, not real data")
    );
    assert_eq!(
        page_text(&default_dataset(), &Scenario::default(), &FR).illustrative,
        None
    );
}

#[test]
fn zero_pledges_and_over_delivery_read_honestly() {
    let view = bar_view(&fixture("over-delivery.json"), &Scenario::default(), &FR);
    assert_eq!(
        view.rows[0].value_text,
        "130\u{a0}€ sur 100\u{a0}€ · 130\u{a0}%"
    );
    assert_eq!(view.axis_max, 1.5);
    assert_eq!(view.rows[2].undefined.as_deref(), Some("rien de promis"));
    assert_eq!(
        view.rows[3].value_text,
        ">\u{a0}200\u{a0}doses sur ≈\u{a0}1\u{202f}000\u{a0}doses · >\u{a0}20\u{a0}%"
    );
}

#[test]
fn contributors_are_sorted_by_gap_with_the_rest_as_others() {
    let view = contributor_view(&fixture("contributors.json"), 0, 3, &FR).expect("a commitment");
    let labels: Vec<&str> = view.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Donateur B", "Donateur A", "Donateur C", "2 autres"]
    );
    assert_eq!(
        view.rows[3].value_text,
        "0\u{a0}€ sur 50\u{a0}M€ · 0\u{a0}%"
    );
}

#[test]
fn sliders_cover_the_pledge_in_round_steps() {
    let list = sliders(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(list.len(), 4);
    assert_eq!(
        (list[0].kind, list[0].max, list[0].step),
        (SliderKind::Extra, 600e6, 5e6)
    );
    assert_eq!(list[0].label, "Financement : livré en plus");
    assert_eq!(list[2].value_text, "+0\u{a0}% de la promesse");
}

#[test]
fn context_without_figures_is_shown_as_sourced_notes() {
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(text.notes.len(), 3);
    assert_eq!(
        text.notes[2],
        "Deux policiers kényans ont été tués lors d'affrontements avec les gangs."
    );
    assert!(
        page_text(&default_dataset(), &Scenario::default(), &EN).notes[1]
            .starts_with("Key contracts for the mission's logistics")
    );
}

#[test]
fn the_csv_holds_the_figures_as_shown_with_the_scenario() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    let csv = pledgeviz::view::csv(&default_dataset(), &scenario, Lang::Fr);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        lines[0].starts_with("\u{feff}commitment,label,unit,pledged,"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 4, "header, two commitments, final line break");
    assert!(lines[1].starts_with("funding,Financement,USD,600000000,exact,coût estimé de la première année,68000000,,exact,0.1133,exact,200000000,0,268000000,0.4467,2025-06-26,2025-10-02,"), "{}", lines[1]);
    assert!(lines[2].starts_with("personnel,Personnel,people,,not_published,personnel promis (effectif non publié dans la source),,0.4000,less_than,0.4000,less_than,"), "{}", lines[2]);
    // The source's name holds a comma and quotes are doubled.
    assert!(lines[1].ends_with(",\"Alix Israël, « MMS : le Kenya prévient son retrait à cause du manque de soutien international », 26 juin 2025 (citant la lettre de William Ruto)\""), "{}", lines[1]);
}
