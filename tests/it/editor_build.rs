//! Drafts into datasets that pass validation, problems located by row and column and said
//! in three languages, and datasets written back to JSON and read again unchanged.

use crate::support::{default_dataset, fixture, large_dataset, qualifier};
use pledgeviz::editor::build::answer_date_order;
use pledgeviz::editor::dates::DateOrder;
use pledgeviz::editor::draft::{DraftEvent, DraftSource, DraftText, EventKindChoice, UnitChoice};
use pledgeviz::editor::problem::Field;
use pledgeviz::editor::say::{note_message, problem_message};
use pledgeviz::editor::write::{dataset_to_json, dataset_to_value};
use pledgeviz::editor::{build, Draft, EditorProblem, Location, NoteKind, ProblemKind};
use pledgeviz::i18n::Lang;
use pledgeviz::model::*;
use pledgeviz::validate::{parse_dataset, validate};
use proptest::prelude::*;

const HAITI_SHEET: &str = "Engagement\tPromis\tLivré\tUnité\n\
Financement\t600 000 000\t68 000 000\tUSD\n\
Personnel\t\tmoins de 40 %\tpersonnes\n";

/// The Haiti figures as a journalist would enter them.
fn haiti_draft() -> Draft {
    let mut draft = Draft::new(Lang::Fr);
    draft.add_table("", HAITI_SHEET).expect("a table");
    draft.title = DraftText::in_language("fr", "Mission multinationale en Haïti");
    draft.as_of = "26 juin 2025".to_owned();
    draft.sources.push(DraftSource {
        name: DraftText::plain("Lettre de William Ruto au Conseil de sécurité"),
        url: "https://example.org/lettre".to_owned(),
        date: "26/06/2025".to_owned(),
    });
    let funding = &mut draft.commitments[0];
    funding.currency = "USD".to_owned();
    funding.pledged_basis = DraftText::plain("coût estimé de la première année");
    funding.deadline = "2 octobre 2025".to_owned();
    funding.deadline_label = DraftText::plain("fin du mandat");
    let personnel = &mut draft.commitments[1];
    personnel.unit = UnitChoice::People;
    personnel.pledged_basis = DraftText::plain("personnel promis");
    draft
}

/// The dataset a draft builds (validated) and its notes; fails the test with the problems.
#[track_caller]
pub(crate) fn built(draft: &Draft) -> (Dataset, Vec<pledgeviz::editor::EditorNote>) {
    match build(draft) {
        Ok((json, notes)) => (
            validate(&json).unwrap_or_else(|problems| panic!("{problems}")),
            notes,
        ),
        Err(problems) => panic!("{problems:#?}"),
    }
}

/// The problems a draft builds with; fails the test if it builds.
#[track_caller]
pub(crate) fn problems(draft: &Draft) -> Vec<EditorProblem> {
    match build(draft) {
        Ok((json, _)) => panic!("built {json}"),
        Err(problems) => problems,
    }
}

#[test]
fn a_pasted_sheet_and_a_few_fields_make_a_valid_dataset() {
    let (dataset, _) = built(&haiti_draft());
    assert_eq!(dataset.commitments.len(), 2);
    let funding = &dataset.commitments[0];
    assert_eq!(funding.id, "financement");
    assert_eq!(funding.pledged, Some(Figure::exact(600e6)));
    assert_eq!(funding.delivered, Delivered::Amount(Figure::exact(68e6)));
    assert_eq!(funding.deadline, pledgeviz::date::Date::parse("2025-10-02"));
    let personnel = &dataset.commitments[1];
    assert_eq!(personnel.unit, Unit::People);
    assert_eq!(personnel.pledged, None);
    assert_eq!(
        personnel.delivered,
        Delivered::ShareOfPledge(Figure {
            value: 0.4,
            qualifier: Qualifier::LessThan
        })
    );
    assert_eq!(
        dataset.sources[0].date,
        pledgeviz::date::Date::parse("2025-06-26")
    );
}

#[test]
fn the_deadline_label_is_written_and_read() {
    let (json, _) = build(&haiti_draft()).expect("builds");
    assert_eq!(json["commitments"][0]["deadline_label"], "fin du mandat");
    assert!(json["commitments"][1].get("deadline_label").is_none());
    let (dataset, _) = built(&haiti_draft());
    assert_eq!(
        dataset.commitments[0].deadline_label.get(Lang::Fr),
        "fin du mandat"
    );
}

/// Issue 10: a journalist says what the 100 % is, and only a pledge is called promised.
#[test]
fn the_kind_of_reference_chosen_in_the_editor_reaches_the_dataset() {
    let mut draft = haiti_draft();
    assert!(draft.set(
        "/commitments/0/reference",
        serde_json::Value::from("estimated_cost")
    ));
    assert!(!draft.set("/commitments/0/reference", serde_json::Value::from("wish")));
    let (json, _) = build(&draft).expect("builds");
    assert_eq!(json["commitments"][0]["reference"], "estimated_cost");
    let (dataset, _) = built(&draft);
    assert_eq!(
        dataset.commitments[0].reference,
        ReferenceKind::EstimatedCost
    );
    assert_eq!(dataset.commitments[1].reference, ReferenceKind::Pledge);
}

#[test]
fn a_cell_that_is_not_a_number_is_located_and_said_in_three_languages() {
    let mut draft = Draft::new(Lang::Fr);
    draft
        .add_table(
            "",
            "Engagement\tPromis\tLivré\nA\t1\t1\nB\t2\t2\nC\t3\t12abc\n",
        )
        .expect("a table");
    let found = problems(&draft);
    let problem = found
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::NotANumber { .. }))
        .expect("not a number");
    assert_eq!(
        problem.location,
        Location::Cell {
            table: 0,
            table_name: String::new(),
            row: 4,
            column: 2,
            header: "Livré".to_owned()
        }
    );
    assert_eq!(
        problem_message(problem, Lang::Fr),
        "Ligne 4, colonne «\u{a0}Livré\u{a0}»\u{a0}: «\u{a0}12abc\u{a0}» n’est pas un nombre"
    );
    assert_eq!(
        problem_message(problem, Lang::En),
        "Row 4, column “Livré”: “12abc” is not a number"
    );
    assert_eq!(
        problem_message(problem, Lang::Es),
        "Fila 4, columna «Livré»: «12abc» no es un número"
    );
}

#[test]
fn missing_description_fields_are_each_reported() {
    let mut draft = haiti_draft();
    draft.sources.clear();
    draft.title = DraftText::default();
    draft.commitments[0].pledged_basis = DraftText::default();
    draft.commitments[0].currency = String::new();
    draft.commitments[0].deadline = "31/02/2025".to_owned();
    let found = problems(&draft);
    let at = |field: Field| {
        found
            .iter()
            .filter(|p| matches!(&p.location, Location::Field { field: f, .. } if *f == field))
            .map(|p| p.kind.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(at(Field::Sources), [ProblemKind::NoSource]);
    assert_eq!(at(Field::Title), [ProblemKind::Empty]);
    assert_eq!(at(Field::PledgedBasis), [ProblemKind::Empty]);
    assert_eq!(
        at(Field::Deadline),
        [ProblemKind::ImpossibleDate {
            text: "31/02/2025".to_owned()
        }]
    );
    // The currency written in the cells would do, but these cells have none.
    assert_eq!(at(Field::CommitmentCurrency), [ProblemKind::Empty]);
}

#[test]
fn a_dataset_without_a_locale_gets_the_one_of_the_editors_language() {
    for (language, locale) in [
        (Lang::Fr, "fr-FR"),
        (Lang::En, "en-GB"),
        (Lang::Es, "es-ES"),
    ] {
        let mut draft = haiti_draft();
        draft.language = language;
        let (dataset, _) = built(&draft);
        assert_eq!(dataset.locale, locale);
    }
}

/// A French journalist may paste an English spreadsheet, and an English-speaking one a
/// Spanish spreadsheet: headers, qualifiers, scale words and dates of every language read.
#[test]
fn a_sheet_in_another_language_than_the_editors_reads_the_same() {
    for (sheet, as_of, editor_language) in [
        (
            "Commitment\tPledged\tDelivered\tUnit\n\
             Financement\t600 million\tabout 68 M\tUSD\n\
             Personnel\t\tless than 40 %\tpeople\n",
            "June 26, 2025",
            Lang::Fr,
        ),
        (
            "Compromiso;Prometido;Entregado;Unidad\n\
             Financement;600 millones;alrededor de 68 M;USD\n\
             Personnel;;menos del 40 %;personas\n",
            "26 de junio de 2025",
            Lang::En,
        ),
    ] {
        let mut draft = haiti_draft();
        draft.language = editor_language;
        draft.tables.clear();
        draft.add_table("", sheet).expect("a table");
        draft.as_of = as_of.to_owned();
        let (dataset, _) = built(&draft);
        assert_eq!(
            Some(dataset.as_of),
            pledgeviz::date::Date::parse("2025-06-26")
        );
        let funding = &dataset.commitments[0];
        assert_eq!(funding.pledged, Some(Figure::exact(600e6)), "{sheet}");
        let about = Figure {
            value: 68e6,
            qualifier: Qualifier::Approximate,
        };
        assert_eq!(funding.delivered, Delivered::Amount(about), "{sheet}");
        let less_than = Figure {
            value: 0.4,
            qualifier: Qualifier::LessThan,
        };
        let personnel = &dataset.commitments[1];
        assert_eq!(personnel.delivered, Delivered::ShareOfPledge(less_than));
    }
}

#[test]
fn a_currency_sign_in_the_cells_names_the_currency() {
    let mut draft = haiti_draft();
    draft.tables.clear();
    draft
        .add_table(
            "",
            "Engagement;Promis;Livré\nFinancement;600 M€;68 M€\nPersonnel;;< 40 %\n",
        )
        .expect("a table");
    draft.commitments[0].currency = String::new();
    let (dataset, _) = built(&draft);
    assert_eq!(
        dataset.commitments[0].unit,
        Unit::Money {
            currency: "EUR".to_owned()
        }
    );
}

#[test]
fn tables_of_contributors_and_dates_combine_with_the_commitments() {
    let mut draft = haiti_draft();
    draft
        .add_table(
            "donateurs.csv",
            "Pays;Engagement;Promis;Versé\nÉtats-Unis;Financement;300 M$;40 M$\nCanada;Financement;100 M$;environ 28 M$\n",
        )
        .expect("a table");
    draft
        .add_table(
            "versements.csv",
            "Date,Livré\n26/06/2025,68000000\n01/03/2025,40000000\n",
        )
        .expect("a table");
    draft.tables[2].commitment = "financement".to_owned();
    draft.tables[2].source = Some(0);
    let (dataset, notes) = built(&draft);
    assert_eq!(dataset.contributors.len(), 2);
    assert_eq!(dataset.contributors[1].id, "canada");
    assert_eq!(
        dataset.contributors[1].shares[0].delivered,
        Figure {
            value: 28e6,
            qualifier: Qualifier::Approximate
        }
    );
    let dates: Vec<String> = dataset
        .observations
        .iter()
        .map(|o| o.date.to_string())
        .collect();
    assert_eq!(dates, ["2025-03-01", "2025-06-26"], "sorted by date");
    assert_eq!(dataset.observations[0].source, Some(0));
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn totals_come_from_contributors_and_latest_dates_when_not_given() {
    let mut draft = Draft::new(Lang::En);
    draft.title = DraftText::plain("Fund");
    draft.as_of = "2025-06-26".to_owned();
    draft.currency = "USD".to_owned();
    draft.sources.push(DraftSource {
        name: DraftText::plain("Report"),
        ..DraftSource::default()
    });
    draft
        .add_table(
            "",
            "Donor,Commitment,Pledged,Delivered\nA,Fund,100,50\nB,Fund,about 100,< 20\n",
        )
        .expect("a table");
    draft
        .add_table(
            "",
            "Commitment\tDate\tDelivered\nDoses\t2025-01-01\t10\nDoses\t2025-05-01\t40 %\n",
        )
        .expect("a table");
    for description in &mut draft.commitments {
        description.pledged_basis = DraftText::plain("pledged");
    }
    let (dataset, notes) = built(&draft);
    assert_eq!(
        dataset.commitments[0].pledged,
        Some(Figure {
            value: 200.0,
            qualifier: Qualifier::Approximate
        })
    );
    assert_eq!(
        dataset.commitments[0].delivered,
        Delivered::Amount(Figure {
            value: 70.0,
            qualifier: Qualifier::LessThan
        })
    );
    assert_eq!(
        dataset.commitments[1].delivered,
        Delivered::ShareOfPledge(Figure::exact(0.4))
    );
    let kinds: Vec<&NoteKind> = notes.iter().map(|n| &n.kind).collect();
    assert_eq!(
        kinds,
        [
            &NoteKind::TotalFromContributors {
                name: "Fund".to_owned()
            },
            &NoteKind::DeliveredFromLatestDate {
                name: "Doses".to_owned()
            }
        ]
    );
}

#[test]
fn ambiguous_dates_ask_then_build_once_answered() {
    let mut draft = haiti_draft();
    draft
        .add_table("", "Date;Livré\n03/04/2025;10 M$\n05/06/2025;68 M$\n")
        .expect("a table");
    draft.tables[1].commitment = "Financement".to_owned();
    let found = problems(&draft);
    assert_eq!(
        found.iter().map(|p| &p.kind).collect::<Vec<_>>(),
        [&ProblemKind::AskDateOrder {
            example: "03/04/2025".to_owned()
        }]
    );
    assert_eq!(
        problem_message(&found[0], Lang::Fr),
        "Tableau 2, colonne «\u{a0}Date\u{a0}»\u{a0}: dans «\u{a0}03/04/2025\u{a0}», le jour vient-il avant le mois\u{a0}?"
    );
    answer_date_order(&mut draft, 1, DateOrder::DayFirst);
    let (dataset, _) = built(&draft);
    assert_eq!(dataset.observations[0].date.to_string(), "2025-04-03");
}

#[test]
fn a_column_with_both_decimal_marks_is_refused_and_the_language_is_noted() {
    let mut draft = haiti_draft();
    draft.tables.clear();
    draft
        .add_table(
            "",
            "Engagement\tPromis\tLivré\nFinancement\t600\t68,5\nPersonnel\t\t1,000,000\n",
        )
        .expect("a table");
    let found = problems(&draft);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        problem_message(&found[0], Lang::En),
        "Column “Livré”: a comma marks decimals in row 2 but a point does in row 3; write the whole column the same way"
    );

    let mut draft = haiti_draft();
    draft.tables.clear();
    draft
        .add_table(
            "",
            "Engagement\tPromis\tLivré\nFinancement\t600\t1,234\nPersonnel\t\t< 40 %\n",
        )
        .expect("a table");
    let (json, notes) = build(&draft).expect("builds");
    assert_eq!(
        json["commitments"][0]["delivered"],
        serde_json::json!(1.234)
    );
    assert_eq!(
        notes.iter().map(|n| note_message(n, Lang::Fr)).collect::<Vec<_>>(),
        ["Colonne «\u{a0}Livré\u{a0}»\u{a0}: rien n’indiquait le séparateur décimal, «\u{a0}1,234\u{a0}» est lu avec «\u{a0},\u{a0}» comme en français"]
    );
}

#[test]
fn a_commitment_named_in_a_table_but_not_described_is_reported() {
    let mut draft = haiti_draft();
    draft.commitments.pop();
    let found = problems(&draft);
    assert_eq!(
        found[0].kind,
        ProblemKind::NotDescribed {
            name: "Personnel".to_owned()
        }
    );
    assert!(matches!(
        found[0].location,
        Location::Cell {
            row: 3,
            column: 0,
            ..
        }
    ));
}

#[test]
fn the_draft_survives_storage_as_json() {
    let mut draft = haiti_draft();
    draft.events.push(DraftEvent {
        date: "2 octobre 2023".to_owned(),
        kind: EventKindChoice::Approval,
        label: DraftText::plain("Résolution 2699"),
        ..DraftEvent::default()
    });
    let stored = serde_json::to_string(&draft).expect("serialises");
    let restored: Draft = serde_json::from_str(&stored).expect("restores");
    assert_eq!(restored, draft);
    assert_eq!(built(&restored).0.events[0].kind, EventKind::Approval);
}

#[track_caller]
fn round_trips(dataset: &Dataset) {
    let written = dataset_to_json(dataset);
    assert_eq!(parse_dataset(&written).as_ref(), Ok(dataset), "{written}");
    for &language in Lang::ALL {
        let draft = Draft::from_dataset(dataset, language);
        let (rebuilt, _) = built(&draft);
        assert_eq!(&rebuilt, dataset, "through a draft in {language:?}");
    }
}

#[test]
fn opened_files_are_written_back_unchanged() {
    round_trips(&default_dataset());
    round_trips(&fixture("contributors.json"));
    round_trips(&fixture("over-delivery.json"));
    round_trips(&large_dataset(30, 200));
}

#[test]
fn every_problem_and_note_is_said_in_every_language() {
    use pledgeviz::editor::guess::Role;
    use pledgeviz::editor::{EditorNote, NoteKind};
    let text = || "x".to_owned();
    let kinds = vec![
        ProblemKind::NotANumber { text: text() },
        ProblemKind::Negative { text: text() },
        ProblemKind::TooLarge { text: text() },
        ProblemKind::MixedMarks {
            decimal_comma_row: 2,
            decimal_point_row: 3,
        },
        ProblemKind::PercentNotAllowed { text: text() },
        ProblemKind::Empty,
        ProblemKind::NotADate { text: text() },
        ProblemKind::ImpossibleDate { text: text() },
        ProblemKind::UnknownMonth { word: text() },
        ProblemKind::AskDateOrder { example: text() },
        ProblemKind::MixedDateOrders {
            day_first_row: 2,
            month_first_row: 3,
        },
        ProblemKind::MissingColumn {
            role: Role::Delivered,
        },
        ProblemKind::ColumnTwice {
            role: Role::Pledged,
        },
        ProblemKind::NoCommitmentNamed,
        ProblemKind::NotDescribed { name: text() },
        ProblemKind::NoFigures { name: text() },
        ProblemKind::NoPledged { name: text() },
        ProblemKind::Twice {
            text: text(),
            first_row: 2,
        },
        ProblemKind::BoundsDoNotAdd,
        ProblemKind::AfterAsOf { text: text() },
        ProblemKind::NotAWebAddress { text: text() },
        ProblemKind::TooLong {
            chars: 400,
            limit: 300,
        },
        ProblemKind::UnknownCurrency { text: text() },
        ProblemKind::TooMany {
            count: 60,
            limit: 50,
        },
        ProblemKind::NoSource,
        ProblemKind::NoTable,
        ProblemKind::NoSuchSource { position: 3 },
        ProblemKind::PeriodEndsBeforeStart,
        ProblemKind::NotATable { line: 3 },
        ProblemKind::TotalDoesNotAdd {
            text: text(),
            figure: text(),
            sum: 1234.5,
        },
        ProblemKind::DisagreesWithTotal {
            text: text(),
            name: text(),
            total: pledgeviz::editor::Quantity::Share(0.4),
        },
        ProblemKind::Invalid {
            path: "title".to_owned(),
            problem: pledgeviz::validate::ProblemKind::Empty,
        },
    ];
    let locations = [
        Location::Draft,
        Location::Table {
            table: 1,
            table_name: "a.csv".to_owned(),
        },
        Location::Column {
            table: 0,
            table_name: String::new(),
            column: 2,
            header: String::new(),
        },
        Location::Field {
            field: Field::PledgedBasis,
            item: Some(0),
            name: "Financement".to_owned(),
        },
        Location::Field {
            field: Field::SourceUrl,
            item: Some(1),
            name: String::new(),
        },
    ];
    for kind in kinds {
        for location in locations.iter().cloned() {
            let problem = EditorProblem {
                location,
                kind: kind.clone(),
            };
            let english = problem_message(&problem, Lang::En);
            assert!(!english.is_empty() && !english.contains('"'), "{english}");
            for language in [Lang::Fr, Lang::Es] {
                let message = problem_message(&problem, language);
                assert!(!message.is_empty() && message != english, "{message}");
            }
        }
    }
    for kind in [
        NoteKind::MarksFromLanguage {
            decimal_mark: ',',
            example: text(),
        },
        NoteKind::DeliveredFromLatestDate { name: text() },
        NoteKind::TotalFromContributors { name: text() },
        NoteKind::TotalRowLeftOut {
            text: text(),
            counted_as: Role::Contributor,
        },
        NoteKind::TotalRowLeftOut {
            text: text(),
            counted_as: Role::Label,
        },
        NoteKind::TotalRowUnchecked {
            text: text(),
            counted_as: Role::Contributor,
        },
        NoteKind::TotalRowUnchecked {
            text: text(),
            counted_as: Role::Label,
        },
        NoteKind::CumulativeFalls {
            text: text(),
            previous: text(),
            row: 3,
        },
        NoteKind::AboveLaterTotal {
            text: text(),
            name: text(),
            total: pledgeviz::editor::Quantity::Amount(1e6),
        },
    ] {
        let note = EditorNote {
            location: Location::Draft,
            kind,
        };
        let english = note_message(&note, Lang::En);
        assert!(!english.contains('"'), "{english}");
        for language in [Lang::Fr, Lang::Es] {
            assert_ne!(note_message(&note, language), english);
        }
    }
}

/// Review 2, issue 4: "une autre colonne est déjà engagement dont relève la ligne": the
/// column menu's longer role names read as part of the sentence.
#[test]
fn a_role_in_a_problem_is_quoted_as_the_column_menu_names_it() {
    use pledgeviz::editor::guess::Role;
    use pledgeviz::editor::say::role_name;
    let table = Location::Table {
        table: 0,
        table_name: String::new(),
    };
    for role in Role::ALL {
        for kind in [
            ProblemKind::MissingColumn { role },
            ProblemKind::ColumnTwice { role },
        ] {
            for (lang, quoted) in [
                (Lang::Fr, "«\u{a0}{}\u{a0}»"),
                (Lang::En, "“{}”"),
                (Lang::Es, "«{}»"),
            ] {
                let problem = EditorProblem {
                    location: table.clone(),
                    kind: kind.clone(),
                };
                let message = problem_message(&problem, lang);
                let role = quoted.replace("{}", role_name(role, lang));
                assert!(message.ends_with(&role), "{message}");
            }
        }
    }
    let said = |kind, lang| {
        problem_message(
            &EditorProblem {
                location: table.clone(),
                kind,
            },
            lang,
        )
    };
    let role = Role::Commitment;
    assert_eq!(
        said(ProblemKind::ColumnTwice { role }, Lang::Fr),
        "Tableau 1\u{a0}: une autre colonne est déjà «\u{a0}engagement dont relève la ligne\u{a0}»"
    );
    assert_eq!(
        said(ProblemKind::MissingColumn { role }, Lang::En),
        "Table 1: no column is “commitment the row belongs to”"
    );
    assert_eq!(
        said(ProblemKind::MissingColumn { role }, Lang::Es),
        "Tabla 1: ninguna columna es «compromiso al que pertenece la fila»"
    );
}

fn figure() -> impl Strategy<Value = Figure> {
    (
        prop_oneof![
            Just(0.0),
            0.0..1e15_f64,
            0.0..10.0_f64,
            (0u64..10_000_000).prop_map(|n| n as f64)
        ],
        qualifier(),
    )
        .prop_map(|(value, qualifier)| Figure { value, qualifier })
}

fn delivered() -> impl Strategy<Value = Delivered> {
    prop_oneof![
        figure().prop_map(Delivered::Amount),
        // Shares are what validation makes of a percentage: p / 100.
        (
            (0u32..100_000).prop_map(|tenths| f64::from(tenths) / 10.0),
            qualifier()
        )
            .prop_map(|(percent, qualifier)| Delivered::ShareOfPledge(Figure {
                value: percent / 100.0,
                qualifier
            })),
    ]
}

fn text() -> impl Strategy<Value = Text> {
    // Texts as typed are trimmed, so generated ones start and end with a letter or digit.
    let words = "[A-Za-zÀ-ÿ0-9]([A-Za-zÀ-ÿ0-9'’ ,.%$€«»-]{0,30}[A-Za-zÀ-ÿ0-9])?";
    prop_oneof![
        words.prop_map(|text| Text::plain(&text)),
        (words, words).prop_map(|(en, fr)| Text {
            entries: vec![("en".to_owned(), en), ("fr".to_owned(), fr)]
        }),
    ]
}

fn date() -> impl Strategy<Value = pledgeviz::date::Date> {
    (0i32..20_000).prop_map(|days| {
        pledgeviz::date::Date::parse("2000-01-01")
            .expect("a date")
            .add_days(days)
    })
}

prop_compose! {
    fn commitment(index: usize)(
        label in text(),
        unit in prop_oneof![
            Just(Unit::Money { currency: "USD".to_owned() }),
            Just(Unit::Money { currency: "EUR".to_owned() }),
            Just(Unit::People),
            text().prop_map(|name| Unit::Count { name }),
        ],
        pledged in figure(),
        drop_pledge in any::<bool>(),
        basis in text(),
        delivered in delivered(),
        deadline in proptest::option::of(date()),
        source in proptest::option::of(0usize..2),
        headline in prop_oneof![Just(Text::default()), text()],
        reference in proptest::sample::select(ReferenceKind::ALL.to_vec()),
        deadline_label in prop_oneof![Just(Text::default()), text()],
    ) -> Commitment {
        let share = matches!(delivered, Delivered::ShareOfPledge(_));
        Commitment {
            id: format!("c{index}"),
            label,
            unit,
            pledged: if share && drop_pledge { None } else { Some(pledged) },
            pledged_basis: basis,
            reference,
            delivered,
            deadline,
            deadline_label,
            source,
            headline,
            what_if: Text::default(),
        }
    }
}

prop_compose! {
    fn dataset()(
        title in text(),
        subtitle in prop_oneof![Just(Text::default()), text()],
        commitments in (1usize..4).prop_flat_map(|count| (0..count).map(commitment).collect::<Vec<_>>()),
        as_of in date(),
        illustrative in any::<bool>(),
        source_names in proptest::collection::vec((text(), proptest::option::of(date())), 2..3),
        shares in proptest::collection::vec((0usize..4, figure(), figure()), 0..6),
        observations in proptest::collection::vec((1i32..400, delivered()), 0..6),
        events in proptest::collection::vec((date(), text(), any::<bool>(), 0usize..6), 0..4),
        notes in proptest::collection::vec(text(), 0..3),
        period in proptest::option::of((date(), 1i32..2000, prop_oneof![Just(Text::default()), text()])),
    ) -> Dataset {
        let count = commitments.len();
        let contributors = shares
            .iter()
            .enumerate()
            .map(|(index, (commitment, pledged, delivered))| Contributor {
                id: format!("k{index}"),
                name: Text::plain(&format!("Contributor {index}")),
                shares: vec![ContributorShare { commitment: commitment % count, pledged: *pledged, delivered: *delivered }],
            })
            .collect();
        // Observations of the first commitment, before the as-of date, in date order.
        let mut days: Vec<i32> = observations.iter().map(|(days, _)| *days).collect();
        days.sort_unstable();
        days.dedup();
        let observations = days
            .iter()
            .rev()
            .zip(&observations)
            .map(|(days, (_, delivered))| Observation {
                commitment: 0,
                date: as_of.add_days(-days),
                delivered: *delivered,
                source: Some(0),
            })
            .collect();
        let kinds = [EventKind::Approval, EventKind::Renewal, EventKind::Deployment, EventKind::Statement, EventKind::MandateEnd, EventKind::Other];
        Dataset {
            title,
            subtitle,
            locale: "fr-FR".to_owned(),
            currency: Some("USD".to_owned()),
            as_of,
            illustrative,
            sources: source_names
                .into_iter()
                .enumerate()
                .map(|(index, (name, date))| Source {
                    name,
                    url: (index == 0).then(|| "https://example.org/a".to_owned()),
                    date,
                })
                .collect(),
            period: period.map(|(start, days, label)| Period { start, end: start.add_days(days), label }),
            commitments,
            contributors,
            observations,
            events: events
                .into_iter()
                .map(|(date, label, approximate_date, kind)| Event { date, approximate_date, label, kind: kinds[kind], source: None })
                .collect(),
            notes: notes.into_iter().map(|text| Note { text, source: Some(1) }).collect(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn written_datasets_read_back_unchanged(dataset in dataset()) {
        let value = dataset_to_value(&dataset);
        prop_assert_eq!(validate(&value), Ok(dataset.clone()));
        prop_assert_eq!(parse_dataset(&dataset_to_json(&dataset)), Ok(dataset));
    }

    #[test]
    fn datasets_opened_in_the_editor_build_back_unchanged(dataset in dataset(), language in prop_oneof![Just(Lang::Fr), Just(Lang::En), Just(Lang::Es)]) {
        let draft = Draft::from_dataset(&dataset, language);
        match build(&draft) {
            Ok((json, _)) => prop_assert_eq!(validate(&json), Ok(dataset)),
            Err(problems) => prop_assert!(false, "{:#?}", problems),
        }
    }
}

/// Drafts kept in a browser before source names had languages hold a string: they still
/// open, the name as text in no particular language.
#[test]
fn a_draft_kept_with_a_source_name_as_a_string_still_opens() {
    let mut kept = serde_json::to_value(Draft::new(Lang::Fr)).expect("a draft");
    kept["sources"] = serde_json::json!([{ "name": "OCHA FTS", "url": "", "date": "" }]);
    let draft: Draft = serde_json::from_value(kept).expect("opens");
    assert_eq!(draft.sources[0].name, DraftText::plain("OCHA FTS"));
    // And a name in several languages opens and builds back as such.
    let opened = Draft::from_dataset(&default_dataset(), Lang::Fr);
    let (json, _) = build(&opened).expect("builds");
    let dataset = pledgeviz::validate::validate(&json).expect("valid");
    assert_eq!(dataset.sources, default_dataset().sources);
}
