//! Calendar dates without a clock: parsing `YYYY-MM-DD`, day counts between dates and
//! month arithmetic, all on the proleptic Gregorian calendar.
//!
//! The core never asks what day it is; every date comes from the dataset or the caller.

use std::fmt;

/// A calendar day, stored as days since 1970-01-01 so that differences are plain subtraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days_since_epoch: i32,
}

/// Average length of a month in days (365.2425 / 12), used to turn a monthly pace into days.
pub const DAYS_PER_MONTH: f64 = 30.436_875;

impl Date {
    /// The date of a year, month (1–12) and day (1–31), or `None` when no such day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let year_of_era = y - era * 400;
        let m = month as i32;
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Some(Date {
            days_since_epoch: era * 146_097 + day_of_era - 719_468,
        })
    }

    /// Parses exactly `YYYY-MM-DD` (years 1900–2200, which covers any pledge tracker).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)? as i32;
        if !(1900..=2200).contains(&year) {
            return None;
        }
        Date::from_ymd(year, digits(5..7)?, digits(8..10)?)
    }

    /// The day that is `days` after this one (before it when negative).
    pub fn add_days(self, days: i32) -> Date {
        Date {
            days_since_epoch: self.days_since_epoch + days,
        }
    }

    /// Days from `earlier` to `self` (negative when `self` is earlier).
    pub fn days_since(self, earlier: Date) -> i32 {
        self.days_since_epoch - earlier.days_since_epoch
    }

    /// Days since 1970-01-01, the x coordinate of timeline charts.
    pub fn day_number(self) -> i32 {
        self.days_since_epoch
    }

    /// Milliseconds since 1970-01-01 UTC at the start of this day, as JavaScript dates count.
    pub fn unix_millis(self) -> f64 {
        f64::from(self.days_since_epoch) * 86_400_000.0
    }

    /// The date of a day number (days since 1970-01-01).
    pub fn from_day_number(days_since_epoch: i32) -> Date {
        Date { days_since_epoch }
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        // Howard Hinnant's civil_from_days.
        let z = self.days_since_epoch + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// The first day of the month this date falls in.
    pub fn first_of_month(self) -> Date {
        let (year, month, _) = self.ymd();
        Date::from_ymd(year, month, 1).unwrap_or(self)
    }

    /// The first day of the month `months` after this date's month.
    pub fn add_months_to_first(self, months: i32) -> Date {
        let (year, month, _) = self.ymd();
        let index = year * 12 + (month as i32 - 1) + months;
        Date::from_ymd(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1).unwrap_or(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_day_numbers() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2024-06-25",
            "2025-10-02",
            "2199-12-31",
        ] {
            let date = Date::parse(text).expect(text);
            assert_eq!(date.to_string(), text);
        }
        assert_eq!(Date::parse("1970-01-02").map(Date::day_number), Some(1));
    }

    #[test]
    fn rejects_impossible_days() {
        for text in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "25-01-01",
            "2025/01/01",
            "2025-1-01",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn month_steps_cross_years() {
        let date = Date::parse("2024-11-17").expect("valid");
        assert_eq!(date.add_months_to_first(3).to_string(), "2025-02-01");
        assert_eq!(date.add_months_to_first(-11).to_string(), "2023-12-01");
    }
}
