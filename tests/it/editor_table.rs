//! Pasted and opened tables: separators, quotes, byte order marks, and the guesses of
//! what each column holds and what each row is.

use pledgeviz::editor::guess::{guess_columns, role_of_header, Role, Shape};
use pledgeviz::editor::table::{read_table, sniff_separator, Separator, TableRefusal};
use pledgeviz::i18n::Lang;

#[test]
fn pasted_spreadsheet_is_tab_separated() {
    let text = "Engagement\tPromis\tLivré\nFinancement\t600 000 000\t68 000 000\n";
    assert_eq!(sniff_separator(text), Separator::Tab);
    let table = read_table(text).expect("a table");
    assert_eq!(table.header, ["Engagement", "Promis", "Livré"]);
    assert_eq!(
        table.rows[0].cells,
        ["Financement", "600 000 000", "68 000 000"]
    );
    assert_eq!(table.rows[0].line, 2);
}

#[test]
fn semicolons_win_over_decimal_commas() {
    let text = "\u{feff}Label;Promis;Livré\r\nFinancement;600;68,5\r\nPersonnel;2 500;< 40 %\r\n";
    assert_eq!(sniff_separator(text), Separator::Semicolon);
    let table = read_table(text).expect("a table");
    assert_eq!(table.header[0], "Label", "the byte order mark is stripped");
    assert_eq!(table.rows[0].cells[2], "68,5");
}

#[test]
fn commas_with_quoted_cells() {
    let text = "Commitment,Pledged,Delivered\n\"Funding, first year\",\"600,000,000\",68000000\n";
    assert_eq!(sniff_separator(text), Separator::Comma);
    let table = read_table(text).expect("a table");
    assert_eq!(
        table.rows[0].cells,
        ["Funding, first year", "600,000,000", "68000000"]
    );
}

#[test]
fn empty_rows_are_dropped_and_rows_keep_their_spreadsheet_number() {
    let text = "a;b\n;\n\n  x ; 1 \n;;\ny;2;extra\n";
    let table = read_table(text).expect("a table");
    assert_eq!(table.header, ["a", "b", ""]);
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0].cells, ["x", "1", ""]);
    assert_eq!(table.rows[0].line, 4);
    assert_eq!(table.rows[1].line, 6);
}

#[test]
fn blank_text_is_refused() {
    assert_eq!(read_table(" \n\t\n"), Err(TableRefusal::Empty));
    assert_eq!(read_table(""), Err(TableRefusal::Empty));
}

#[test]
fn header_words_in_three_languages() {
    for (header, role) in [
        ("Engagement", Role::Label),
        ("Commitment", Role::Label),
        ("Compromiso", Role::Label),
        ("Pays", Role::Contributor),
        ("Donor", Role::Contributor),
        ("Donante", Role::Contributor),
        ("País", Role::Contributor),
        ("Montant promis", Role::Pledged),
        ("Pledged (USD)", Role::Pledged),
        ("Prometido", Role::Pledged),
        ("Livré", Role::Delivered),
        ("Versés", Role::Delivered),
        ("Disbursed", Role::Delivered),
        ("Desembolsado", Role::Delivered),
        ("Date", Role::Date),
        ("Fecha", Role::Date),
        ("Unité", Role::Ignore),
        ("Unidad", Role::Ignore),
    ] {
        assert_eq!(role_of_header(header), Some(role), "{header}");
    }
    assert_eq!(role_of_header("Colonne 3"), None);
}

#[test]
fn one_row_per_commitment() {
    let table = read_table("Engagement\tPromis\tLivré\tUnité\nFinancement\t600 M$\t68 M$\tUSD\n")
        .expect("a table");
    let guess = guess_columns(&table, Lang::Fr);
    assert_eq!(guess.shape, Shape::PerCommitment);
    assert_eq!(
        guess.roles,
        [Role::Label, Role::Pledged, Role::Delivered, Role::Ignore]
    );
}

#[test]
fn one_row_per_contributor() {
    let table =
        read_table("Pays;Engagement;Promis;Versé\nKenya;Personnel;1 000;400\n").expect("a table");
    let guess = guess_columns(&table, Lang::Fr);
    assert_eq!(guess.shape, Shape::PerContributor);
    assert_eq!(
        guess.roles,
        [
            Role::Contributor,
            Role::Commitment,
            Role::Pledged,
            Role::Delivered
        ]
    );
}

#[test]
fn columns_without_telling_headers_are_guessed_from_their_cells() {
    let table =
        read_table("x;y;z\n26/06/2025;68 M$;note\n01/05/2025;40 M$;other\n").expect("a table");
    let guess = guess_columns(&table, Lang::Fr);
    assert_eq!(guess.shape, Shape::PerDate);
    assert_eq!(guess.roles, [Role::Date, Role::Pledged, Role::Commitment]);
}
