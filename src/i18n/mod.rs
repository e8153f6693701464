//! The catalogue of every word a reader can see, once per language.
//!
//! Chart labels and legends, sentences, slider labels, table headings, the widget's buttons
//! and statuses, the iframe title, validation and loading messages: each is a field of
//! [`Words`], and each language is one file (`fr.rs`, `en.rs`, `es.rs`) holding one
//! `Words` value. A missing word fails to compile; a test walks every word of every
//! language and checks that each template names the same `{placeholders}` as English.
//!
//! With the `editor` feature, each language also gives the journalist's editor its words,
//! including those the editor's readers recognise in pasted tables (`ReadingWords`:
//! month names, qualifiers, column headers); the readers know every language's.
//!
//! Adding a language: copy `en.rs` to the new code's file, translate it, and add one line
//! to the `languages!` registry below.
//!
//! Templates name their parts in braces (`"{label} : {ratio}"`) and are filled by
//! [`fill`]; the parts are finished text from [`crate::format`] or the dataset.

#[cfg(feature = "editor")]
mod editor_words;
mod en;
mod es;
mod fr;
mod words;

pub use words::*;

/// Declares the languages: one line per language, `Variant => module`.
macro_rules! languages {
    ($($(#[$doc:meta])* $variant:ident => $module:ident),+ $(,)?) => {
        /// A language the widget speaks; written as its code (`"fr"`) in saved drafts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "editor", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "editor", serde(rename_all = "lowercase"))]
        pub enum Lang {
            $($(#[$doc])* $variant),+
        }

        impl Lang {
            /// Every language, in the order of the language switch.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),+];

            /// Every word in this language.
            pub fn words(self) -> &'static Words {
                match self {
                    $(Lang::$variant => &$module::WORDS),+
                }
            }
        }
    };
}

languages! {
    /// French, the default.
    Fr => fr,
    /// English.
    En => en,
    /// Spanish.
    Es => es,
}

impl Default for Lang {
    /// French, the widget's first language.
    fn default() -> Lang {
        Lang::Fr
    }
}

impl Lang {
    /// The BCP 47 code (`"fr"`, `"en"`, `"es"`).
    pub fn code(self) -> &'static str {
        self.words().code
    }

    /// The language of a code such as `"fr"`, `"en-GB"` or `"ES"`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim();
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The first supported language among `codes`, in order (for the `lang` fallback:
    /// the reader's choice, then the host article's, then the dataset's).
    pub fn first_supported<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        codes.into_iter().find_map(Lang::from_code)
    }
}

/// A template with each `{name}` replaced by its value; unknown names stay as written.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let value = close.and_then(|close| {
            let name = &after[..close];
            pairs.iter().find(|(key, _)| *key == name).map(|(_, v)| *v)
        });
        match (close, value) {
            (Some(close), Some(value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The parts with `separator` between them: `[a, b].join(sep)`, written out once for any
/// kind of text (std's `join` is 1 KB of wasm for each kind it is used with).
pub fn join<T: AsRef<str>>(parts: &[T], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// The editor's words: problems, notes and the editor page's labels.
#[cfg(feature = "editor")]
pub fn editor(lang: Lang) -> &'static EditorWords {
    &lang.words().editor
}

/// The widget's own words for the page's script: buttons, statuses, loading messages.
pub fn ui(lang: Lang) -> &'static UiWords {
    &lang.words().ui
}

/// The text with its first letter changed to upper or lower case, for Latin letters
/// (what French and English need). Other scripts are left as written; this avoids
/// shipping Unicode's case tables in the wasm, and never lowercases a whole label ("UN").
pub fn first_letter(text: &str, upper: bool) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let code = first as u32;
    // An acronym ("UN", "ONU") keeps its capitals.
    let acronym = text.chars().nth(1).is_some_and(|c| c.is_ascii_uppercase());
    let changed = match (upper, first) {
        (false, _) if acronym => None,
        (true, 'a'..='z' | 'à'..='þ') if first != '÷' => char::from_u32(code - 32),
        (false, 'A'..='Z' | 'À'..='Þ') if first != '×' => char::from_u32(code + 32),
        _ => None,
    };
    let mut out = String::with_capacity(text.len());
    out.push(changed.unwrap_or(first));
    out.extend(chars);
    out
}

/// The text with a capital first letter (see [`first_letter`]).
pub fn capitalised(text: &str) -> String {
    first_letter(text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_latin_letter_changes_case() {
        assert_eq!(first_letter("financement", true), "Financement");
        assert_eq!(first_letter("état", true), "État");
        assert_eq!(first_letter("Funding", false), "funding");
        assert_eq!(first_letter("UN Fund", false), "UN Fund");
        assert_eq!(first_letter("التمويل", true), "التمويل");
        assert_eq!(first_letter("", true), "");
    }

    #[test]
    fn join_puts_the_separator_between_parts_only() {
        assert_eq!(join(&["a", "b", "c"], ", "), "a, b, c");
        assert_eq!(join(&[String::from("a")], ", "), "a");
        assert_eq!(join::<&str>(&[], ", "), "");
    }

    #[test]
    fn fill_replaces_known_names_only() {
        assert_eq!(
            fill("{a} et {b} {c}", &[("a", "1"), ("b", "{a}")]),
            "1 et {a} {c}"
        );
        assert_eq!(fill("{", &[]), "{");
    }

    #[test]
    fn codes_read_with_regions_and_any_case() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_code("fr_CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(
            Lang::first_supported(["", "pt-BR", "es-MX", "fr"]),
            Some(Lang::Es)
        );
    }

    #[test]
    fn serialises_for_the_page_script() {
        // The struct derives Serialize so the page's script gets the UI words as an object.
        fn is_serialize<T: serde::Serialize>(_: &T) {}
        is_serialize(ui(Lang::Fr));
    }
}
