//! Every word the editor says, in French, English and Spanish: one module per language,
//! each with the same functions, so that they can move into the language catalogue
//! (`src/i18n/`) as they are.
//!
//! French follows French typography: a no-break space before `:` `;` `!` `?` and inside
//! « », and curly apostrophes.

use super::guess::Role;
use super::problem::{EditorNote, EditorProblem, Field, Location, NoteKind, ProblemKind};
use super::Language;

/// A problem as one sentence in the journalist's language, its place first:
/// `ligne 4, colonne « Livré » : « 12abc » n’est pas un nombre`.
pub fn problem_message(problem: &EditorProblem, language: Language) -> String {
    let (place, what) = match language {
        Language::Fr => (fr::place(&problem.location), fr::problem(&problem.kind)),
        Language::En => (en::place(&problem.location), en::problem(&problem.kind)),
        Language::Es => (es::place(&problem.location), es::problem(&problem.kind)),
    };
    join(language, &place, &what)
}

/// A note as one sentence in the journalist's language, its place first.
pub fn note_message(note: &EditorNote, language: Language) -> String {
    let (place, what) = match language {
        Language::Fr => (fr::place(&note.location), fr::note(&note.kind)),
        Language::En => (en::place(&note.location), en::note(&note.kind)),
        Language::Es => (es::place(&note.location), es::note(&note.kind)),
    };
    join(language, &place, &what)
}

/// The headers of the tables made from an opened dataset: commitment, contributor,
/// pledged, delivered, date.
pub fn table_headers(language: Language) -> [&'static str; 5] {
    match language {
        Language::Fr => fr::HEADERS,
        Language::En => en::HEADERS,
        Language::Es => es::HEADERS,
    }
}

fn join(language: Language, place: &str, what: &str) -> String {
    if place.is_empty() {
        return capitalised(what);
    }
    let colon = match language {
        Language::Fr => "\u{a0}: ",
        Language::En | Language::Es => ": ",
    };
    format!("{}{colon}{what}", capitalised(place))
}

/// The words one language uses to say where a problem is.
pub struct PlaceWords {
    /// "row" as in "row 4".
    pub row: &'static str,
    /// "column" as in `column "Delivered"`.
    pub column: &'static str,
    /// "table" as in `table "donors.csv"`.
    pub table: &'static str,
    /// Quotes a text as the language does.
    pub quote: fn(&str) -> String,
    /// The name of a description field.
    pub field: fn(Field) -> &'static str,
}

/// Where a problem is, in the words given: `row 4, column "Delivered"`, with the table
/// first when there are several.
fn say_place(location: &Location, words: &PlaceWords) -> String {
    let table = |position: usize, name: &str| match name {
        "" => format!("{} {}", words.table, position + 1),
        name => format!("{} {}", words.table, (words.quote)(name)),
    };
    let column = |position: usize, header: &str| match header {
        "" => format!("{} {}", words.column, position + 1),
        header => format!("{} {}", words.column, (words.quote)(header)),
    };
    let in_table = |position: usize, name: &str, place: String| match position {
        0 if name.is_empty() => place,
        _ => format!("{}, {place}", table(position, name)),
    };
    match location {
        Location::Cell {
            table: position,
            table_name,
            row,
            column: at,
            header,
        } => in_table(
            *position,
            table_name,
            format!("{} {row}, {}", words.row, column(*at, header)),
        ),
        Location::Column {
            table: position,
            table_name,
            column: at,
            header,
        } => in_table(*position, table_name, column(*at, header)),
        Location::Table {
            table: position,
            table_name,
        } => table(*position, table_name),
        Location::Field { field, item, name } => {
            let what = (words.field)(*field);
            match (item, name.as_str()) {
                (_, name) if !name.is_empty() => format!("{what} ({})", (words.quote)(name)),
                (Some(item), _) => format!("{what} {}", item + 1),
                (None, _) => what.to_owned(),
            }
        }
        Location::Draft => String::new(),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// French.
pub mod fr {
    use super::*;

    /// Headers of the tables made from an opened dataset.
    pub const HEADERS: [&str; 5] = ["Engagement", "Contributeur", "Promis", "Livré", "Date"];

    fn quote(text: &str) -> String {
        format!("«\u{a0}{text}\u{a0}»")
    }

    /// The words that say where a problem is.
    pub const PLACES: PlaceWords = PlaceWords {
        row: "ligne",
        column: "colonne",
        table: "tableau",
        quote,
        field,
    };

    /// Where a problem is.
    pub fn place(location: &Location) -> String {
        say_place(location, &PLACES)
    }

    /// The name of a description field.
    pub fn field(field: Field) -> &'static str {
        match field {
            Field::Title => "titre",
            Field::Subtitle => "sous-titre",
            Field::AsOf => "date des chiffres",
            Field::Locale => "langue du jeu de données",
            Field::Currency => "monnaie",
            Field::Period => "période",
            Field::Sources => "sources",
            Field::SourceName => "nom de la source",
            Field::SourceUrl => "adresse de la source",
            Field::SourceDate => "date de la source",
            Field::Commitment => "engagement",
            Field::CommitmentLabel => "intitulé de l’engagement",
            Field::Unit => "unité",
            Field::CommitmentCurrency => "monnaie de l’engagement",
            Field::UnitName => "ce qui est compté",
            Field::PledgedBasis => "ce que représente 100\u{a0}%",
            Field::Deadline => "échéance",
            Field::DeadlineLabel => "nom de l’échéance",
            Field::Sentences => "phrases",
            Field::Contributor => "contributeur",
            Field::EventDate => "date de l’événement",
            Field::EventLabel => "événement",
            Field::NoteText => "note",
        }
    }

    /// The name of a column's role.
    pub fn role(role: Role) -> &'static str {
        match role {
            Role::Label => "engagement",
            Role::Commitment => "engagement concerné",
            Role::Contributor => "contributeur",
            Role::Pledged => "promis",
            Role::Delivered => "livré",
            Role::Date => "date",
            Role::Ignore => "ignorée",
        }
    }

    /// What is wrong.
    pub fn problem(kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::NotANumber { text } => format!("{} n’est pas un nombre", quote(text)),
            ProblemKind::Negative { text } => format!(
                "{} est négatif\u{a0}; un montant promis ou livré est positif ou nul",
                quote(text)
            ),
            ProblemKind::TooLarge { text } => format!("{} est trop grand", quote(text)),
            ProblemKind::MixedMarks {
                decimal_comma_row,
                decimal_point_row,
            } => format!(
                "la virgule sépare les décimales ligne {decimal_comma_row} mais le point les sépare ligne {decimal_point_row}\u{a0}; écrivez toute la colonne de la même façon"
            ),
            ProblemKind::PercentNotAllowed { text } => format!(
                "{} est un pourcentage\u{a0}; ici il faut un montant",
                quote(text)
            ),
            ProblemKind::Empty => "à remplir".to_owned(),
            ProblemKind::NotADate { text } => format!("{} n’est pas une date", quote(text)),
            ProblemKind::ImpossibleDate { text } => {
                format!("{} n’existe pas dans le calendrier", quote(text))
            }
            ProblemKind::UnknownMonth { word } => {
                format!("{} n’est pas un nom de mois", quote(word))
            }
            ProblemKind::AskDateOrder { example } => format!(
                "dans {}, le jour vient-il avant le mois\u{a0}?",
                quote(example)
            ),
            ProblemKind::MixedDateOrders {
                day_first_row,
                month_first_row,
            } => format!(
                "le jour vient en premier ligne {day_first_row} mais le mois ligne {month_first_row}"
            ),
            ProblemKind::MissingColumn { role: missing } => {
                format!("aucune colonne {}", quote(role(*missing)))
            }
            ProblemKind::ColumnTwice { role: twice } => {
                format!("une autre colonne est déjà {}", quote(role(*twice)))
            }
            ProblemKind::NoCommitmentNamed => {
                "dites à quel engagement ce tableau se rapporte".to_owned()
            }
            ProblemKind::NotDescribed { name } => {
                format!("l’engagement {} n’est pas décrit", quote(name))
            }
            ProblemKind::NoFigures { name } => {
                format!("aucun tableau ne donne les chiffres de {}", quote(name))
            }
            ProblemKind::NoPledged { name } => format!(
                "le montant promis de {} manque (ou donnez le livré en pourcentage)",
                quote(name)
            ),
            ProblemKind::Twice { text, first_row } => {
                format!("{} figure déjà ligne {first_row}", quote(text))
            }
            ProblemKind::BoundsDoNotAdd => "des «\u{a0}moins de\u{a0}» et des «\u{a0}plus de\u{a0}» ne s’additionnent pas\u{a0}; donnez le total".to_owned(),
            ProblemKind::AfterAsOf { text } => format!(
                "{} est après la date des chiffres",
                quote(text)
            ),
            ProblemKind::NotAWebAddress { text } => format!(
                "{} n’est pas une adresse web (https://…)",
                quote(text)
            ),
            ProblemKind::TooLong { chars, limit } => {
                format!("{chars}\u{a0}caractères, c’est trop (au plus {limit})")
            }
            ProblemKind::UnknownCurrency { text } => {
                format!("{} n’est pas une monnaie connue", quote(text))
            }
            ProblemKind::TooMany { count, limit } => {
                format!("{count}, c’est trop (au plus {limit})")
            }
            ProblemKind::NoSource => "nommez au moins une source".to_owned(),
            ProblemKind::NoTable => "collez ou ouvrez un tableau de chiffres".to_owned(),
            ProblemKind::NoSuchSource { position } => {
                format!("il n’y a pas de source {}", position + 1)
            }
            ProblemKind::PeriodEndsBeforeStart => {
                "la période finit avant de commencer".to_owned()
            }
            ProblemKind::NotATable { line } => {
                format!("le texte ne se lit pas comme un tableau (ligne {line})")
            }
            ProblemKind::Invalid { path, message } => {
                format!("refusé par la validation ({path}\u{a0}: {message})")
            }
        }
    }

    /// What a note says.
    pub fn note(kind: &NoteKind) -> String {
        match kind {
            NoteKind::MarksFromLanguage {
                decimal_mark,
                example,
            } => format!(
                "rien n’indiquait le séparateur décimal, {} est lu avec {} comme en français",
                quote(example),
                quote(&decimal_mark.to_string())
            ),
            NoteKind::DeliveredFromLatestDate { name } => format!(
                "le livré de {} est celui de la date la plus récente",
                quote(name)
            ),
            NoteKind::TotalFromContributors { name } => format!(
                "les chiffres de {} sont la somme de ceux des contributeurs",
                quote(name)
            ),
        }
    }
}

/// English.
pub mod en {
    use super::*;

    /// Headers of the tables made from an opened dataset.
    pub const HEADERS: [&str; 5] = ["Commitment", "Contributor", "Pledged", "Delivered", "Date"];

    fn quote(text: &str) -> String {
        format!("\"{text}\"")
    }

    /// The words that say where a problem is.
    pub const PLACES: PlaceWords = PlaceWords {
        row: "row",
        column: "column",
        table: "table",
        quote,
        field,
    };

    /// Where a problem is.
    pub fn place(location: &Location) -> String {
        say_place(location, &PLACES)
    }

    /// The name of a description field.
    pub fn field(field: Field) -> &'static str {
        match field {
            Field::Title => "title",
            Field::Subtitle => "subtitle",
            Field::AsOf => "date of the figures",
            Field::Locale => "dataset language",
            Field::Currency => "currency",
            Field::Period => "period",
            Field::Sources => "sources",
            Field::SourceName => "source name",
            Field::SourceUrl => "source address",
            Field::SourceDate => "source date",
            Field::Commitment => "commitment",
            Field::CommitmentLabel => "commitment label",
            Field::Unit => "unit",
            Field::CommitmentCurrency => "commitment currency",
            Field::UnitName => "what is counted",
            Field::PledgedBasis => "what 100 % stands for",
            Field::Deadline => "deadline",
            Field::DeadlineLabel => "deadline name",
            Field::Sentences => "sentences",
            Field::Contributor => "contributor",
            Field::EventDate => "event date",
            Field::EventLabel => "event",
            Field::NoteText => "note",
        }
    }

    /// The name of a column's role.
    pub fn role(role: Role) -> &'static str {
        match role {
            Role::Label => "commitment",
            Role::Commitment => "commitment concerned",
            Role::Contributor => "contributor",
            Role::Pledged => "pledged",
            Role::Delivered => "delivered",
            Role::Date => "date",
            Role::Ignore => "ignored",
        }
    }

    /// What is wrong.
    pub fn problem(kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::NotANumber { text } => format!("{} is not a number", quote(text)),
            ProblemKind::Negative { text } => format!(
                "{} is negative; pledged and delivered amounts are zero or more",
                quote(text)
            ),
            ProblemKind::TooLarge { text } => format!("{} is too large", quote(text)),
            ProblemKind::MixedMarks {
                decimal_comma_row,
                decimal_point_row,
            } => format!(
                "a comma marks decimals in row {decimal_comma_row} but a point does in row {decimal_point_row}; write the whole column the same way"
            ),
            ProblemKind::PercentNotAllowed { text } => {
                format!("{} is a percentage; an amount is needed here", quote(text))
            }
            ProblemKind::Empty => "needs filling in".to_owned(),
            ProblemKind::NotADate { text } => format!("{} is not a date", quote(text)),
            ProblemKind::ImpossibleDate { text } => {
                format!("{} is not on the calendar", quote(text))
            }
            ProblemKind::UnknownMonth { word } => {
                format!("{} is not the name of a month", quote(word))
            }
            ProblemKind::AskDateOrder { example } => {
                format!("in {}, does the day come before the month?", quote(example))
            }
            ProblemKind::MixedDateOrders {
                day_first_row,
                month_first_row,
            } => format!(
                "the day comes first in row {day_first_row} but the month does in row {month_first_row}"
            ),
            ProblemKind::MissingColumn { role: missing } => {
                format!("no {} column", quote(role(*missing)))
            }
            ProblemKind::ColumnTwice { role: twice } => {
                format!("another column is already {}", quote(role(*twice)))
            }
            ProblemKind::NoCommitmentNamed => {
                "say which commitment this table is about".to_owned()
            }
            ProblemKind::NotDescribed { name } => {
                format!("the commitment {} is not described", quote(name))
            }
            ProblemKind::NoFigures { name } => {
                format!("no table gives the figures of {}", quote(name))
            }
            ProblemKind::NoPledged { name } => format!(
                "the pledged amount of {} is missing (or give the delivered share as a percentage)",
                quote(name)
            ),
            ProblemKind::Twice { text, first_row } => {
                format!("{} is already in row {first_row}", quote(text))
            }
            ProblemKind::BoundsDoNotAdd => {
                "\"less than\" and \"more than\" figures do not add up; give the total".to_owned()
            }
            ProblemKind::AfterAsOf { text } => {
                format!("{} is after the date of the figures", quote(text))
            }
            ProblemKind::NotAWebAddress { text } => {
                format!("{} is not a web address (https://…)", quote(text))
            }
            ProblemKind::TooLong { chars, limit } => {
                format!("{chars} characters is too long (at most {limit})")
            }
            ProblemKind::UnknownCurrency { text } => {
                format!("{} is not a known currency", quote(text))
            }
            ProblemKind::TooMany { count, limit } => {
                format!("{count} is too many (at most {limit})")
            }
            ProblemKind::NoSource => "name at least one source".to_owned(),
            ProblemKind::NoTable => "paste or open a table of figures".to_owned(),
            ProblemKind::NoSuchSource { position } => {
                format!("there is no source {}", position + 1)
            }
            ProblemKind::PeriodEndsBeforeStart => "the period ends before it starts".to_owned(),
            ProblemKind::NotATable { line } => {
                format!("the text does not read as a table (line {line})")
            }
            ProblemKind::Invalid { path, message } => {
                format!("refused by validation ({path}: {message})")
            }
        }
    }

    /// What a note says.
    pub fn note(kind: &NoteKind) -> String {
        match kind {
            NoteKind::MarksFromLanguage {
                decimal_mark,
                example,
            } => format!(
                "nothing showed the decimal mark, so {} is read with {} as in English",
                quote(example),
                quote(&decimal_mark.to_string())
            ),
            NoteKind::DeliveredFromLatestDate { name } => format!(
                "the delivered figure of {} is the one of the latest date",
                quote(name)
            ),
            NoteKind::TotalFromContributors { name } => format!(
                "the figures of {} are the sum of the contributors' figures",
                quote(name)
            ),
        }
    }
}

/// Spanish.
pub mod es {
    use super::*;

    /// Headers of the tables made from an opened dataset.
    pub const HEADERS: [&str; 5] = [
        "Compromiso",
        "Contribuyente",
        "Prometido",
        "Entregado",
        "Fecha",
    ];

    fn quote(text: &str) -> String {
        format!("«{text}»")
    }

    /// The words that say where a problem is.
    pub const PLACES: PlaceWords = PlaceWords {
        row: "fila",
        column: "columna",
        table: "tabla",
        quote,
        field,
    };

    /// Where a problem is.
    pub fn place(location: &Location) -> String {
        say_place(location, &PLACES)
    }

    /// The name of a description field.
    pub fn field(field: Field) -> &'static str {
        match field {
            Field::Title => "título",
            Field::Subtitle => "subtítulo",
            Field::AsOf => "fecha de las cifras",
            Field::Locale => "idioma de los datos",
            Field::Currency => "moneda",
            Field::Period => "periodo",
            Field::Sources => "fuentes",
            Field::SourceName => "nombre de la fuente",
            Field::SourceUrl => "dirección de la fuente",
            Field::SourceDate => "fecha de la fuente",
            Field::Commitment => "compromiso",
            Field::CommitmentLabel => "nombre del compromiso",
            Field::Unit => "unidad",
            Field::CommitmentCurrency => "moneda del compromiso",
            Field::UnitName => "lo que se cuenta",
            Field::PledgedBasis => "lo que representa el 100 %",
            Field::Deadline => "plazo",
            Field::DeadlineLabel => "nombre del plazo",
            Field::Sentences => "frases",
            Field::Contributor => "contribuyente",
            Field::EventDate => "fecha del acontecimiento",
            Field::EventLabel => "acontecimiento",
            Field::NoteText => "nota",
        }
    }

    /// The name of a column's role.
    pub fn role(role: Role) -> &'static str {
        match role {
            Role::Label => "compromiso",
            Role::Commitment => "compromiso al que se refiere",
            Role::Contributor => "contribuyente",
            Role::Pledged => "prometido",
            Role::Delivered => "entregado",
            Role::Date => "fecha",
            Role::Ignore => "ignorada",
        }
    }

    /// What is wrong.
    pub fn problem(kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::NotANumber { text } => format!("{} no es un número", quote(text)),
            ProblemKind::Negative { text } => format!(
                "{} es negativo; lo prometido y lo entregado son cero o más",
                quote(text)
            ),
            ProblemKind::TooLarge { text } => format!("{} es demasiado grande", quote(text)),
            ProblemKind::MixedMarks {
                decimal_comma_row,
                decimal_point_row,
            } => format!(
                "la coma separa los decimales en la fila {decimal_comma_row} pero el punto en la fila {decimal_point_row}; escriba toda la columna igual"
            ),
            ProblemKind::PercentNotAllowed { text } => {
                format!("{} es un porcentaje; aquí hace falta una cantidad", quote(text))
            }
            ProblemKind::Empty => "falta rellenarlo".to_owned(),
            ProblemKind::NotADate { text } => format!("{} no es una fecha", quote(text)),
            ProblemKind::ImpossibleDate { text } => {
                format!("{} no existe en el calendario", quote(text))
            }
            ProblemKind::UnknownMonth { word } => {
                format!("{} no es el nombre de un mes", quote(word))
            }
            ProblemKind::AskDateOrder { example } => {
                format!("en {}, ¿va el día antes que el mes?", quote(example))
            }
            ProblemKind::MixedDateOrders {
                day_first_row,
                month_first_row,
            } => format!(
                "el día va primero en la fila {day_first_row} pero el mes en la fila {month_first_row}"
            ),
            ProblemKind::MissingColumn { role: missing } => {
                format!("ninguna columna {}", quote(role(*missing)))
            }
            ProblemKind::ColumnTwice { role: twice } => {
                format!("otra columna ya es {}", quote(role(*twice)))
            }
            ProblemKind::NoCommitmentNamed => {
                "diga a qué compromiso se refiere esta tabla".to_owned()
            }
            ProblemKind::NotDescribed { name } => {
                format!("el compromiso {} no está descrito", quote(name))
            }
            ProblemKind::NoFigures { name } => {
                format!("ninguna tabla da las cifras de {}", quote(name))
            }
            ProblemKind::NoPledged { name } => format!(
                "falta lo prometido de {} (o dé lo entregado en porcentaje)",
                quote(name)
            ),
            ProblemKind::Twice { text, first_row } => {
                format!("{} ya está en la fila {first_row}", quote(text))
            }
            ProblemKind::BoundsDoNotAdd => {
                "las cifras «menos de» y «más de» no se suman; dé el total".to_owned()
            }
            ProblemKind::AfterAsOf { text } => {
                format!("{} es posterior a la fecha de las cifras", quote(text))
            }
            ProblemKind::NotAWebAddress { text } => {
                format!("{} no es una dirección web (https://…)", quote(text))
            }
            ProblemKind::TooLong { chars, limit } => {
                format!("{chars} caracteres son demasiados (como máximo {limit})")
            }
            ProblemKind::UnknownCurrency { text } => {
                format!("{} no es una moneda conocida", quote(text))
            }
            ProblemKind::TooMany { count, limit } => {
                format!("{count} son demasiados (como máximo {limit})")
            }
            ProblemKind::NoSource => "indique al menos una fuente".to_owned(),
            ProblemKind::NoTable => "pegue o abra una tabla de cifras".to_owned(),
            ProblemKind::NoSuchSource { position } => {
                format!("no hay fuente {}", position + 1)
            }
            ProblemKind::PeriodEndsBeforeStart => {
                "el periodo termina antes de empezar".to_owned()
            }
            ProblemKind::NotATable { line } => {
                format!("el texto no se lee como una tabla (línea {line})")
            }
            ProblemKind::Invalid { path, message } => {
                format!("rechazado por la validación ({path}: {message})")
            }
        }
    }

    /// What a note says.
    pub fn note(kind: &NoteKind) -> String {
        match kind {
            NoteKind::MarksFromLanguage {
                decimal_mark,
                example,
            } => format!(
                "nada indicaba el separador decimal; {} se lee con {} como en español",
                quote(example),
                quote(&decimal_mark.to_string())
            ),
            NoteKind::DeliveredFromLatestDate { name } => format!(
                "lo entregado de {} es lo de la fecha más reciente",
                quote(name)
            ),
            NoteKind::TotalFromContributors { name } => format!(
                "las cifras de {} son la suma de las de los contribuyentes",
                quote(name)
            ),
        }
    }
}
