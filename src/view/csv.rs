//! Every figure the charts draw, scenario included, as one CSV file for spreadsheets.
//!
//! One row per commitment, per contributor's pledge and per dated observation, told apart
//! by the `row` column. Amounts are in the row's `unit` (a currency code, `people`, or a
//! count's name); shares of the reference are fractions (0.4 is 40 %) in columns whose name
//! ends in `_share` or `ratio`, never mixed with amounts. Qualifiers have their own columns.
//!
//! French and Spanish readers get what their spreadsheets open as numbers: semicolons
//! between fields and a decimal comma; English readers commas and a decimal point. Column
//! names stay in English so that scripts can rely on them.

use crate::model::{Dataset, Delivered, Figure, Lang, Qualifier, Unit};
use crate::ratio::{contributor_ratios, delivery_ratio, Ratio};
use crate::scenario::{apply, Scenario};

/// The columns, in order.
const COLUMNS: [&str; 19] = [
    "row",
    "commitment",
    "name",
    "date",
    "unit",
    "reference",
    "pledged",
    "pledged_qualifier",
    "pledged_basis",
    "delivered",
    "delivered_share",
    "delivered_qualifier",
    "ratio",
    "ratio_qualifier",
    "scenario_extra",
    "scenario_monthly_pace",
    "scenario_ratio",
    "deadline",
    "source",
];

/// How fields and decimals are separated for a language's spreadsheets.
struct Style {
    separator: char,
    decimal: char,
}

impl Style {
    fn for_lang(lang: Lang) -> Style {
        // Where the decimal mark is a comma, spreadsheets split fields on semicolons.
        let decimal = lang.words().numbers.decimal;
        Style {
            separator: if decimal == ',' { ';' } else { ',' },
            decimal,
        }
    }

    fn field(&self, text: &str) -> String {
        if text.contains([self.separator, '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    }

    /// A number as a spreadsheet reads it: whole numbers as integers, others to four
    /// decimals, no grouping. Written with integer arithmetic only.
    fn number(&self, value: Option<f64>) -> String {
        let Some(value) = value.filter(|v| v.is_finite()) else {
            return String::new();
        };
        // The whole part and the ten-thousandths apart, each as an integer: a u64 formats
        // lighter in the wasm than an i128. Past what a u64 holds (a ratio over a tiny
        // pledge), the digits beyond an f64's precision are written as zeros.
        let magnitude = value.abs();
        let mut whole = magnitude.trunc();
        let mut fraction = ((magnitude - whole) * 10_000.0).round();
        if fraction >= 10_000.0 {
            whole += 1.0;
            fraction = 0.0;
        }
        let mut zeros = 0;
        while whole >= 1e19 {
            whole = (whole / 10.0).round();
            zeros += 1;
        }
        let sign = if value < 0.0 && (whole > 0.0 || fraction > 0.0) {
            "-"
        } else {
            ""
        };
        let whole = format!("{sign}{}{}", whole as u64, "0".repeat(zeros));
        if fraction == 0.0 {
            return whole;
        }
        let digits = format!("{:04}", fraction as u64);
        format!("{whole}{}{}", self.decimal, digits.trim_end_matches('0'))
    }
}

/// One row's values, by column.
#[derive(Default)]
struct Row {
    row: &'static str,
    commitment: String,
    name: String,
    date: String,
    unit: String,
    reference: &'static str,
    pledged: Option<f64>,
    pledged_qualifier: &'static str,
    pledged_basis: String,
    delivered: Option<f64>,
    delivered_share: Option<f64>,
    delivered_qualifier: &'static str,
    ratio: Option<f64>,
    ratio_qualifier: &'static str,
    scenario_extra: Option<f64>,
    scenario_monthly_pace: Option<f64>,
    scenario_ratio: Option<f64>,
    deadline: String,
    source: String,
}

impl Row {
    fn write(&self, style: &Style, out: &mut String) {
        let text = |value: &str| style.field(value);
        let fields = [
            text(self.row),
            text(&self.commitment),
            text(&self.name),
            text(&self.date),
            text(&self.unit),
            text(self.reference),
            style.number(self.pledged),
            text(self.pledged_qualifier),
            text(&self.pledged_basis),
            style.number(self.delivered),
            style.number(self.delivered_share),
            text(self.delivered_qualifier),
            style.number(self.ratio),
            text(self.ratio_qualifier),
            style.number(self.scenario_extra),
            style.number(self.scenario_monthly_pace),
            style.number(self.scenario_ratio),
            text(&self.deadline),
            text(&self.source),
        ];
        out.push_str(&crate::i18n::join(&fields, &style.separator.to_string()));
        out.push_str("\r\n");
    }
}

fn ratio_qualifier(ratio: Ratio) -> &'static str {
    match ratio {
        Ratio::Share { qualifier, .. } => qualifier.as_str(),
        Ratio::NothingPledged => "nothing_pledged",
        Ratio::Indeterminate => "indeterminate",
    }
}

fn unit_name(unit: &Unit, lang: Lang) -> String {
    match unit {
        Unit::Money { currency } => currency.clone(),
        Unit::People => "people".to_owned(),
        Unit::Count { name } => name.get(lang).to_owned(),
    }
}

/// A delivery as (amount, share of the reference, qualifier).
fn delivered_columns(delivered: Delivered) -> (Option<f64>, Option<f64>, Qualifier) {
    match delivered {
        Delivered::Amount(figure) => (Some(figure.value), None, figure.qualifier),
        Delivered::ShareOfPledge(figure) => (None, Some(figure.value), figure.qualifier),
    }
}

/// Every figure the charts draw, scenario included, as CSV text (UTF-8 with a byte-order
/// mark so that spreadsheets open accents correctly, and a header row).
pub fn csv(dataset: &Dataset, scenario: &Scenario, lang: Lang) -> String {
    let style = Style::for_lang(lang);
    let mut out = String::from("\u{feff}");
    out.push_str(&crate::i18n::join(&COLUMNS, &style.separator.to_string()));
    out.push_str("\r\n");
    let source = |index: Option<usize>| {
        index
            .and_then(|s| dataset.sources.get(s))
            .map_or(String::new(), |s| s.name.get(lang).to_owned())
    };
    for outcome in apply(dataset, scenario) {
        let commitment = &dataset.commitments[outcome.commitment];
        let adjustment = scenario.adjustment(&commitment.id);
        let (delivered, delivered_share, delivered_qualifier) =
            delivered_columns(outcome.delivered_published);
        Row {
            row: "commitment",
            commitment: commitment.id.clone(),
            name: commitment.label.get(lang).to_owned(),
            date: dataset.as_of.to_string(),
            unit: unit_name(&commitment.unit, lang),
            reference: commitment.reference.as_str(),
            pledged: outcome.pledged.map(|p| p.value),
            pledged_qualifier: outcome
                .pledged
                .map_or("not_published", |p| p.qualifier.as_str()),
            pledged_basis: commitment.pledged_basis.get(lang).to_owned(),
            delivered,
            delivered_share,
            delivered_qualifier: delivered_qualifier.as_str(),
            ratio: outcome.published_ratio.value(),
            ratio_qualifier: ratio_qualifier(outcome.published_ratio),
            scenario_extra: adjustment.map(|a| a.extra_delivered),
            scenario_monthly_pace: adjustment.map(|a| a.monthly_pace),
            scenario_ratio: outcome.ratio.value(),
            deadline: commitment
                .deadline
                .map(|d| d.to_string())
                .unwrap_or_default(),
            source: source(commitment.source),
        }
        .write(&style, &mut out);
        for share in contributor_ratios(dataset, outcome.commitment) {
            let pledged: Figure = share.pledged;
            Row {
                row: "contributor",
                commitment: commitment.id.clone(),
                name: dataset.contributors[share.contributor]
                    .name
                    .get(lang)
                    .to_owned(),
                unit: unit_name(&commitment.unit, lang),
                reference: "pledge",
                pledged: Some(pledged.value),
                pledged_qualifier: pledged.qualifier.as_str(),
                delivered: Some(share.delivered.value),
                delivered_qualifier: share.delivered.qualifier.as_str(),
                ratio: share.ratio.value(),
                ratio_qualifier: ratio_qualifier(share.ratio),
                ..Row::default()
            }
            .write(&style, &mut out);
        }
        for observation in dataset
            .observations
            .iter()
            .filter(|o| o.commitment == outcome.commitment)
        {
            let (delivered, delivered_share, qualifier) = delivered_columns(observation.delivered);
            let ratio = delivery_ratio(observation.delivered, commitment.pledged);
            Row {
                row: "observation",
                commitment: commitment.id.clone(),
                name: commitment.label.get(lang).to_owned(),
                date: observation.date.to_string(),
                unit: unit_name(&commitment.unit, lang),
                reference: commitment.reference.as_str(),
                delivered,
                delivered_share,
                delivered_qualifier: qualifier.as_str(),
                ratio: ratio.value(),
                ratio_qualifier: ratio_qualifier(ratio),
                source: source(observation.source),
                ..Row::default()
            }
            .write(&style, &mut out);
        }
    }
    out
}

/// A file name for a download: the dataset's title in the reader's language as lowercase
/// ASCII words joined by dashes, then its as-of date ("mission-multinationale-en-haiti-…-2025-06-26.csv").
pub fn file_name(dataset: &Dataset, lang: Lang, extension: &str) -> String {
    let mut slug = String::new();
    for c in dataset.title.get(lang).chars() {
        let plain = match c {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'î' | 'ï' | 'í' | 'Î' | 'Í' => 'i',
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ú' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            other => other,
        };
        if plain.is_ascii_alphanumeric() {
            slug.push(plain.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "pledgeviz" } else { slug };
    format!("{slug}-{}.{extension}", dataset.as_of)
}

#[cfg(test)]
mod tests {
    use super::Style;

    #[test]
    fn numbers_are_written_whole_or_to_four_decimals_at_any_size() {
        let style = Style {
            separator: ';',
            decimal: ',',
        };
        let number = |value: f64| style.number(Some(value));
        assert_eq!(number(68e6), "68000000");
        assert_eq!(number(0.11333), "0,1133");
        assert_eq!(number(-0.5), "-0,5");
        assert_eq!(number(-0.00001), "0");
        assert_eq!(number(2.99999), "3");
        assert_eq!(number(1e15 + 0.25), "1000000000000000,25");
        // A ratio over a tiny pledge goes past a u64: its digits, then zeros.
        assert_eq!(number(1e17), "100000000000000000");
        assert_eq!(number(1e25), "10000000000000000000000000");
        assert_eq!(style.number(Some(f64::NAN)), "");
    }
}
