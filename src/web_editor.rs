//! The editor's web shell (feature `editor`, wasm32 only): with [`crate::web`], the only
//! module that names `wasm_bindgen` or `js_sys`.
//!
//! It holds the journalist's draft in one opaque [`Editor`] handle that `www/editor.js`
//! drives: tables pasted or opened, values set at JSON pointers into the draft, the draft
//! saved to and restored from the page's storage, and builds whose problems come placed
//! and said in the page's language. It does no arithmetic and touches no DOM.

use crate::editor::page::{open_dataset, report, untranslated};
use crate::editor::say::{field_name, refusal_message};
use crate::editor::Draft;
use crate::i18n::{capitalised, EditorWords, Lang};
use wasm_bindgen::prelude::*;

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(value).map_err(|error| JsError::new(&error.to_string()))
}

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

#[derive(serde::Serialize)]
struct PageWords {
    code: &'static str,
    languages: Vec<(&'static str, &'static str)>,
    words: &'static EditorWords,
    /// The fields' and column roles' names as labels: `[[name, "Source name"]]`.
    field_labels: Vec<(String, String)>,
    role_labels: Vec<(String, String)>,
}

/// The catalogue's lower-case names (a struct of words), each with a capital, by name.
fn labels<T: serde::Serialize>(names: &T) -> Vec<(String, String)> {
    match serde_json::to_value(names) {
        Ok(serde_json::Value::Object(map)) => map
            .into_iter()
            .filter_map(|(name, words)| {
                words
                    .as_str()
                    .map(|words| (name.clone(), capitalised(words)))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The editor's words in the language of `code` (else French): `{code, languages:
/// [[code, name]], words, field_labels, role_labels}`, the page's labels under
/// `words.page`.
#[wasm_bindgen(js_name = editorWords)]
pub fn editor_words(code: &str) -> Result<JsValue, JsError> {
    let lang = lang_of(code);
    let words = crate::i18n::editor(lang);
    to_js(&PageWords {
        code: lang.code(),
        languages: Lang::ALL
            .iter()
            .map(|lang| (lang.code(), lang.words().name))
            .collect(),
        words,
        field_labels: labels(&words.fields),
        role_labels: labels(&words.roles),
    })
}

/// The journalist's draft, changed by the page and built on demand.
#[wasm_bindgen]
pub struct Editor {
    draft: Draft,
}

#[wasm_bindgen]
impl Editor {
    /// An empty draft in the language of `code` (else French).
    #[wasm_bindgen(constructor)]
    pub fn new(code: &str) -> Editor {
        Editor {
            draft: Draft::new(lang_of(code)),
        }
    }

    /// A draft saved by [`Editor::draft_json`]; throws when the text is not one.
    pub fn restore(saved: &str) -> Result<Editor, JsError> {
        serde_json::from_str(saved)
            .map(|draft| Editor { draft })
            .map_err(|error| JsError::new(&error.to_string()))
    }

    /// The draft as JSON text, for the page's storage.
    #[wasm_bindgen(js_name = draftJson)]
    pub fn draft_json(&self) -> String {
        serde_json::to_string(&self.draft).unwrap_or_default()
    }

    /// The draft as an object, for the page to show what was typed and chosen.
    pub fn draft(&self) -> Result<JsValue, JsError> {
        to_js(&self.draft)
    }

    /// The code of the journalist's language.
    pub fn language(&self) -> String {
        self.draft.language.code().to_owned()
    }

    /// Switches the journalist's language (messages, and how `1,234` reads when nothing
    /// else says).
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&mut self, code: &str) {
        self.draft.language = lang_of(code);
    }

    /// Reads pasted or opened text as a new table with guessed columns; returns its
    /// position, or throws why it is not a table, in the journalist's language.
    #[wasm_bindgen(js_name = addTable)]
    pub fn add_table(&mut self, name: &str, text: &str) -> Result<usize, JsError> {
        self.draft
            .add_table(name, text)
            .map_err(|refusal| JsError::new(&refusal_message(refusal, self.draft.language)))
    }

    /// Replaces the draft with an opened `pledgeviz/1` file; throws its problems in the
    /// journalist's language.
    #[wasm_bindgen(js_name = openDataset)]
    pub fn open_dataset(&mut self, json: &str) -> Result<(), JsError> {
        let draft = open_dataset(json, self.draft.language).map_err(|e| JsError::new(&e))?;
        self.draft = draft;
        Ok(())
    }

    /// Sets the value at a JSON pointer into the draft (`/tables/0/roles/2`, `/as_of`);
    /// `false` when it does not fit.
    pub fn set(&mut self, pointer: &str, value: JsValue) -> bool {
        serde_wasm_bindgen::from_value::<serde_json::Value>(value)
            .is_ok_and(|value| self.draft.set(pointer, value))
    }

    /// Sets one language of the text at a JSON pointer (`/title`, `fr`).
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&mut self, pointer: &str, lang: &str, text: &str) -> bool {
        self.draft.set_text(pointer, lang, text)
    }

    /// Adds an empty source, event or note (`sources`, `events`, `notes`).
    #[wasm_bindgen(js_name = addItem)]
    pub fn add_item(&mut self, list: &str) -> bool {
        self.draft.add_item(list)
    }

    /// Removes a table, commitment, source, event or note.
    #[wasm_bindgen(js_name = removeItem)]
    pub fn remove_item(&mut self, list: &str, index: usize) -> bool {
        self.draft.remove_item(list, index)
    }

    /// The names of the fields (in the journalist's language, lower case) whose text the
    /// chart in the language of `code` would show in another language.
    pub fn untranslated(&self, code: &str) -> Vec<String> {
        untranslated(&self.draft, lang_of(code))
            .into_iter()
            .map(|field| field_name(field, self.draft.language).to_owned())
            .collect()
    }

    /// Builds the draft: `{json, problems: [{anchor, message}], notes}`, said in the
    /// journalist's language.
    pub fn build(&self) -> Result<JsValue, JsError> {
        to_js(&report(&self.draft, self.draft.language))
    }
}
