//! The directories' ways of writing a time or a length of time, read into
//! chrono's: LDAP generalizedTime (OpenLDAP's `pwdChangedTime`), Windows
//! FILETIME (AD's `pwdLastSet`, `lockoutTime`), AD's negative intervals
//! (`maxPwdAge`) and ppolicy's seconds (`pwdMaxAge`).
//!
//! Each reader answers `None` for the values that mean "no such time"
//! rather than a time: FILETIME 0 (never set, or AD's "must change"),
//! `i64::MAX` (never expires), negative values, and ppolicy's
//! `000001010000Z` (locked by an administrator until unlocked: a lock with
//! no start the user could be told).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

/// ppolicy's `pwdAccountLockedTime` for "locked until an administrator unlocks".
pub const PERMANENT_LOCK: &str = "000001010000Z";

/// Seconds between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
const FILETIME_UNIX_OFFSET: i64 = 11_644_473_600;
const FILETIME_PER_SECOND: i64 = 10_000_000;

/// An LDAP generalizedTime: `YYYYMMDDHH[MM[SS]][.fraction](Z|±hh[mm])`.
pub fn generalized_time(text: &str) -> Option<DateTime<Utc>> {
    if text == PERMANENT_LOCK {
        return None;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !matches!(digits, 10 | 12 | 14) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?).ok()?;
    let (month, day, hour) = (number(4..6)?, number(6..8)?, number(8..10)?);
    let minute = if digits >= 12 { number(10..12)? } else { 0 };
    let second = if digits == 14 { number(12..14)? } else { 0 };
    let mut rest = &text[digits..];
    let mut nanos = 0u32;
    if let Some(fraction) = rest.strip_prefix(['.', ',']) {
        let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        // Nanoseconds from the first nine digits, padded on the right.
        let kept: String = fraction[..len].chars().chain(std::iter::repeat('0')).take(9).collect();
        nanos = kept.parse().ok()?;
        rest = &fraction[len..];
    }
    let offset_seconds: i32 = match rest.as_bytes() {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), zone @ ..] if zone.len() == 2 || zone.len() == 4 => {
            let zone = std::str::from_utf8(zone).ok()?;
            let hours: i32 = zone.get(0..2)?.parse().ok()?;
            let minutes: i32 = if zone.len() == 4 { zone.get(2..4)?.parse().ok()? } else { 0 };
            let seconds = hours * 3600 + minutes * 60;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let local = NaiveDate::from_ymd_opt(year, month, day)?.and_hms_nano_opt(hour, minute, second, nanos)?;
    let utc = local - chrono::Duration::seconds(i64::from(offset_seconds));
    Some(Utc.from_utc_datetime(&utc))
}

/// A Windows FILETIME (100-nanosecond intervals since 1601-01-01 UTC), as AD
/// writes it in decimal; 0, `i64::MAX` and negative values are no time.
pub fn filetime(text: &str) -> Option<DateTime<Utc>> {
    let value: i64 = text.trim().parse().ok()?;
    if value <= 0 || value == i64::MAX {
        return None;
    }
    let seconds = value / FILETIME_PER_SECOND - FILETIME_UNIX_OFFSET;
    let nanos = u32::try_from((value % FILETIME_PER_SECOND) * 100).ok()?;
    DateTime::from_timestamp(seconds, nanos)
}

/// An AD password age (`minPwdAge`, `maxPwdAge`, a PSO's): a negative count
/// of 100-nanosecond intervals, in whole seconds. `None` for "never"
/// (0 or `i64::MIN`, as AD writes an unlimited `maxPwdAge`).
pub fn ad_interval_seconds(text: &str) -> Option<u64> {
    let value: i64 = text.trim().parse().ok()?;
    if value == 0 || value == i64::MIN {
        return None;
    }
    Some(value.unsigned_abs() / 10_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn generalized_times_read_with_fractions_and_offsets() {
        assert_eq!(generalized_time("20261207021500Z"), Some(at("2026-12-07T02:15:00Z")));
        assert_eq!(generalized_time("20261207021500.123456Z"), Some(at("2026-12-07T02:15:00.123456Z")));
        assert_eq!(generalized_time("202612070215Z"), Some(at("2026-12-07T02:15:00Z")));
        assert_eq!(generalized_time("20261207021500+0100"), Some(at("2026-12-07T01:15:00Z")));
        assert_eq!(generalized_time("20261207021500-05"), Some(at("2026-12-07T07:15:00Z")));
        assert_eq!(generalized_time(PERMANENT_LOCK), None, "an administrator's lock has no start");
        for bad in ["", "2026", "20261307021500Z", "20261207021500", "20261207021500.Z", "x0261207021500Z"] {
            assert_eq!(generalized_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn filetimes_count_from_1601_and_zero_or_max_are_no_time() {
        // 2026-01-01T00:00:00Z.
        assert_eq!(filetime("134116992000000000"), Some(at("2026-01-01T00:00:00Z")));
        assert_eq!(filetime("134116992001234567"), Some(at("2026-01-01T00:00:00.1234567Z")));
        assert_eq!(filetime("0"), None, "never set, or AD's must-change");
        assert_eq!(filetime("9223372036854775807"), None, "never");
        assert_eq!(filetime("-1"), None);
        assert_eq!(filetime("soon"), None);
    }

    #[test]
    fn ad_intervals_are_negative_and_zero_or_min_means_never() {
        assert_eq!(ad_interval_seconds("-37108517437440"), Some(3_710_851));
        assert_eq!(ad_interval_seconds("-864000000000"), Some(86_400));
        assert_eq!(ad_interval_seconds("0"), None);
        assert_eq!(ad_interval_seconds("-9223372036854775808"), None);
        assert_eq!(ad_interval_seconds("forever"), None);
    }
}
