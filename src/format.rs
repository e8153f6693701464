//! Turning figures into words a reader expects: "68 M$", "moins de 40 %", "$68M", "under 40%".
//!
//! Digits, separators and month names come from a [`Formatter`] the caller passes in, so
//! the browser formats with its own locale rules (`Intl`) and tests use
//! [`PlainFormatter`]; this module decides scale, rounding, symbols and word order.

use crate::date::Date;
use crate::i18n::{fill, Lang};
use crate::model::{Qualifier, Unit};
use crate::ratio::Ratio;

/// Locale-specific digits and dates; implemented over `Intl` in the browser.
pub trait Formatter {
    /// The language the formatter writes.
    fn lang(&self) -> Lang;
    /// A number with grouping and exactly `fraction_digits` decimals.
    fn number(&self, value: f64, fraction_digits: u8) -> String;
    /// A day as the locale writes it: "2 octobre 2025", "October 2, 2025".
    fn locale_date(&self, date: Date) -> String;
    /// A short month for axis ticks: "oct. 2025", "Oct 2025".
    fn month(&self, date: Date) -> String;

    /// A day for readers: the locale's date, with the first of the month written as the
    /// language wants it ("1er juillet 2025", where `Intl` writes "1 juillet 2025").
    fn date(&self, date: Date) -> String {
        let text = self.locale_date(date);
        let first_day = self.lang().words().dates.first_day;
        match text.strip_prefix("1 ") {
            Some(rest) if date.ymd().2 == 1 && !first_day.is_empty() => {
                format!("{first_day} {rest}")
            }
            _ => text,
        }
    }
}

/// A deterministic formatter matching what Chromium's `Intl` writes for each language's
/// locale (U+202F as the French thousands separator; Spanish groups from five digits),
/// used by tests and as a fallback.
#[derive(Clone, Copy, Debug)]
pub struct PlainFormatter(pub Lang);

impl Formatter for PlainFormatter {
    fn lang(&self) -> Lang {
        self.0
    }

    fn number(&self, value: f64, fraction_digits: u8) -> String {
        let words = &self.0.words().numbers;
        // Round half away from zero first, as Intl's default "halfExpand" does.
        let scale = 10f64.powi(i32::from(fraction_digits));
        let rounded = (value.abs() * scale).round() / scale;
        let text = format!("{:.*}", usize::from(fraction_digits), rounded);
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            out.push('-');
        }
        let grouped = whole.len() >= usize::from(words.min_grouping_digits);
        for (position, digit) in whole.chars().enumerate() {
            if grouped && position > 0 && (whole.len() - position) % 3 == 0 {
                out.push(words.group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(words.decimal);
            out.push_str(fraction);
        }
        out
    }

    fn locale_date(&self, date: Date) -> String {
        let (year, month, day) = date.ymd();
        let words = &self.0.words().dates;
        fill(
            words.day,
            &[
                ("day", &day.to_string()),
                ("month", words.months[month as usize - 1]),
                ("year", &year.to_string()),
            ],
        )
    }

    fn month(&self, date: Date) -> String {
        let (year, month, _) = date.ymd();
        let words = &self.0.words().dates;
        fill(
            words.month,
            &[
                ("month", words.months_short[month as usize - 1]),
                ("year", &year.to_string()),
            ],
        )
    }
}

/// A currency's symbol as readers write it, or its code.
pub fn currency_symbol(lang: Lang, code: &str) -> &str {
    match code {
        "USD" => lang.words().numbers.dollar_symbol,
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        other => other,
    }
}

/// The scale an amount of money is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyScale {
    /// As it is: "12 500 $".
    Units,
    /// In millions: "68 M$", "68 millions de dollars".
    Millions,
    /// In billions: "1,3 Md$".
    Billions,
}

/// An amount of money as it is said: the number in its scale and the decimals it shows
/// (one below ten millions or billions when not whole, none otherwise), with as many more
/// as a slider's `step` needs (0 for none), so that the value heard is the value set:
/// "22,5 M€", not "23 M€", on a slider moving by 0,5 M€ (decimals that come out as zeros
/// are left out: "22 M€"). The written amounts choose their decimals the same way
/// ([`amount_in_steps`]).
pub fn money_scale_to(value: f64, step: f64) -> (f64, MoneyScale, u8) {
    let (scaled, scale) = scaled_money(value);
    // No ",0" on a number that is whole once rounded to a tenth: 1.96 is "2".
    let digits = shown(scaled, most_digits(scaled, scale, step), Qualifier::Exact).1;
    (scaled, scale, digits)
}

/// An amount of money in its scale.
fn scaled_money(value: f64) -> (f64, MoneyScale) {
    if value >= 1e9 {
        (value / 1e9, MoneyScale::Billions)
    } else if value >= 1e6 {
        (value / 1e6, MoneyScale::Millions)
    } else {
        (value, MoneyScale::Units)
    }
}

/// The most decimals an amount in its scale may show: one below ten millions or billions
/// (two significant digits), none otherwise; or, up to two, those of a `step` the amount
/// moves by (0 for none).
fn most_digits(scaled: f64, scale: MoneyScale, step: f64) -> u8 {
    let usual = if scale == MoneyScale::Units || scaled >= 10.0 {
        0
    } else {
        1
    };
    usual.max(step_digits(
        step / match scale {
            MoneyScale::Units => 1.0,
            MoneyScale::Millions => 1e6,
            MoneyScale::Billions => 1e9,
        },
    ))
}

/// The decimals, up to two, that multiples of `step` need (0 for none or a whole step).
fn step_digits(step: f64) -> u8 {
    let mut digits = 0;
    while digits < 2 && {
        let units = step * 10f64.powi(i32::from(digits));
        (units - units.round()).abs() > 1e-6
    } {
        digits += 1;
    }
    digits
}

/// `value` rounded to `digits` decimals in the safe direction for its qualifier: an upper
/// bound ("less than") up, a lower bound ("more than") down, anything else to the nearest,
/// so that "moins de 39,4 %" never reads "moins de 39 %".
pub fn round_toward(value: f64, digits: u8, qualifier: Qualifier) -> f64 {
    let scale = 10f64.powi(i32::from(digits));
    // A hair's tolerance, so that 40.000000001 % stays "40 %", not "41 %".
    match qualifier {
        Qualifier::LessThan => ((value * scale) - 1e-6).ceil() / scale,
        Qualifier::MoreThan => ((value * scale) + 1e-6).floor() / scale,
        Qualifier::Exact | Qualifier::Approximate => value,
    }
}

/// An amount in its unit, compact for money ("68 M$", "$1.2B") and whole for counts.
pub fn amount(formatter: &dyn Formatter, value: f64, unit: &Unit) -> String {
    bounded_amount(formatter, value, unit, Qualifier::Exact)
}

/// Like [`amount`], rounded in the safe direction for a bound (see [`round_toward`]).
pub fn bounded_amount(
    formatter: &dyn Formatter,
    value: f64,
    unit: &Unit,
    qualifier: Qualifier,
) -> String {
    amount_in_steps(formatter, value, unit, qualifier, 0.0)
}

/// Like [`bounded_amount`], money showing the decimals of a slider's `step` (see
/// [`money_scale_to`]).
pub fn amount_in_steps(
    formatter: &dyn Formatter,
    value: f64,
    unit: &Unit,
    qualifier: Qualifier,
    step: f64,
) -> String {
    let words = &formatter.lang().words().numbers;
    match unit {
        Unit::Money { currency } => {
            let symbol = currency_symbol(formatter.lang(), currency);
            let (scaled, scale) = scaled_money(value);
            let (number, digits) = shown(scaled, most_digits(scaled, scale, step), qualifier);
            let template = if symbol.chars().count() == 1 {
                words.money
            } else if scale == MoneyScale::Units {
                words.money_code
            } else {
                words.money_code_scaled
            };
            let scale = match scale {
                MoneyScale::Units => "",
                MoneyScale::Millions => words.millions,
                MoneyScale::Billions => words.billions,
            };
            fill(
                template,
                &[
                    ("number", &formatter.number(number, digits)),
                    ("scale", scale),
                    ("symbol", symbol),
                ],
            )
        }
        Unit::People => {
            let whole = round_toward(value, 0, qualifier).round();
            let template = if whole == 1.0 {
                words.person_one
            } else {
                words.person_many
            };
            fill(template, &[("number", &formatter.number(whole, 0))])
        }
        Unit::Count { name } => fill(
            words.count,
            &[
                (
                    "number",
                    &formatter.number(round_toward(value, 0, qualifier).round(), 0),
                ),
                ("name", name.get(formatter.lang())),
            ],
        ),
    }
}

/// A fraction as a percentage ("11 %", "11%"), with a decimal only below 10 %.
pub fn percent(formatter: &dyn Formatter, fraction: f64) -> String {
    bounded_percent(formatter, fraction, Qualifier::Exact)
}

/// Like [`percent`], rounded in the safe direction for a bound (see [`round_toward`]).
pub fn bounded_percent(formatter: &dyn Formatter, fraction: f64, qualifier: Qualifier) -> String {
    percent_in_steps(formatter, fraction, qualifier, 0.0)
}

/// Like [`bounded_percent`], with the decimals of a slider's `step` (a fraction, as
/// `fraction` is), so that the value shown is the value set: "18,8 %", not "19 %", on a
/// slider moving by 0.2 points.
pub fn percent_in_steps(
    formatter: &dyn Formatter,
    fraction: f64,
    qualifier: Qualifier,
    step: f64,
) -> String {
    let value = fraction * 100.0;
    let usual = if value != 0.0 && value.abs() < 9.95 {
        1
    } else {
        0
    };
    let (number, digits) = shown(value, usual.max(step_digits(step * 100.0)), qualifier);
    fill(
        formatter.lang().words().numbers.percent,
        &[("number", &formatter.number(number, digits))],
    )
}

/// The number to write for `value` with at most `most` decimals, and its decimals: a bound
/// rounded toward its safe side first ("moins de 1,04" is "moins de 1,1"), and no
/// trailing zero in the decimals once rounded (1.96 is "2", 22.50 is "22,5"). Without `%`
/// on floats, which brings `fmod` into the wasm.
fn shown(value: f64, most: u8, qualifier: Qualifier) -> (f64, u8) {
    let rounded = round_toward(value, most, qualifier);
    let mut digits = most;
    while digits > 0 {
        let units = (rounded * 10f64.powi(i32::from(digits))).round();
        if units != (units / 10.0).trunc() * 10.0 {
            break;
        }
        digits -= 1;
    }
    (rounded, digits)
}

/// How a qualifier reads before a figure, as a symbol for charts ("< 40 %").
pub fn qualifier_symbol(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "",
        Qualifier::Approximate => "≈\u{a0}",
        Qualifier::LessThan => "<\u{a0}",
        Qualifier::MoreThan => ">\u{a0}",
    }
}

/// How a qualifier reads before a figure, in words for sentences ("moins de 68 M$"); before
/// a percentage when `percent` ("moins de 40 %", Spanish "menos del 40 %").
pub fn qualifier_words(lang: Lang, qualifier: Qualifier, percent: bool) -> &'static str {
    let words = &lang.words().figures;
    match (qualifier, percent) {
        (Qualifier::Exact, _) => "",
        (Qualifier::Approximate, false) => words.approximately,
        (Qualifier::LessThan, false) => words.less_than,
        (Qualifier::MoreThan, false) => words.more_than,
        (Qualifier::Approximate, true) => words.approximately_percent,
        (Qualifier::LessThan, true) => words.less_than_percent,
        (Qualifier::MoreThan, true) => words.more_than_percent,
    }
}

/// A ratio for charts: "11 %", "< 40 %", "rien de promis".
pub fn ratio_short(formatter: &dyn Formatter, ratio: Ratio) -> String {
    let words = &formatter.lang().words().figures;
    match ratio {
        Ratio::Share { value, qualifier } => format!(
            "{}{}",
            qualifier_symbol(qualifier),
            bounded_percent(formatter, value, qualifier)
        ),
        Ratio::NothingPledged => words.nothing_pledged.to_owned(),
        Ratio::Indeterminate => words.indeterminate.to_owned(),
    }
}

/// A ratio for sentences: "11 %", "moins de 40 %", "less than 40%".
pub fn ratio_words(formatter: &dyn Formatter, ratio: Ratio) -> String {
    match ratio {
        Ratio::Share { value, qualifier } => {
            format!(
                "{}{}",
                qualifier_words(formatter.lang(), qualifier, true),
                bounded_percent(formatter, value, qualifier)
            )
        }
        other => ratio_short(formatter, other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_money(lang: Lang, value: f64, expected: &str) {
        let unit = Unit::Money {
            currency: "USD".to_owned(),
        };
        assert_eq!(amount(&PlainFormatter(lang), value, &unit), expected);
    }

    #[test]
    fn money_reads_as_news_writes_it() {
        check_money(Lang::Fr, 68e6, "68\u{a0}M$");
        check_money(Lang::Fr, 600e6, "600\u{a0}M$");
        check_money(Lang::Fr, 1.25e9, "1,3\u{a0}Md$");
        check_money(Lang::Fr, 2.5e6, "2,5\u{a0}M$");
        check_money(Lang::Fr, 12_500.0, "12\u{202f}500\u{a0}$");
        check_money(Lang::En, 68e6, "$68M");
        check_money(Lang::En, 1.25e9, "$1.3B");
        check_money(Lang::En, 0.0, "$0");
    }

    #[test]
    fn percent_keeps_a_decimal_only_when_small() {
        let fr = PlainFormatter(Lang::Fr);
        assert_eq!(percent(&fr, 68.0 / 600.0), "11\u{a0}%");
        assert_eq!(percent(&fr, 0.045), "4,5\u{a0}%");
        assert_eq!(percent(&fr, 0.0), "0\u{a0}%");
        assert_eq!(percent(&PlainFormatter(Lang::En), 1.5), "150%");
    }

    #[test]
    fn bounds_read_as_bounds() {
        let ratio = Ratio::Share {
            value: 0.4,
            qualifier: Qualifier::LessThan,
        };
        assert_eq!(
            ratio_short(&PlainFormatter(Lang::Fr), ratio),
            "<\u{a0}40\u{a0}%"
        );
        assert_eq!(
            ratio_words(&PlainFormatter(Lang::Fr), ratio),
            "moins de 40\u{a0}%"
        );
        assert_eq!(
            ratio_words(&PlainFormatter(Lang::En), ratio),
            "less than 40%"
        );
    }

    #[test]
    fn french_groups_thousands_with_a_narrow_space() {
        assert_eq!(
            PlainFormatter(Lang::Fr).number(1234567.0, 0),
            "1\u{202f}234\u{202f}567"
        );
        assert_eq!(PlainFormatter(Lang::En).number(1234.5, 1), "1,234.5");
    }
}
