//! The JSON tree validation walks: a small value type of our own, so that the embed can
//! take its tree from the browser's `JSON.parse` instead of carrying a JSON parser.
//!
//! Objects keep their keys in the order the text gives them: a text field's first language
//! is its fallback. Natively (and with the editor) the tree is read with serde_json.

/// One JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (JSON numbers are read as `f64`, as a browser reads them).
    Number(f64),
    /// A string.
    Text(String),
    /// An array.
    List(Vec<Json>),
    /// An object, its keys in the order of the text (a key given twice keeps its last value).
    Object(Vec<(String, Json)>),
}

/// The fields of a JSON object, in the order of the text.
pub type Fields = [(String, Json)];

/// The value of `key` in an object's fields.
pub fn field<'v>(fields: &'v Fields, key: &str) -> Option<&'v Json> {
    fields
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value)
}

impl Json {
    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The fields, if this is an object.
    pub fn as_object(&self) -> Option<&Fields> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// A position in a list: a whole number from 0 (`1.0` counts, as in a browser).
    pub fn as_position(&self) -> Option<usize> {
        match self {
            Json::Number(number) if *number >= 0.0 && number.fract() == 0.0 => {
                Some(*number as usize)
            }
            _ => None,
        }
    }

    /// Adds a field to an object being built; a key given twice keeps its last value in
    /// its first place (as `JSON.parse` does).
    pub fn push_field(fields: &mut Vec<(String, Json)>, key: String, value: Json) {
        match fields.iter_mut().find(|(name, _)| *name == key) {
            Some(field) => field.1 = value,
            None => fields.push((key, value)),
        }
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
mod from_serde {
    use super::Json;
    use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    /// For callers that hold a serde_json tree (tests, the editor). Keys come in serde_json's
    /// order (alphabetical); read text with [`crate::validate::parse_dataset`] to keep the
    /// text's order.
    impl From<&serde_json::Value> for Json {
        fn from(value: &serde_json::Value) -> Json {
            use serde_json::Value;
            match value {
                Value::Null => Json::Null,
                Value::Bool(flag) => Json::Bool(*flag),
                Value::Number(number) => Json::Number(number.as_f64().unwrap_or(f64::NAN)),
                Value::String(text) => Json::Text(text.clone()),
                Value::Array(items) => Json::List(items.iter().map(Json::from).collect()),
                Value::Object(map) => Json::Object(
                    map.iter()
                        .map(|(key, value)| (key.clone(), Json::from(value)))
                        .collect(),
                ),
            }
        }
    }

    /// Reads a tree straight from JSON text, keys in the text's order.
    impl<'de> Deserialize<'de> for Json {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
            deserializer.deserialize_any(JsonVisitor)
        }
    }

    struct JsonVisitor;

    impl<'de> Visitor<'de> for JsonVisitor {
        type Value = Json;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a JSON value")
        }

        fn visit_unit<E>(self) -> Result<Json, E> {
            Ok(Json::Null)
        }

        fn visit_bool<E>(self, flag: bool) -> Result<Json, E> {
            Ok(Json::Bool(flag))
        }

        fn visit_i64<E>(self, number: i64) -> Result<Json, E> {
            Ok(Json::Number(number as f64))
        }

        fn visit_u64<E>(self, number: u64) -> Result<Json, E> {
            Ok(Json::Number(number as f64))
        }

        fn visit_f64<E>(self, number: f64) -> Result<Json, E> {
            Ok(Json::Number(number))
        }

        fn visit_str<E>(self, text: &str) -> Result<Json, E> {
            Ok(Json::Text(text.to_owned()))
        }

        fn visit_string<E>(self, text: String) -> Result<Json, E> {
            Ok(Json::Text(text))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
            let mut list = Vec::new();
            while let Some(item) = items.next_element()? {
                list.push(item);
            }
            Ok(Json::List(list))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Json, A::Error> {
            let mut fields = Vec::new();
            while let Some((key, value)) = entries.next_entry::<String, Json>()? {
                Json::push_field(&mut fields, key, value);
            }
            Ok(Json::Object(fields))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_the_order_of_the_text() {
        let value: Json = serde_json::from_str(r#"{"fr": "a", "en": "b", "fr": "c"}"#)
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            value,
            Json::Object(vec![
                ("fr".to_owned(), Json::Text("c".to_owned())),
                ("en".to_owned(), Json::Text("b".to_owned())),
            ])
        );
    }

    #[test]
    fn a_position_is_a_whole_number_from_zero() {
        assert_eq!(Json::Number(2.0).as_position(), Some(2));
        assert_eq!(Json::Number(1.5).as_position(), None);
        assert_eq!(Json::Number(-1.0).as_position(), None);
        assert_eq!(Json::Text("1".to_owned()).as_position(), None);
    }
}
