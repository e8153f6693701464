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
            "11\u{a0}% du financement reçu\u{a0}: 68\u{a0}M$ sur 600\u{a0}M$",
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
    assert_eq!(text.results, ["Avec 200\u{a0}M$ de plus, le financement atteindrait 268\u{a0}M$ sur 600\u{a0}M$, soit 45\u{a0}%."]);
    assert_eq!(
        text.headlines[0],
        "11\u{a0}% du financement reçu\u{a0}: 68\u{a0}M$ sur 600\u{a0}M$ — 45\u{a0}% avec le scénario"
    );
    assert_eq!(text.hint, None);
    let text = page_text(&default_dataset(), &scenario, &EN);
    assert_eq!(
        text.results,
        ["With $200M more, funding would reach $268M of $600M, or 45%."]
    );
}

#[test]
fn a_bound_is_said_in_words_after_a_scenario() {
    let mut scenario = Scenario::default();
    scenario.adjust("personnel").extra_delivered = 0.2;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert_eq!(text.results, ["Avec 20\u{a0}% du personnel promis en plus, le déploiement atteindrait moins de 60\u{a0}%."]);
}

#[test]
fn the_pace_sentence_says_how_far_short_the_deadline_falls() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = 50e6;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert_eq!(text.results, ["Financement\u{a0}: au rythme de 50\u{a0}M$ par mois, au 2 octobre 2025, il manquerait encore 371\u{a0}M$."]);
    assert_eq!(text.pace_needed[0], "Financement\u{a0}: pour couvrir le coût estimé d’ici la fin du mandat, le 2 octobre 2025, il faudrait 166\u{a0}M$ par mois.");
    let text = page_text(&default_dataset(), &scenario, &EN);
    assert_eq!(
        text.results,
        ["Funding: at $50M per month, $371M would still be missing on October 2, 2025."]
    );
    assert_eq!(text.pace_needed[0], "Funding: to cover the estimated cost by the end of the mandate, October 2, 2025, $166M a month would be needed.");
}

#[test]
fn issue_10_a_pace_that_meets_the_reference_says_when() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = 200e6;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert!(
        text.results[0].starts_with("Financement\u{a0}: au rythme de 200\u{a0}M$ par mois, les 100\u{a0}% seraient atteints le "),
        "{}",
        text.results[0]
    );
}

#[test]
fn issue_10_the_pace_needed_follows_the_scenario() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert!(
        text.pace_needed[0].ends_with("il faudrait 104\u{a0}M$ par mois."),
        "{}",
        text.pace_needed[0]
    );
}

#[test]
fn without_a_scenario_the_reader_is_invited_to_try_one() {
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(
        text.hint.as_deref(),
        Some("Faites glisser un curseur pour tester un scénario.")
    );
    assert!(text.results.is_empty());
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
    assert_eq!(
        view.axis_caption,
        "100\u{a0}% = la référence indiquée sous chaque barre"
    );
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert!(
        text.bars_label.contains(
            "Financement, 11\u{a0}% (68\u{a0}M$ sur 600\u{a0}M$) — coût estimé de la première année"
        ),
        "{}",
        text.bars_label
    );
}

#[test]
fn the_source_line_names_the_source_and_date() {
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert!(
        text.source_line.starts_with(
            "Source\u{a0}: Alix Israël, «\u{a0}MMS\u{a0}: le Kenya prévient son retrait"
        ),
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
        Some("Données fictives, à titre d’illustration")
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
    assert_eq!(list[0].label, "Financement\u{a0}: livré en plus");
    assert_eq!(list[2].value_text, "+0\u{a0}% de la promesse");
}

#[test]
fn context_without_figures_is_shown_as_sourced_notes() {
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(text.notes.len(), 3);
    assert_eq!(
        text.notes[2],
        "Deux policiers kényans ont été tués lors d’affrontements avec les gangs."
    );
    assert!(
        page_text(&default_dataset(), &Scenario::default(), &EN).notes[1]
            .starts_with("Key contracts for the mission's logistics")
    );
}

#[test]
fn the_csv_holds_every_figure_with_its_unit_in_the_readers_spreadsheet_style() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    let csv = pledgeviz::view::csv(&default_dataset(), &scenario, Lang::Fr);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}row;commitment;name;date;unit;reference;pledged;pledged_qualifier;pledged_basis;delivered;delivered_share;delivered_qualifier;ratio;ratio_qualifier;scenario_extra;scenario_monthly_pace;scenario_ratio;deadline;source");
    // French: semicolons and a decimal comma, so that a French spreadsheet reads numbers.
    assert!(lines[1].starts_with("commitment;funding;Financement;2025-06-26;USD;estimated_cost;600000000;exact;coût estimé de la première année;68000000;;exact;0,1133;exact;200000000;0;0,4467;2025-10-02;"), "{}", lines[1]);
    assert!(lines[2].starts_with("observation;funding;Financement;2025-06-26;USD;estimated_cost;;;;68000000;;exact;0,1133;exact;"), "{}", lines[2]);
    // A share published without a count stays a share, in its own column.
    assert!(lines[3].starts_with("commitment;personnel;Personnel;2025-06-26;people;pledge;;not_published;personnel promis (effectif non publié dans la source);;0,4;less_than;0,4;less_than;"), "{}", lines[3]);
    // The source's name holds a semicolon-free comma: no quotes needed in French.
    assert!(lines[1].ends_with(";Alix Israël, «\u{a0}MMS\u{a0}: le Kenya prévient son retrait à cause du manque de soutien international\u{a0}», 26 juin 2025 (citant la lettre de William Ruto)"), "{}", lines[1]);
    let english = pledgeviz::view::csv(&default_dataset(), &scenario, Lang::En);
    assert!(english.contains("\r\ncommitment,funding,Funding,2025-06-26,USD,estimated_cost,600000000,exact,estimated first-year cost,68000000,,exact,0.1133,"), "{english}");
    assert!(
        english.contains(",\"Alix Israël, «\u{a0}MMS\u{a0}: le Kenya"),
        "{english}"
    );
}

#[test]
fn the_csv_has_a_row_per_contributor_and_is_named_after_the_dataset() {
    let dataset = fixture("contributors.json");
    let csv = pledgeviz::view::csv(&dataset, &Scenario::default(), Lang::En);
    let contributors = csv
        .lines()
        .filter(|l| l.starts_with("contributor,"))
        .count();
    assert_eq!(contributors, 5);
    assert!(
        csv.contains(
            "\ncontributor,fund,Donateur A,,EUR,pledge,100000000,exact,,50000000,,exact,0.5,exact,"
        ),
        "{csv}"
    );
    assert_eq!(
        pledgeviz::view::file_name(&default_dataset(), Lang::Fr, "csv"),
        "mission-multinationale-en-haiti-les-promesses-et-ce-qui-est-2025-06-26.csv"
    );
}

#[test]
fn issue_10_bounds_round_in_the_safe_direction() {
    use pledgeviz::format::{ratio_words, PlainFormatter};
    use pledgeviz::model::Qualifier;
    use pledgeviz::ratio::Ratio;
    let share = |value, qualifier| Ratio::Share { value, qualifier };
    let fr = PlainFormatter(Lang::Fr);
    assert_eq!(
        ratio_words(&fr, share(0.186, Qualifier::MoreThan)),
        "plus de 18\u{a0}%"
    );
    assert_eq!(
        ratio_words(&fr, share(0.394, Qualifier::LessThan)),
        "moins de 40\u{a0}%"
    );
    assert_eq!(
        ratio_words(&fr, share(0.40, Qualifier::LessThan)),
        "moins de 40\u{a0}%"
    );
    assert_eq!(
        ratio_words(&fr, share(0.0951, Qualifier::LessThan)),
        "moins de 9,6\u{a0}%"
    );
    assert_eq!(
        ratio_words(&fr, share(0.186, Qualifier::Exact)),
        "19\u{a0}%"
    );
    let unit = pledgeviz::model::Unit::Money {
        currency: "USD".to_owned(),
    };
    assert_eq!(
        pledgeviz::format::bounded_amount(&fr, 68.4e6, &unit, Qualifier::MoreThan),
        "68\u{a0}M$"
    );
    assert_eq!(
        pledgeviz::format::bounded_amount(&fr, 68.4e6, &unit, Qualifier::LessThan),
        "69\u{a0}M$"
    );
}

#[test]
fn issue_10_labels_say_what_100_percent_is() {
    let view = bar_view(&default_dataset(), &Scenario::default(), &FR);
    // The funding's 100 % is an estimated cost, the personnel's a pledge: mixed.
    assert_eq!(view.legend.pledge, "Référence (100\u{a0}%)");
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert_eq!(text.table_headings[1], "Référence (100\u{a0}%)");
    // One commitment alone says which reference it is, and never "promised" for a cost.
    let mut dataset = default_dataset();
    dataset.commitments.truncate(1);
    let view = bar_view(&dataset, &Scenario::default(), &FR);
    assert_eq!(view.legend.pledge, "Coût estimé (100\u{a0}%)");
    assert_eq!(
        view.axis_caption,
        "100\u{a0}% = coût estimé de la première année"
    );
    let text = page_text(&dataset, &Scenario::default(), &FR);
    assert!(!text.table_headings.iter().any(|h| h.contains("Promis")));
    let timeline = pledgeviz::view::timeline_view(&dataset, &Scenario::default(), &EN);
    assert_eq!(timeline.pledge_label, "Estimated cost (100%)");
}

#[test]
fn issue_10_a_scenario_bar_shows_the_published_figure_beside_it() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    let view = bar_view(&default_dataset(), &scenario, &FR);
    assert_eq!(
        view.rows[0].value_text,
        "publié\u{a0}: 68\u{a0}M$\u{a0}; avec le scénario\u{a0}: 268\u{a0}M$ sur 600\u{a0}M$ · 45\u{a0}%"
    );
}

#[test]
fn issue_10_past_100_percent_is_said() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 600e6;
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert_eq!(
        text.results,
        ["Avec 600\u{a0}M$ de plus, le financement atteindrait 668\u{a0}M$ sur 600\u{a0}M$, soit 111\u{a0}%, au-delà du coût estimé."]
    );
}

#[test]
fn issue_10_a_shared_link_cannot_ask_more_than_the_slider_allows() {
    use pledgeviz::view::slider_value;
    let dataset = default_dataset();
    assert_eq!(
        slider_value(&dataset, "funding", SliderKind::Extra, 1e13),
        600e6
    );
    assert_eq!(
        slider_value(&dataset, "funding", SliderKind::Extra, -5.0),
        0.0
    );
    assert_eq!(
        slider_value(&dataset, "funding", SliderKind::Extra, f64::NAN),
        0.0
    );
    assert_eq!(
        slider_value(&dataset, "nothing", SliderKind::Extra, 5.0),
        0.0
    );
    assert_eq!(
        slider_value(&dataset, "funding", SliderKind::Extra, 2e8),
        2e8
    );
}

#[test]
fn issue_10_sliders_speak_and_the_pace_reaches_past_the_pace_needed() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    scenario.adjust("funding").monthly_pace = 50e6;
    let list = sliders(&default_dataset(), &scenario, &FR);
    assert_eq!(list[0].value_text, "+200\u{a0}M$");
    assert_eq!(list[0].value_spoken, "plus 200 millions de dollars");
    assert_eq!(list[1].value_spoken, "50 millions de dollars par mois");
    // 165 M$ a month are needed: the slider goes past it.
    assert!(list[1].max >= 165e6, "{}", list[1].max);
    let english = sliders(&default_dataset(), &scenario, &EN);
    assert_eq!(english[0].value_spoken, "plus 200 million US dollars");
    let spanish = sliders(&default_dataset(), &scenario, &PlainFormatter(Lang::Es));
    assert_eq!(spanish[0].value_spoken, "más 200 millones de dólares");
}

#[test]
fn issue_10_the_timeline_names_its_projection() {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = 50e6;
    let view = pledgeviz::view::timeline_view(&default_dataset(), &scenario, &FR);
    assert_eq!(
        view.series[0].projection_label.as_deref(),
        Some("38\u{a0}% le 2 octobre 2025")
    );
    let text = page_text(&default_dataset(), &scenario, &FR);
    assert!(
        text.timeline_label
            .contains("Financement, projection du scénario\u{a0}: 38\u{a0}% le 2 octobre 2025"),
        "{}",
        text.timeline_label
    );
}

/// A dataset without sentences of its own (every chart made in the editor) gets generic
/// what-if sentences that read correctly in every language.
#[test]
fn issue_10_generic_what_if_sentences_read_correctly() {
    let mut dataset = default_dataset();
    for commitment in &mut dataset.commitments {
        commitment.what_if = Default::default();
    }
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 200e6;
    scenario.adjust("personnel").extra_delivered = 0.2;
    let results = |formatter: &PlainFormatter| page_text(&dataset, &scenario, formatter).results;
    assert_eq!(
        results(&FR),
        [
            "Financement\u{a0}: avec 200\u{a0}M$ de plus, on atteindrait 268\u{a0}M$ sur 600\u{a0}M$, soit 45\u{a0}%.",
            "Personnel\u{a0}: avec 20\u{a0}% de plus, on atteindrait moins de 60\u{a0}% de la promesse."
        ]
    );
    assert_eq!(
        results(&EN)[0],
        "Funding: with $200M more, it would reach $268M of $600M, or 45%."
    );
    assert_eq!(
        results(&PlainFormatter(Lang::Es))[0],
        "Financiación: con 200\u{a0}M\u{a0}US$ más, se llegaría a 268\u{a0}M\u{a0}US$ de 600\u{a0}M\u{a0}US$, es decir, 45\u{a0}%."
    );
}

#[test]
fn amounts_are_said_with_the_grammar_of_each_language() {
    let spoken = |extra: f64, formatter: &PlainFormatter| {
        let mut scenario = Scenario::default();
        scenario.adjust("funding").extra_delivered = extra;
        sliders(&default_dataset(), &scenario, formatter)[0]
            .value_spoken
            .clone()
    };
    let es = PlainFormatter(Lang::Es);
    // French keeps "million" singular below two; Spanish only for exactly one.
    assert_eq!(spoken(1.5e6, &FR), "plus 1,5 million de dollars");
    assert_eq!(spoken(1e6, &FR), "plus 1 million de dollars");
    assert_eq!(spoken(1.96e6, &FR), "plus 2 millions de dollars");
    assert_eq!(spoken(1.5e9, &FR), "plus 1,5 milliard de dollars");
    assert_eq!(spoken(2.5e9, &FR), "plus 2,5 milliards de dollars");
    assert_eq!(spoken(1.5e6, &es), "más 1,5 millones de dólares");
    assert_eq!(spoken(1e6, &es), "más 1 millón de dólares");
    assert_eq!(spoken(1.5e6, &EN), "plus 1.5 million US dollars");
}

#[test]
fn a_currency_written_by_its_code_keeps_a_space_before_it() {
    use pledgeviz::format::amount;
    use pledgeviz::model::Unit;
    let htg = Unit::Money {
        currency: "HTG".into(),
    };
    assert_eq!(amount(&FR, 68e6, &htg), "68\u{a0}M\u{a0}HTG");
    assert_eq!(amount(&FR, 12_500.0, &htg), "12\u{202f}500\u{a0}HTG");
    assert_eq!(
        amount(&PlainFormatter(Lang::Es), 1.5e9, &htg),
        "1,5\u{a0}mil\u{a0}M\u{a0}HTG"
    );
    assert_eq!(amount(&EN, 68e6, &htg), "HTG\u{a0}68M");
    assert_eq!(amount(&EN, 12_500.0, &htg), "HTG\u{a0}12,500");
}

#[test]
fn a_bound_keeps_its_decimal_and_rounds_toward_its_safe_side() {
    use pledgeviz::format::bounded_amount;
    use pledgeviz::model::{Qualifier, Unit};
    let usd = Unit::Money {
        currency: "USD".into(),
    };
    let shown = |value: f64, qualifier| bounded_amount(&FR, value, &usd, qualifier);
    assert_eq!(shown(1.04e6, Qualifier::LessThan), "1,1\u{a0}M$");
    assert_eq!(shown(1.96e6, Qualifier::MoreThan), "1,9\u{a0}M$");
    assert_eq!(shown(1.96e6, Qualifier::LessThan), "2\u{a0}M$");
    assert_eq!(shown(1.96e6, Qualifier::Exact), "2\u{a0}M$");
    assert_eq!(shown(1.04e6, Qualifier::MoreThan), "1\u{a0}M$");
    assert_eq!(shown(2.04e9, Qualifier::LessThan), "2,1\u{a0}Md$");
    assert_eq!(shown(9.96e6, Qualifier::LessThan), "10\u{a0}M$");
}

#[test]
fn french_elides_de_before_a_currency_that_starts_with_a_vowel() {
    let mut dataset = default_dataset();
    dataset.currency = Some("EUR".into());
    for commitment in &mut dataset.commitments {
        if let pledgeviz::model::Unit::Money { currency } = &mut commitment.unit {
            *currency = "EUR".into();
        }
    }
    let mut scenario = Scenario::default();
    scenario.adjust("funding").extra_delivered = 2e6;
    assert_eq!(
        sliders(&dataset, &scenario, &FR)[0].value_spoken,
        "plus 2 millions d’euros"
    );
    scenario.adjust("funding").extra_delivered = 1.5e9;
    assert_eq!(
        sliders(&dataset, &scenario, &FR)[0].value_spoken,
        "plus 1,5 milliard d’euros"
    );
    assert_eq!(
        sliders(&dataset, &scenario, &PlainFormatter(Lang::Es))[0].value_spoken,
        "más 1,5 mil millones de euros"
    );
}

const ES: PlainFormatter = PlainFormatter(Lang::Es);

/// Whether a monthly pace for the funding reaches the estimated cost by the deadline, from
/// the result sentence (it says what would still be missing when it does not).
fn reaches(pace: f64) -> bool {
    let mut scenario = Scenario::default();
    scenario.adjust("funding").monthly_pace = pace;
    let text = page_text(&default_dataset(), &scenario, &FR);
    !text.results[0].contains("il manquerait encore")
}

#[test]
fn the_pace_said_to_be_needed_is_enough() {
    // 532 M$ missing over the 98 days to October 2: 165.2 M$ a month. "165 M$" would fall
    // short at its own figure; the sentence rounds up.
    let text = page_text(&default_dataset(), &Scenario::default(), &FR);
    assert!(
        text.pace_needed[0].ends_with("il faudrait 166\u{a0}M$ par mois."),
        "{}",
        text.pace_needed[0]
    );
    assert!(reaches(166e6));
    assert!(!reaches(165e6));
}

#[test]
fn an_upper_bound_past_the_pledge_is_not_said_to_go_beyond_it() {
    // Less than 40 % plus 61 points is less than 101 %: it may be 61 %.
    let mut scenario = Scenario::default();
    scenario.adjust("personnel").extra_delivered = 0.61;
    for (formatter, beyond) in [(&FR, "au-delà"), (&EN, "beyond"), (&ES, "más allá")] {
        let text = page_text(&default_dataset(), &scenario, formatter);
        let what_if = &text.results[0];
        assert!(what_if.contains("101"), "{what_if}");
        assert!(!what_if.contains(beyond), "{what_if}");
        // Nor is a pace of "more than 0 %" a month said to be needed.
        assert!(
            text.pace_needed
                .iter()
                .all(|line| !line.contains("0\u{a0}%") && !line.contains(" 0%")),
            "{:?}",
            text.pace_needed
        );
    }
    // A lower bound past 100 % is beyond it.
    let mut dataset = default_dataset();
    dataset.commitments[1].delivered =
        pledgeviz::model::Delivered::ShareOfPledge(pledgeviz::model::Figure {
            value: 0.4,
            qualifier: pledgeviz::model::Qualifier::MoreThan,
        });
    let text = page_text(&dataset, &scenario, &EN);
    assert!(text.results[0].contains("beyond"), "{}", text.results[0]);
}

#[test]
fn a_share_in_a_bar_label_is_said_once() {
    let mut scenario = Scenario::default();
    scenario.adjust("personnel").extra_delivered = 0.7;
    let view = bar_view(&default_dataset(), &scenario, &ES);
    assert_eq!(
        view.rows[1].value_text,
        "publicado: <\u{a0}40\u{a0}%; con el escenario: <\u{a0}110\u{a0}%"
    );
}

#[test]
fn spanish_bounds_on_percentages_read_del() {
    let text = page_text(&default_dataset(), &Scenario::default(), &ES);
    assert_eq!(
        text.headlines[1],
        "Menos del 40\u{a0}% del personal prometido está desplegado"
    );
    assert!(
        text.headlines[0].contains("68\u{a0}M\u{a0}US$ de 600\u{a0}M\u{a0}US$"),
        "{}",
        text.headlines[0]
    );
    // Amounts keep "de": "menos de 1,1 M US$".
    assert_eq!(
        pledgeviz::format::qualifier_words(Lang::Es, pledgeviz::model::Qualifier::LessThan, false),
        "menos de "
    );
}

#[test]
fn a_slider_shows_the_value_it_is_set_to() {
    // A smaller pledge: the pace slider moves by fractions of a million.
    let mut dataset = default_dataset();
    dataset.commitments[0].pledged = Some(pledgeviz::model::Figure::exact(100e6));
    let pace = |value: f64| {
        let mut scenario = Scenario::default();
        scenario.adjust("funding").monthly_pace = value;
        sliders(&dataset, &scenario, &FR)
            .into_iter()
            .find(|slider| slider.commitment == "funding" && slider.kind == SliderKind::Pace)
            .expect("a pace slider")
    };
    let slider = pace(22.5e6);
    assert!(slider.step <= 0.5e6, "step {}", slider.step);
    assert_eq!(slider.value_text, "22,5\u{a0}M$ par mois");
    assert!(
        slider.value_spoken.starts_with("22,5 millions de dollars"),
        "{}",
        slider.value_spoken
    );
    // No trailing zero: 23 M$ stays "23 M$".
    assert_eq!(pace(23e6).value_text, "23\u{a0}M$ par mois");
    // Amounts elsewhere keep their two significant digits.
    assert_eq!(pledgeviz::format::money_scale_to(22.5e6, 0.0).2, 0);
    assert_eq!(pledgeviz::format::money_scale_to(22.5e6, 0.5e6).2, 1);
    assert_eq!(pledgeviz::format::money_scale_to(2.25e6, 0.05e6).2, 2);
}

#[test]
fn a_share_slider_shows_the_value_it_is_set_to() {
    // The personnel's pace moves by fractions of a point: 18.8 % is not "19 %".
    let pace = |value: f64| {
        let mut scenario = Scenario::default();
        scenario.adjust("personnel").monthly_pace = value;
        sliders(&default_dataset(), &scenario, &FR)
            .into_iter()
            .find(|slider| slider.commitment == "personnel" && slider.kind == SliderKind::Pace)
            .expect("a pace slider")
    };
    let step = pace(0.0).step;
    assert!(step < 0.01, "step {step}");
    let values: Vec<String> = (90..100)
        .map(|n| pace(f64::from(n) * step).value_text)
        .collect();
    for pair in values.windows(2) {
        assert_ne!(pair[0], pair[1], "two positions read alike");
    }
    assert!(
        pace(0.188).value_text.starts_with("18,8\u{a0}%"),
        "{}",
        pace(0.188).value_text
    );
    assert!(
        pace(0.188).value_spoken.starts_with("18,8\u{a0}%"),
        "{}",
        pace(0.188).value_spoken
    );
    assert!(
        pace(0.19).value_text.starts_with("19\u{a0}%"),
        "{}",
        pace(0.19).value_text
    );
}

#[test]
fn a_timeline_is_shown_only_with_something_over_time() {
    use pledgeviz::validate::parse_dataset;
    use pledgeviz::view::has_timeline;
    let read = |json: serde_json::Value| parse_dataset(&json.to_string()).expect("valid");
    let none = Scenario::default();
    // One figure at one date: one dot, nothing over time.
    let mut json = crate::support::minimal_json();
    assert!(!has_timeline(&read(json.clone()), &none));
    // A deadline already past does not make one either.
    json["commitments"][0]["deadline"] = "2025-01-01".into();
    assert!(!has_timeline(&read(json.clone()), &none));
    // A deadline ahead does: a monthly pace projects to it.
    json["commitments"][0]["deadline"] = "2025-12-31".into();
    assert!(has_timeline(&read(json.clone()), &none));
    json["commitments"][0]
        .as_object_mut()
        .expect("an object")
        .remove("deadline");
    // Figures on two dates do.
    json["observations"] = serde_json::json!([
        { "commitment": "money", "date": "2025-01-01", "delivered": 10 },
        { "commitment": "money", "date": "2025-06-26", "delivered": 25 }
    ]);
    assert!(has_timeline(&read(json.clone()), &none));
    // One dated figure before the as-of date does too: the as-of figure closes its series.
    json["observations"]
        .as_array_mut()
        .expect("a list")
        .remove(1);
    assert!(has_timeline(&read(json.clone()), &none));
    // One dated on the as-of date does not.
    json["observations"][0]["date"] = "2025-06-26".into();
    assert!(!has_timeline(&read(json.clone()), &none));
    // Until the reader sets a monthly pace: its projection runs over time.
    let mut pace = Scenario::default();
    pace.adjust("money").monthly_pace = 5.0;
    assert!(has_timeline(&read(json.clone()), &pace));
    // An event does.
    json["events"] =
        serde_json::json!([{ "date": "2025-03-01", "label": "Conférence", "kind": "statement" }]);
    assert!(has_timeline(&read(json), &none));
    assert!(has_timeline(&default_dataset(), &none));
}

#[test]
fn a_datasets_sentence_in_other_languages_only_gives_way_to_the_widgets_own() {
    // The default dataset's headlines are in French, English and Spanish; keep only French.
    let mut dataset = default_dataset();
    for commitment in &mut dataset.commitments {
        commitment.headline.entries.retain(|(code, _)| code == "fr");
        commitment.what_if.entries.retain(|(code, _)| code == "fr");
    }
    let french = page_text(&dataset, &Scenario::default(), &FR);
    assert_eq!(
        french.headlines[0],
        "11\u{a0}% du financement reçu\u{a0}: 68\u{a0}M$ sur 600\u{a0}M$"
    );
    // In Spanish, the widget's own Spanish headline, not the French one.
    let spanish = page_text(&dataset, &Scenario::default(), &ES);
    assert!(
        spanish.headlines[0].starts_with("Financiación: 11\u{a0}%"),
        "{}",
        spanish.headlines[0]
    );
    assert!(
        spanish
            .headlines
            .iter()
            .all(|line| !line.contains("reçu") && !line.contains("déployé")),
        "{:?}",
        spanish.headlines
    );
    // A sentence given in no particular language is the dataset's in every language.
    dataset.commitments[0].headline = pledgeviz::model::Text::plain("{label}: {ratio}");
    let spanish = page_text(&dataset, &Scenario::default(), &ES);
    assert_eq!(spanish.headlines[0], "Financiación: 11\u{a0}%");
}

#[test]
fn a_text_keyed_by_a_regional_code_is_found_in_its_language() {
    use pledgeviz::model::Text;
    let text = Text {
        entries: vec![
            ("en".to_owned(), "Funding".to_owned()),
            ("fr-FR".to_owned(), "Financement".to_owned()),
        ],
    };
    assert_eq!(text.get(Lang::Fr), "Financement");
    assert_eq!(text.in_lang(Lang::Fr), Some("Financement"));
    assert_eq!(text.in_lang(Lang::Es), None);
    assert_eq!(text.get(Lang::Es), "Funding");
    // A dataset's own headline under "FR" is still its own in French.
    let mut dataset = default_dataset();
    dataset.commitments[0].headline = Text {
        entries: vec![("FR".to_owned(), "{label} : {ratio}".to_owned())],
    };
    assert_eq!(
        page_text(&dataset, &Scenario::default(), &FR).headlines[0],
        "Financement : 11\u{a0}%"
    );
}

#[test]
fn a_source_named_in_each_language_is_cited_in_the_readers() {
    let line = |formatter: &PlainFormatter| {
        page_text(&default_dataset(), &Scenario::default(), formatter).source_line
    };
    assert!(
        line(&FR).contains("Conseil de sécurité des Nations unies, résolution 2699 (2023)"),
        "{}",
        line(&FR)
    );
    assert!(
        line(&EN).contains("; UN Security Council, resolution 2699 (2023);"),
        "{}",
        line(&EN)
    );
    assert!(
        line(&ES).contains("Consejo de Seguridad de las Naciones Unidas, resolución 2751 (2024)"),
        "{}",
        line(&ES)
    );
    // An article's title stays as published, in every language.
    assert!(
        line(&ES).contains("«\u{a0}MMS\u{a0}: le Kenya prévient son retrait"),
        "{}",
        line(&ES)
    );
    assert!(!line(&ES).contains("Conseil de sécurité"), "{}", line(&ES));
    // The CSV names a row's source in the reader's language too.
    let csv = pledgeviz::view::csv(&default_dataset(), &Scenario::default(), Lang::En);
    assert!(!csv.contains("citant la lettre"), "{csv}");
}
