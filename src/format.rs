//! Turning figures into words a reader expects: "68 M$", "moins de 40 %", "$68M", "under 40%".
//!
//! Digits, separators and month names come from a [`Formatter`] the caller passes in, so
//! the browser formats with its own locale rules (`Intl`) and tests use
//! [`PlainFormatter`]; this module decides scale, rounding, symbols and word order.

use crate::date::Date;
use crate::model::{Lang, Qualifier, Unit};
use crate::ratio::Ratio;

/// Locale-specific digits and dates; implemented over `Intl` in the browser.
pub trait Formatter {
    /// The language the formatter writes.
    fn lang(&self) -> Lang;
    /// A number with grouping and exactly `fraction_digits` decimals.
    fn number(&self, value: f64, fraction_digits: u8) -> String;
    /// A day for readers: "2 octobre 2025", "October 2, 2025".
    fn date(&self, date: Date) -> String;
    /// A short month for axis ticks: "oct. 2025", "Oct 2025".
    fn month(&self, date: Date) -> String;
}

/// A deterministic formatter matching what Chromium's `Intl` writes for `fr-FR` and `en-US`
/// (U+202F as the French thousands separator), used by tests and as a fallback.
#[derive(Clone, Copy, Debug)]
pub struct PlainFormatter(pub Lang);

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_FR_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Formatter for PlainFormatter {
    fn lang(&self) -> Lang {
        self.0
    }

    fn number(&self, value: f64, fraction_digits: u8) -> String {
        // Round half away from zero first, as Intl's default "halfExpand" does.
        let scale = 10f64.powi(i32::from(fraction_digits));
        let rounded = (value.abs() * scale).round() / scale;
        let text = format!("{:.*}", usize::from(fraction_digits), rounded);
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let (group, decimal) = match self.0 {
            Lang::Fr => ('\u{202f}', ','),
            Lang::En => (',', '.'),
        };
        let mut out = String::new();
        if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            out.push('-');
        }
        for (position, digit) in whole.chars().enumerate() {
            // French groups four-digit numbers too ("1 000"), as Intl does.
            if position > 0 && (whole.len() - position) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(decimal);
            out.push_str(fraction);
        }
        out
    }

    fn date(&self, date: Date) -> String {
        let (year, month, day) = date.ymd();
        let index = month as usize - 1;
        match self.0 {
            Lang::Fr if day == 1 => format!("1er {} {year}", MONTHS_FR[index]),
            Lang::Fr => format!("{day} {} {year}", MONTHS_FR[index]),
            Lang::En => format!("{} {day}, {year}", MONTHS_EN[index]),
        }
    }

    fn month(&self, date: Date) -> String {
        let (year, month, _) = date.ymd();
        let index = month as usize - 1;
        match self.0 {
            Lang::Fr => format!("{} {year}", MONTHS_FR_SHORT[index]),
            Lang::En => format!("{} {year}", &MONTHS_EN[index][..3]),
        }
    }
}

/// A currency's symbol as readers write it, or its code.
pub fn currency_symbol(code: &str) -> &str {
    match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        other => other,
    }
}

/// Decimals that keep two significant digits for small numbers and none for large ones.
fn fraction_digits_for(scaled: f64) -> u8 {
    if scaled >= 10.0 || scaled == scaled.round() {
        0
    } else {
        1
    }
}

/// An amount in its unit, compact for money ("68 M$", "$1.2B") and whole for counts.
pub fn amount(formatter: &dyn Formatter, value: f64, unit: &Unit) -> String {
    let lang = formatter.lang();
    match unit {
        Unit::Money { currency } => {
            let symbol = currency_symbol(currency);
            let (scaled, suffix_fr, suffix_en) = if value >= 1e9 {
                (value / 1e9, "Md", "B")
            } else if value >= 1e6 {
                (value / 1e6, "M", "M")
            } else {
                (value, "", "")
            };
            let digits = if suffix_en.is_empty() {
                0
            } else {
                fraction_digits_for(scaled)
            };
            let number = formatter.number(scaled, digits);
            let leading = symbol.chars().count() == 1;
            match (lang, leading) {
                (Lang::Fr, _) if suffix_fr.is_empty() => format!("{number}\u{a0}{symbol}"),
                (Lang::Fr, _) => format!("{number}\u{a0}{suffix_fr}{symbol}"),
                (Lang::En, true) => format!("{symbol}{number}{suffix_en}"),
                (Lang::En, false) => format!("{symbol}\u{a0}{number}{suffix_en}"),
            }
        }
        Unit::People => {
            let number = formatter.number(value.round(), 0);
            match (lang, value.round() == 1.0) {
                (Lang::Fr, true) => format!("{number}\u{a0}personne"),
                (Lang::Fr, false) => format!("{number}\u{a0}personnes"),
                (Lang::En, true) => format!("{number} person"),
                (Lang::En, false) => format!("{number} people"),
            }
        }
        Unit::Count { name } => format!(
            "{}\u{a0}{}",
            formatter.number(value.round(), 0),
            name.get(lang)
        ),
    }
}

/// A fraction as a percentage ("11 %", "11%"), with a decimal only below 10 %.
pub fn percent(formatter: &dyn Formatter, fraction: f64) -> String {
    let value = fraction * 100.0;
    let digits = if value != 0.0 && value.abs() < 9.95 && (value * 10.0).round() % 10.0 != 0.0 {
        1
    } else {
        0
    };
    let number = formatter.number(value, digits);
    match formatter.lang() {
        Lang::Fr => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
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

/// How a qualifier reads before a figure, in words for sentences ("moins de 40 %").
pub fn qualifier_words(lang: Lang, qualifier: Qualifier) -> &'static str {
    match (lang, qualifier) {
        (_, Qualifier::Exact) => "",
        (Lang::Fr, Qualifier::Approximate) => "environ ",
        (Lang::Fr, Qualifier::LessThan) => "moins de ",
        (Lang::Fr, Qualifier::MoreThan) => "plus de ",
        (Lang::En, Qualifier::Approximate) => "about ",
        (Lang::En, Qualifier::LessThan) => "less than ",
        (Lang::En, Qualifier::MoreThan) => "more than ",
    }
}

/// A ratio for charts: "11 %", "< 40 %", "rien de promis".
pub fn ratio_short(formatter: &dyn Formatter, ratio: Ratio) -> String {
    match (ratio, formatter.lang()) {
        (Ratio::Share { value, qualifier }, _) => format!(
            "{}{}",
            qualifier_symbol(qualifier),
            percent(formatter, value)
        ),
        (Ratio::NothingPledged, Lang::Fr) => "rien de promis".to_owned(),
        (Ratio::NothingPledged, Lang::En) => "nothing pledged".to_owned(),
        (Ratio::Indeterminate, Lang::Fr) => "indéterminé".to_owned(),
        (Ratio::Indeterminate, Lang::En) => "unknown".to_owned(),
    }
}

/// A ratio for sentences: "11 %", "moins de 40 %", "less than 40%".
pub fn ratio_words(formatter: &dyn Formatter, ratio: Ratio) -> String {
    match ratio {
        Ratio::Share { value, qualifier } => {
            format!(
                "{}{}",
                qualifier_words(formatter.lang(), qualifier),
                percent(formatter, value)
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
