//! Changing a draft from the editor page: one value at a JSON pointer into the draft
//! (`/sources/0/url`, `/tables/0/roles/2`), one language of a text, items added to and
//! removed from lists. Every change keeps the draft readable by serde, so a change that
//! would not fit is refused and the draft stays as it was.

use super::{Draft, DraftEvent, DraftNote, DraftSource, DraftText, LangText};
use serde_json::Value;

impl Draft {
    /// Sets the value at a JSON pointer into the draft's serialised form; `false` (and
    /// nothing changed) when the pointer names nothing or the value does not fit there.
    pub fn set(&mut self, pointer: &str, value: Value) -> bool {
        let Ok(mut tree) = serde_json::to_value(&*self) else {
            return false;
        };
        let Some(slot) = tree.pointer_mut(pointer) else {
            return false;
        };
        *slot = value;
        match serde_json::from_value::<Draft>(tree) {
            Ok(changed) => {
                *self = changed;
                self.describe_named_commitments();
                self.forget_untouched_commitments();
                true
            }
            Err(_) => false,
        }
    }

    /// Sets the text in one language of the text at `pointer` (`/title`); text in no
    /// particular language counts as the draft's language. Emptying one language of
    /// several removes it.
    pub fn set_text(&mut self, pointer: &str, lang: &str, text: &str) -> bool {
        let Some(current) = serde_json::to_value(&*self)
            .ok()
            .and_then(|tree| tree.pointer(pointer).cloned())
            .and_then(|value| serde_json::from_value::<DraftText>(value).ok())
        else {
            return false;
        };
        let mut entries = current.0;
        let own = lang == self.language.code();
        let position = entries
            .iter()
            .position(|entry| entry.lang == lang)
            .or_else(|| {
                own.then(|| entries.iter().position(|e| e.lang.is_empty()))
                    .flatten()
            });
        match position {
            Some(at) if text.is_empty() && entries.len() > 1 => {
                entries.remove(at);
            }
            Some(at) => {
                entries[at] = LangText {
                    lang: lang.to_owned(),
                    text: text.to_owned(),
                };
            }
            None if text.is_empty() => {}
            None => entries.push(LangText {
                lang: lang.to_owned(),
                text: text.to_owned(),
            }),
        }
        match serde_json::to_value(DraftText(entries)) {
            Ok(value) => self.set(pointer, value),
            Err(_) => false,
        }
    }

    /// Adds an empty item to `sources`, `events` or `notes`.
    pub fn add_item(&mut self, list: &str) -> bool {
        match list {
            "sources" => self.sources.push(DraftSource::default()),
            "events" => self.events.push(DraftEvent::default()),
            "notes" => self.notes.push(DraftNote::default()),
            _ => return false,
        }
        true
    }

    /// Removes an item of `tables`, `commitments`, `sources`, `events` or `notes`.
    pub fn remove_item(&mut self, list: &str, index: usize) -> bool {
        fn remove<T>(items: &mut Vec<T>, index: usize) -> bool {
            let exists = index < items.len();
            if exists {
                items.remove(index);
            }
            exists
        }
        let removed = match list {
            "tables" => remove(&mut self.tables, index),
            "commitments" => remove(&mut self.commitments, index),
            "sources" => remove(&mut self.sources, index),
            "events" => remove(&mut self.events, index),
            "notes" => remove(&mut self.notes, index),
            _ => false,
        };
        if removed {
            self.describe_named_commitments();
            self.forget_untouched_commitments();
        }
        removed
    }

    /// Drops descriptions of commitments no table names any more and in which nothing was
    /// typed (a name changed in a cell, a column's role changed): nothing typed is lost.
    pub fn forget_untouched_commitments(&mut self) {
        let named = self.commitment_names();
        self.commitments.retain(|description| {
            let untouched = super::CommitmentDescription {
                name: description.name.clone(),
                ..Default::default()
            };
            *description != untouched
                || named
                    .iter()
                    .any(|name| super::same_name(name, &description.name))
        });
    }
}
