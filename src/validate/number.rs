//! Numbers written back in validation messages ("got -5", "at most 1e15"), with integer
//! arithmetic only: Rust's float formatting weighs about 18 KB in the embed's wasm.
//!
//! Up to 15 significant digits are written, which is every digit a person types.

/// `value` as written in JSON: `-5`, `0.25`, `1e308`.
pub fn literal(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return (value as i64).to_string();
    }
    write(value, |exponent| (-7..15).contains(&exponent))
}

/// `value` in exponent form, as `{:e}` writes it: `1e15`, `2e4`, `1.5e-3`.
pub fn exponent_form(value: f64) -> String {
    write(value, |_| false)
}

fn write(value: f64, plain: impl Fn(i32) -> bool) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let magnitude = value.abs();
    if magnitude.is_infinite() {
        return format!("{sign}inf");
    }
    if magnitude == 0.0 {
        return format!("{sign}0");
    }
    let (digits, exponent) = significant(magnitude);
    let (head, tail) = digits.split_at(1);
    if !plain(exponent) {
        let point = if tail.is_empty() { "" } else { "." };
        return format!("{sign}{head}{point}{tail}e{exponent}");
    }
    let mut text = String::from(sign);
    if exponent < 0 {
        text.push_str("0.");
        text.extend(std::iter::repeat_n('0', (-exponent - 1) as usize));
        text.push_str(&digits);
    } else {
        let whole = exponent as usize + 1;
        if digits.len() > whole {
            text.push_str(&digits[..whole]);
            text.push('.');
            text.push_str(&digits[whole..]);
        } else {
            text.push_str(&digits);
            text.extend(std::iter::repeat_n('0', whole - digits.len()));
        }
    }
    text
}

/// The significant digits of `magnitude` (positive and finite), rounded to 15 and without
/// trailing zeros, and the power of ten of the first one. Exact: the float's value is
/// expanded as a big integer (its mantissa times a power of two or five).
fn significant(magnitude: f64) -> (String, i32) {
    let bits = magnitude.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, power_of_two) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // value = mantissa × 2^p = mantissa × 5^-p × 10^p when p < 0.
    let mut big = vec![mantissa as u32, (mantissa >> 32) as u32];
    let (factor, count) = if power_of_two >= 0 {
        (2, power_of_two)
    } else {
        (5, -power_of_two)
    };
    for _ in 0..count {
        let mut carry = 0;
        for limb in big.iter_mut() {
            let product = u64::from(*limb) * factor + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            big.push(carry as u32);
        }
    }
    let mut digits = decimal(big).into_bytes();
    let mut exponent = digits.len() as i32 - 1 + power_of_two.min(0);
    if digits.len() > 15 {
        let round_up = digits[15] >= b'5';
        digits.truncate(15);
        if round_up {
            match digits.iter().rposition(|digit| *digit != b'9') {
                Some(last) => {
                    digits[last] += 1;
                    digits.truncate(last + 1);
                }
                None => {
                    digits = vec![b'1'];
                    exponent += 1;
                }
            }
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (String::from_utf8(digits).unwrap_or_default(), exponent)
}

/// A big integer (32-bit limbs, least significant first) in decimal.
fn decimal(mut big: Vec<u32>) -> String {
    const BILLION: u64 = 1_000_000_000;
    let mut groups = Vec::new();
    while big.iter().any(|limb| *limb != 0) {
        let mut remainder = 0;
        for limb in big.iter_mut().rev() {
            let current = remainder << 32 | u64::from(*limb);
            *limb = (current / BILLION) as u32;
            remainder = current % BILLION;
        }
        groups.push(remainder as u32);
    }
    let mut text = groups.pop().unwrap_or(0).to_string();
    for group in groups.iter().rev() {
        let group = group.to_string();
        text.extend(std::iter::repeat_n('0', 9 - group.len()));
        text.push_str(&group);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_read_as_typed() {
        for (value, text) in [
            (-5.0, "-5"),
            (0.0, "0"),
            (-0.5, "-0.5"),
            (1.25, "1.25"),
            (0.0001, "0.0001"),
            (-1234.5678, "-1234.5678"),
            (1e308, "1e308"),
            (-1e20, "-1e20"),
            (1.5e-9, "1.5e-9"),
            (999_999_999_999_999.0, "999999999999999"),
        ] {
            assert_eq!(literal(value), text, "{value}");
        }
    }

    #[test]
    fn exponent_form_matches_rust_for_typed_numbers() {
        for value in [
            1e15, 1e4, 2e4, 1e308, 1.5e15, 10_000.5, 0.001, 123_456.0, 7.0,
        ] {
            assert_eq!(exponent_form(value), format!("{value:e}"));
        }
    }
}
