//! What the editor page drives: changes at JSON pointers, texts in several languages, and
//! build reports with each problem's anchor and sentence in the page's language.

use pledgeviz::editor::draft::DraftSource;
use pledgeviz::editor::page::{open_dataset, report};
use pledgeviz::editor::Draft;
use pledgeviz::i18n::Lang;
use serde_json::json;

const SHEET: &str = "Engagement\tPromis\tLivré\nFinancement\t600\u{202f}000\u{202f}000\t12abc\n";

fn draft() -> Draft {
    let mut draft = Draft::new(Lang::Fr);
    draft.add_table("", SHEET).expect("a table");
    draft
}

#[test]
fn a_bad_cell_is_anchored_to_its_row_and_column_in_the_pages_language() {
    let draft = draft();
    let french = report(&draft, Lang::Fr);
    assert_eq!(french.json, None);
    let cell = french
        .problems
        .iter()
        .find(|p| p.anchor == "cell:0:2:2")
        .expect("the cell");
    assert_eq!(
        cell.message,
        "Ligne 2, colonne «\u{a0}Livré\u{a0}»\u{a0}: «\u{a0}12abc\u{a0}» n’est pas un nombre"
    );
    let english = report(&draft, Lang::En);
    assert!(english
        .problems
        .iter()
        .any(|p| p.message == "Row 2, column “Livré”: “12abc” is not a number"));
    assert!(french.problems.iter().any(|p| p.anchor == "field:title"));
    assert!(french.problems.iter().any(|p| p.anchor == "field:sources"));
    assert!(french
        .problems
        .iter()
        .any(|p| p.anchor == "field:pledged_basis:0"));
}

#[test]
fn fixing_every_field_through_pointers_builds_the_dataset() {
    let mut draft = draft();
    assert!(draft.set(
        "/tables/0/table/rows/0/cells/2",
        json!("68\u{202f}000\u{202f}000")
    ));
    assert!(draft.set_text("/title", "fr", "Mission en Haïti"));
    assert!(draft.set_text("/title", "en", "Mission in Haiti"));
    assert!(draft.set("/as_of", json!("26/06/2025")));
    assert!(draft.set("/currency", json!("usd")));
    assert!(draft.add_item("sources"));
    assert!(draft.set("/sources/0/name", json!("Lettre au Conseil de sécurité")));
    assert!(draft.set_text("/commitments/0/pledged_basis", "fr", "coût estimé"));
    let built = report(&draft, Lang::Fr);
    let json: serde_json::Value =
        serde_json::from_str(built.json.as_deref().expect("builds")).expect("JSON");
    assert_eq!(
        json["title"],
        json!({"fr": "Mission en Haïti", "en": "Mission in Haiti"})
    );
    assert_eq!(json["commitments"][0]["delivered"], json!(68_000_000));
    assert_eq!(json["currency"], "USD");
}

#[test]
fn changes_that_do_not_fit_leave_the_draft_as_it_was() {
    let mut draft = draft();
    let before = draft.clone();
    assert!(!draft.set("/tables/0/roles/1", json!("nonsense")));
    assert!(!draft.set("/no/such/place", json!(1)));
    assert!(!draft.set_text("/as_of", "fr", "x"));
    assert!(!draft.add_item("tables"));
    assert!(!draft.remove_item("sources", 3));
    assert_eq!(draft, before);
}

#[test]
fn emptying_one_language_of_several_removes_it_and_plain_text_is_the_drafts_language() {
    let mut draft = draft();
    draft.sources.push(DraftSource::default());
    draft.title = pledgeviz::editor::draft::DraftText::plain("Titre");
    assert!(draft.set_text("/title", "fr", "Titre modifié"));
    assert!(draft.set_text("/title", "es", "Título"));
    assert_eq!(draft.title.0.len(), 2);
    assert_eq!(draft.title.0[0].lang, "fr");
    assert!(draft.set_text("/title", "es", ""));
    assert_eq!(draft.title.0.len(), 1);
}

#[test]
fn renaming_a_commitment_in_a_cell_forgets_only_the_untouched_description() {
    let mut draft = draft();
    assert!(draft.set("/tables/0/table/rows/0/cells/0", json!("Aide")));
    let names: Vec<&str> = draft.commitments.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Aide"]);
    assert!(draft.set_text("/commitments/0/pledged_basis", "fr", "budget"));
    assert!(draft.set("/tables/0/table/rows/0/cells/0", json!("Soutien")));
    let names: Vec<&str> = draft.commitments.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Aide", "Soutien"]);
}

#[test]
fn an_opened_file_with_problems_is_refused_in_the_pages_language() {
    let refused = open_dataset("{\"format\": \"pledgeviz/1\"}", Lang::En).expect_err("refused");
    assert!(refused.contains("title: is missing"), "{refused}");
    let opened = open_dataset(
        &std::fs::read_to_string("www/data/haiti-mss.json").expect("the default dataset"),
        Lang::Fr,
    )
    .expect("opens");
    assert_eq!(opened.commitments.len(), 2);
}

/// Walk-through, issue 4: texts typed in French only made a Spanish chart of two languages.
#[test]
fn texts_typed_only_in_other_languages_than_the_charts_are_named() {
    use pledgeviz::editor::page::untranslated;
    use pledgeviz::editor::problem::Field;
    let mut draft = draft();
    assert!(draft.set_text("/title", "fr", "Mission en Haïti"));
    assert!(draft.set_text("/commitments/0/pledged_basis", "fr", "coût estimé"));
    assert_eq!(untranslated(&draft, Lang::Fr), []);
    assert_eq!(
        untranslated(&draft, Lang::Es),
        [Field::Title, Field::PledgedBasis]
    );
    assert!(draft.set_text("/title", "es", "Misión en Haití"));
    assert_eq!(untranslated(&draft, Lang::Es), [Field::PledgedBasis]);
    // Text in no particular language is the draft's; a blank field lacks nothing.
    draft.commitments[0].pledged_basis = pledgeviz::editor::draft::DraftText::plain("coste");
    assert!(draft.set_text("/subtitle", "es", " "));
    assert_eq!(untranslated(&draft, Lang::Es), [Field::PledgedBasis]);
    assert_eq!(
        untranslated(&draft, Lang::En),
        [Field::Title, Field::PledgedBasis]
    );
}

/// A dataset's own sentences in French only do not mix languages in a Spanish chart (the
/// widget says its own Spanish sentences then), and the period's label is not shown: the
/// page, which has no field for them, does not ask to translate them.
#[test]
fn sentences_and_the_period_are_not_asked_to_be_translated() {
    use pledgeviz::editor::page::untranslated;
    let mut draft = draft();
    assert!(draft.set_text(
        "/commitments/0/headline",
        "fr",
        "{ratio} du financement reçu"
    ));
    assert!(draft.set_text("/commitments/0/what_if", "fr", "Avec {extra} de plus…"));
    assert_eq!(untranslated(&draft, Lang::Es), []);
    // Given in no particular language, as an opened dataset may, a sentence is shown in
    // every language: it is named.
    draft.commitments[0].headline =
        pledgeviz::editor::draft::DraftText::plain("{ratio} du financement reçu");
    assert_eq!(
        untranslated(&draft, Lang::Es),
        [pledgeviz::editor::problem::Field::Sentences]
    );
    assert_eq!(untranslated(&draft, Lang::Fr), []);
}

/// Review 2, issue 6: an opened dataset's contributors ("Kenya") were "not yet translated"
/// into every other language, though the widget shows names as they are.
#[test]
fn contributors_names_are_not_texts_to_translate() {
    use pledgeviz::editor::page::untranslated;
    let dataset = json!({
        "format": "pledgeviz/1",
        "title": {"fr": "Fonds", "es": "Fondo"},
        "locale": "fr-FR",
        "currency": "USD",
        "as_of": "2025-06-26",
        "sources": [{"name": "Source"}],
        "commitments": [{
            "id": "fund",
            "label": {"fr": "Fonds", "es": "Fondo"},
            "unit": "money",
            "pledged_basis": {"fr": "promis", "es": "prometido"},
            "pledged": 100,
            "delivered": 10
        }],
        "contributors": [{
            "id": "ke",
            "name": "Kenya",
            "pledges": [{"commitment": "fund", "pledged": 100, "delivered": 10}]
        }]
    });
    let draft = open_dataset(&dataset.to_string(), Lang::Fr).expect("opens");
    assert_eq!(draft.contributors[0].name, "Kenya");
    assert_eq!(untranslated(&draft, Lang::Es), []);
    assert_eq!(untranslated(&draft, Lang::En).len(), 3);
}

/// Walk-through, issue 6: "Engagement" and "Engagement concerné" side by side in the column
/// menu said nothing of which to choose.
#[test]
fn the_column_menu_tells_the_two_commitment_roles_apart_in_every_language() {
    use pledgeviz::editor::guess::Role;
    use pledgeviz::editor::say::role_name;
    for &lang in Lang::ALL {
        let (label, commitment) = (
            role_name(Role::Label, lang),
            role_name(Role::Commitment, lang),
        );
        assert!(
            !commitment.starts_with(label) && !label.starts_with(commitment),
            "{lang:?}: {label:?} and {commitment:?} read alike"
        );
    }
    assert_eq!(
        role_name(Role::Label, Lang::Fr),
        "engagement (chaque ligne en est un)"
    );
    assert_eq!(
        role_name(Role::Commitment, Lang::Fr),
        "engagement dont relève la ligne"
    );
}
