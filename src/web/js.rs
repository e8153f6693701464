//! Values across the JS boundary: the dataset read with the browser's `JSON.parse`, and the
//! core's serializable results turned into plain JS objects.

use crate::model::Dataset;
use crate::validate::{check_size, not_json, validate_json, Json, Problems, MAX_DEPTH};
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;

/// Parses with the browser's `JSON.parse` (the embed carries no JSON parser of its own)
/// and validates; text it refuses is read again by the core to say where and why.
pub fn read_dataset(text: &str) -> Result<Dataset, Problems> {
    check_size(text)?;
    let tree = JSON::parse(text)
        .ok()
        .and_then(|value| json_from_js(&value, MAX_DEPTH));
    match tree {
        Some(tree) => validate_json(&tree),
        None => Err(not_json(text)),
    }
}

/// A `JSON.parse` result as the core's tree; `None` when nested deeper than `depth_left`
/// or holding a number too large for a float (`JSON.parse` reads `1e400` as `Infinity`,
/// where serde_json refuses it), so that the core says where the text went wrong.
fn json_from_js(value: &JsValue, depth_left: usize) -> Option<Json> {
    if let Some(flag) = value.as_bool() {
        return Some(Json::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return number.is_finite().then_some(Json::Number(number));
    }
    if let Some(text) = value.as_string() {
        return Some(Json::Text(text));
    }
    if !value.is_object() {
        return Some(Json::Null);
    }
    let inner = depth_left.checked_sub(1).filter(|left| *left > 0)?;
    if Array::is_array(value) {
        let items = Array::from(value)
            .into_iter()
            .map(|item| json_from_js(&item, inner));
        return items.collect::<Option<_>>().map(Json::List);
    }
    let fields = Object::entries(value.unchecked_ref())
        .into_iter()
        .map(|entry| {
            let pair = Array::from(&entry);
            let value = json_from_js(&pair.get(1), inner)?;
            Some((pair.get(0).as_string().unwrap_or_default(), value))
        });
    fields.collect::<Option<_>>().map(Json::Object)
}

pub(super) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(ToJs)
        .map_err(|error| JsError::new(&error.0))
}

/// Plain JS values from the core's serializable types, as serde-wasm-bindgen writes them
/// (structs as objects, sequences and tuples as arrays, `None` and `()` as `undefined`,
/// unit variants as their names), without its string cache and its weight in the wasm.
/// Only the shapes the core sends are supported: no maps, no variants with data.
struct ToJs;

/// Why a value has no JS form (maps and variants with data are never sent).
#[derive(Debug)]
struct NotSerializable(String);

impl std::fmt::Display for NotSerializable {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for NotSerializable {}

impl serde::ser::Error for NotSerializable {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        NotSerializable(message.to_string())
    }
}

/// An array or object being filled.
struct Filling(JsValue);

type Impossible = serde::ser::Impossible<JsValue, NotSerializable>;

macro_rules! numbers_to_js {
    ($($method:ident: $type:ty),*) => {
        $(fn $method(self, value: $type) -> Result<JsValue, NotSerializable> {
            Ok(JsValue::from(value))
        })*
    };
}

/// Variants with data are never sent to the page.
macro_rules! refuse_variants_with_data {
    ($($method:ident),*) => {
        $(fn $method(
            self,
            _: &'static str,
            _: u32,
            variant: &'static str,
            _: usize,
        ) -> Result<Impossible, NotSerializable> {
            Err(NotSerializable(variant.to_owned()))
        })*
    };
}

impl serde::Serializer for ToJs {
    type Ok = JsValue;
    type Error = NotSerializable;
    type SerializeSeq = Filling;
    type SerializeTuple = Filling;
    type SerializeTupleStruct = Filling;
    type SerializeTupleVariant = Impossible;
    type SerializeMap = Impossible;
    type SerializeStruct = Filling;
    type SerializeStructVariant = Impossible;

    numbers_to_js!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16,
        serialize_i32: i32, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_f32: f32, serialize_f64: f64, serialize_str: &str);

    fn serialize_i64(self, value: i64) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from(value as f64))
    }

    fn serialize_u64(self, value: u64) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from(value as f64))
    }

    fn serialize_char(self, value: char) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from(String::from(value)))
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<JsValue, NotSerializable> {
        Err(NotSerializable("bytes".to_owned()))
    }

    fn serialize_none(self) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::UNDEFINED)
    }

    fn serialize_some<T: serde::Serialize + ?Sized>(
        self,
        value: &T,
    ) -> Result<JsValue, NotSerializable> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::UNDEFINED)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::UNDEFINED)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<JsValue, NotSerializable> {
        Ok(JsValue::from_str(variant))
    }

    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<JsValue, NotSerializable> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: &T,
    ) -> Result<JsValue, NotSerializable> {
        Err(NotSerializable(variant.to_owned()))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Filling, NotSerializable> {
        Ok(Filling(Array::new().into()))
    }

    fn serialize_tuple(self, _: usize) -> Result<Filling, NotSerializable> {
        Ok(Filling(Array::new().into()))
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Filling, NotSerializable> {
        Ok(Filling(Array::new().into()))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Impossible, NotSerializable> {
        Err(NotSerializable("map".to_owned()))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Filling, NotSerializable> {
        Ok(Filling(Object::new().into()))
    }

    refuse_variants_with_data!(serialize_tuple_variant, serialize_struct_variant);
}

impl Filling {
    fn push<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NotSerializable> {
        self.0
            .unchecked_ref::<Array>()
            .push(&value.serialize(ToJs)?);
        Ok(())
    }
}

/// Arrays: sequences, tuples and tuple structs, filled in order.
macro_rules! fill_in_order {
    ($($kind:ident::$method:ident),*) => {
        $(impl serde::ser::$kind for Filling {
            type Ok = JsValue;
            type Error = NotSerializable;

            fn $method<T: serde::Serialize + ?Sized>(
                &mut self,
                value: &T,
            ) -> Result<(), NotSerializable> {
                self.push(value)
            }

            fn end(self) -> Result<JsValue, NotSerializable> {
                Ok(self.0)
            }
        })*
    };
}

fill_in_order!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl serde::ser::SerializeStruct for Filling {
    type Ok = JsValue;
    type Error = NotSerializable;

    fn serialize_field<T: serde::Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotSerializable> {
        let value = value.serialize(ToJs)?;
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value);
        Ok(())
    }

    fn end(self) -> Result<JsValue, NotSerializable> {
        Ok(self.0)
    }
}
