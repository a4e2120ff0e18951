//! Dates: publication dates in the formats outlets print, and date expressions in a
//! sentence ("on Thursday", "in April", "next week", "May 18, 2023") resolved against
//! the publication date. What cannot be resolved stays unresolved rather than guessed.

use crate::ir::{EventDate, Granularity};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parses a publication date: `11/25/2024`, `2024-11-25`, `November 25, 2024`,
/// `Nov. 25, 2024`, `25 November 2024`, optionally followed by a time.
pub fn parse_publication_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches(['.', ',']);
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{1,2})/(\d{1,2})/(\d{4})\b|^(\d{4})-(\d{2})-(\d{2})\b").unwrap()
    });
    if let Some(c) = NUMERIC.captures(s) {
        return if c.get(1).is_some() {
            NaiveDate::from_ymd_opt(c[3].parse().ok()?, c[1].parse().ok()?, c[2].parse().ok()?)
        } else {
            NaiveDate::from_ymd_opt(c[4].parse().ok()?, c[5].parse().ok()?, c[6].parse().ok()?)
        };
    }
    static WORDY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:[a-z]+,\s+)?(?:([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}))\b")
            .unwrap()
    });
    let c = WORDY.captures(s)?;
    let (month, day, year) = if c.get(1).is_some() {
        (month_number(&c[1])?, &c[2], &c[3])
    } else {
        (month_number(&c[5])?, &c[4], &c[6])
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.parse().ok()?)
}

/// Whether a capitalized word is a month or a weekday ("March", "Tuesday"), which
/// follows names and places in news text without being part of them.
pub fn is_calendar_word(word: &str) -> bool {
    month_number(word).is_some() || word.ends_with("day")
}

/// Month number (1-12) of a full or abbreviated English month name.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let abbreviation_ok = |m: &str| m.starts_with(&lower) || (lower == "sept" && m == "september");
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() <= 4 && abbreviation_ok(m)))
        .map(|i| i as u32 + 1)
}

fn weekday(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Which way an unanchored expression ("in April", "on Thursday") points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported as done: the latest matching date on or before publication.
    Past,
    /// Announced: the next matching date on or after publication.
    Future,
}

static DATE_EXPR: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    let pattern = format!(
        r"(?x)
        (?P<full_md>(?-u:\b)(?P<m1>{month})\s+(?P<d1>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?(?:,\s*(?P<y1>\d{{4}}))?(?-u:\b))
      | (?P<full_dm>(?-u:\b)(?P<d2>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+(?P<m2>{month})(?:,?\s+(?P<y2>\d{{4}}))?(?-u:\b))
      | (?P<month_year>(?-u:\b)(?:in\s+)?(?:early\s+|late\s+|mid-)?(?P<m3>{month})\s+(?P<y3>\d{{4}})(?-u:\b))
      | (?P<month_only>(?-u:\b)in\s+(?:early\s+|late\s+|mid-)?(?P<m4>{month})(?-u:\b))
      | (?P<wd>(?-u:\b)(?P<wd_mod>last|next|this|on|late|early)?\s*(?P<wd_name>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<wd_after>'s|’s)?)
      | (?P<rel_day>(?-u:\b)(?i:yesterday|today|tomorrow)(?-u:\b))
      | (?P<rel_span>(?-u:\b)(?i:(?P<rel_mod>last|next|this|earlier\s+this|later\s+this)\s+(?P<rel_unit>week|month|year))(?-u:\b))
      | (?P<year_only>(?-u:\b)(?:in|since|during|by)\s+(?P<y4>(?:19|20)\d{{2}})(?-u:\b))
        "
    );
    Regex::new(&pattern).unwrap()
});

/// A date expression found in a sentence, with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Byte offset in the sentence.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The resolved date.
    pub date: EventDate,
}

/// Finds and resolves every date expression in `sentence` against `published`.
pub fn find_dates(sentence: &str, published: NaiveDate, tense: Tense) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in DATE_EXPR.captures_iter(sentence) {
        let whole = c.get(0).unwrap();
        let text = whole.as_str().trim().to_string();
        let resolved = if c.name("full_md").is_some() || c.name("full_dm").is_some() {
            let (m, d, y) = if c.name("full_md").is_some() {
                (&c["m1"], &c["d1"], c.name("y1"))
            } else {
                (&c["m2"], &c["d2"], c.name("y2"))
            };
            let (Some(month), Ok(day)) = (month_number(m), d.parse::<u32>()) else {
                continue;
            };
            match y {
                Some(y) => NaiveDate::from_ymd_opt(y.as_str().parse().unwrap_or(0), month, day)
                    .map(day_date),
                None => anchored_day(published, month, day, tense).map(day_date),
            }
        } else if c.name("month_year").is_some() {
            month_number(&c["m3"]).map(|m| month_date(c["y3"].parse().unwrap_or(0), m))
        } else if c.name("month_only").is_some() {
            month_number(&c["m4"]).map(|m| {
                let year = match tense {
                    Tense::Past if m > published.month() => published.year() - 1,
                    Tense::Future if m < published.month() => published.year() + 1,
                    _ => published.year(),
                };
                month_date(year, m)
            })
        } else if c.name("wd").is_some() {
            // "a Thursday report", "Thursday's summit": an adjective, not the event's date.
            let before = sentence[..whole.start()].trim_end();
            let attributive = c.name("wd_after").is_some()
                || before.ends_with(" a")
                || before.ends_with(" the")
                || before == "a"
                || before == "the";
            if attributive && c.name("wd_mod").is_none() {
                continue;
            }
            let Some(wd) = weekday(&c["wd_name"]) else {
                continue;
            };
            let modifier = c.name("wd_mod").map(|m| m.as_str().to_lowercase());
            let tense = match modifier.as_deref() {
                Some("next") => Tense::Future,
                Some("last") => Tense::Past,
                _ => tense,
            };
            Some(day_date(weekday_date(published, wd, tense)))
        } else if c.name("rel_day").is_some() {
            let offset = match c["rel_day"].to_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            Some(day_date(published + Duration::days(offset)))
        } else if c.name("rel_span").is_some() {
            let modifier = c["rel_mod"].to_lowercase();
            let step: i32 = if modifier == "last" {
                -1
            } else if modifier == "next" {
                1
            } else {
                0
            };
            Some(match c["rel_unit"].to_lowercase().as_str() {
                "week" => {
                    let monday = published
                        - Duration::days(published.weekday().num_days_from_monday() as i64)
                        + Duration::weeks(step as i64);
                    EventDate {
                        value: monday.to_string(),
                        granularity: Granularity::Week,
                        text: String::new(),
                    }
                }
                "month" => {
                    let months = published.year() * 12 + published.month0() as i32 + step;
                    month_date(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
                }
                _ => year_date(published.year() + step),
            })
        } else if c.name("year_only").is_some() {
            Some(year_date(c["y4"].parse().unwrap_or(0)))
        } else {
            None
        };
        if let Some(mut date) = resolved {
            date.text = text;
            out.push(DateMention {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
    out
}

fn day_date(d: NaiveDate) -> EventDate {
    EventDate {
        value: d.to_string(),
        granularity: Granularity::Day,
        text: String::new(),
    }
}

fn month_date(year: i32, month: u32) -> EventDate {
    EventDate {
        value: format!("{year:04}-{month:02}"),
        granularity: Granularity::Month,
        text: String::new(),
    }
}

fn year_date(year: i32) -> EventDate {
    EventDate {
        value: format!("{year:04}"),
        granularity: Granularity::Year,
        text: String::new(),
    }
}

/// A day and month without a year: the nearest one in the direction of `tense`.
fn anchored_day(published: NaiveDate, month: u32, day: u32, tense: Tense) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, day)?;
    Some(match tense {
        Tense::Past if this_year > published => {
            NaiveDate::from_ymd_opt(published.year() - 1, month, day)?
        }
        Tense::Future if this_year < published => {
            NaiveDate::from_ymd_opt(published.year() + 1, month, day)?
        }
        _ => this_year,
    })
}

/// The weekday nearest to publication in the direction of `tense`; the publication day
/// itself counts ("on Monday" in a Monday article is that day).
fn weekday_date(published: NaiveDate, wd: Weekday, tense: Tense) -> NaiveDate {
    let from = published.weekday().num_days_from_monday() as i64;
    let to = wd.num_days_from_monday() as i64;
    match tense {
        Tense::Past => published - Duration::days((from - to).rem_euclid(7)),
        Tense::Future => published + Duration::days((to - from).rem_euclid(7)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pub_date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 11, 25).unwrap() // a Monday
    }

    fn first(s: &str, tense: Tense) -> Option<String> {
        find_dates(s, pub_date(), tense)
            .first()
            .map(|m| m.date.value.clone())
    }

    #[test]
    fn publication_dates_in_several_layouts() {
        let want = Some(pub_date());
        assert_eq!(parse_publication_date("11/25/2024"), want);
        assert_eq!(parse_publication_date("2024-11-25"), want);
        assert_eq!(parse_publication_date("November 25, 2024"), want);
        assert_eq!(parse_publication_date("Nov. 25, 2024"), want);
        assert_eq!(parse_publication_date("25 November 2024"), want);
        assert_eq!(parse_publication_date("Monday, November 25, 2024"), want);
        assert_eq!(parse_publication_date("13/45/2024"), None);
        assert_eq!(parse_publication_date("soon"), None);
    }

    #[test]
    fn relative_expressions_resolve_against_publication() {
        assert_eq!(
            first("met in New York in April.", Tense::Past).as_deref(),
            Some("2024-04")
        );
        assert_eq!(
            first("visit on Thursday, discussing", Tense::Past).as_deref(),
            Some("2024-11-21")
        );
        assert_eq!(
            first("next week's NATO summit", Tense::Future).as_deref(),
            Some("2024-12-02")
        );
        assert_eq!(
            first("they spoke yesterday", Tense::Past).as_deref(),
            Some("2024-11-24")
        );
        assert_eq!(
            first("signed on May 18", Tense::Past).as_deref(),
            Some("2024-05-18")
        );
        assert_eq!(
            first("signed on May 18, 2023", Tense::Past).as_deref(),
            Some("2023-05-18")
        );
        assert_eq!(
            first("talks in December", Tense::Future).as_deref(),
            Some("2024-12")
        );
        assert_eq!(
            first("talks in December", Tense::Past).as_deref(),
            Some("2023-12")
        );
        assert_eq!(
            first("will meet on Friday", Tense::Future).as_deref(),
            Some("2024-11-29")
        );
        assert_eq!(
            first("the deal reached in 2015", Tense::Past).as_deref(),
            Some("2015")
        );
        // The year stays with its month after "early", "late" or "mid-".
        assert_eq!(
            first("flew to Bucharest in late August 1977", Tense::Past).as_deref(),
            Some("1977-08")
        );
        assert_eq!(
            first("talks in mid-March 2019", Tense::Past).as_deref(),
            Some("2019-03")
        );
        // (Not after a comma: "in January, 1500 Russian troops attacked" is no year.)
        assert_eq!(
            first(
                "said that in January, 1500 Russian troops attacked",
                Tense::Past
            )
            .as_deref(),
            Some("2024-01")
        );
    }

    #[test]
    fn weekday_as_adjective_is_not_a_date() {
        assert_eq!(first("according to a Thursday report.", Tense::Past), None);
    }
}
