//! The user's notification and background settings, kept in the store's
//! settings table, and the "While you were away" list.

use super::plan::AwayEntry;
use crate::store::{Result, Store};
use chrono::{DateTime, NaiveTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

const SETTINGS: &str = "notify.settings";
const AWAY: &str = "notify.away";
/// "Keep running in the background" (close to tray), on unless switched off.
pub const KEEP_RUNNING: &str = "background.keep_running";
/// Set once the user was told that closing the window keeps the app running.
pub const BACKGROUND_TOLD: &str = "background.told";
/// "While you were away" keeps this many entries, newest last.
pub const MAX_AWAY: usize = 50;

/// Global notification settings, as the settings panel shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AlertSettings {
    /// Notify status changes (on by default).
    pub status: bool,
    /// Notify new or narrowed release dates (on by default).
    pub release: bool,
    /// Notify new quotes (off by default: they come often).
    pub quotes: bool,
    /// No popups between these local times; what comes in is held until they end.
    pub quiet_hours: Option<QuietHours>,
    /// No popups until then ("Pause notifications for a day").
    pub paused_until: Option<DateTime<Utc>>,
}

impl Default for AlertSettings {
    fn default() -> Self {
        Self {
            status: true,
            release: true,
            quotes: false,
            quiet_hours: None,
            paused_until: None,
        }
    }
}

/// Local times, written "HH:MM" (what `<input type="time">` gives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHours {
    #[serde(serialize_with = "hhmm", deserialize_with = "parse_hhmm")]
    pub start: NaiveTime,
    #[serde(serialize_with = "hhmm", deserialize_with = "parse_hhmm")]
    pub end: NaiveTime,
}

fn hhmm<S: Serializer>(t: &NaiveTime, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&t.format("%H:%M").to_string())
}

fn parse_hhmm<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<NaiveTime, D::Error> {
    let text = String::deserialize(d)?;
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text.trim(), "%H:%M:%S"))
        .map_err(|_| {
            serde::de::Error::custom(format!(
                "quiet hours: {text:?} is not a time of day like 22:00"
            ))
        })
}

impl AlertSettings {
    /// The stored settings; defaults for anything missing or unreadable (a
    /// damaged setting must not silence the app).
    pub fn load(store: &Store) -> Result<AlertSettings> {
        Ok(store
            .setting(SETTINGS)?
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default())
    }

    pub fn save(&self, store: &mut Store) -> Result<()> {
        let value = serde_json::to_value(self).unwrap_or(serde_json::Value::Null);
        store.set_setting(SETTINGS, &value)
    }

    /// Pauses popups until `until`; held changes go out after.
    pub fn pause(store: &mut Store, until: DateTime<Utc>) -> Result<AlertSettings> {
        let mut settings = AlertSettings::load(store)?;
        settings.paused_until = Some(until);
        settings.save(store)?;
        Ok(settings)
    }
}

/// "Keep running in the background": on by default.
pub fn keep_running(store: &Store) -> Result<bool> {
    Ok(store
        .setting(KEEP_RUNNING)?
        .and_then(|v| v.as_bool())
        .unwrap_or(true))
}

pub fn set_keep_running(store: &mut Store, on: bool) -> Result<()> {
    store.set_setting(KEEP_RUNNING, &serde_json::json!(on))
}

/// "While you were away", oldest first.
pub fn away(store: &Store) -> Result<Vec<AwayEntry>> {
    Ok(store
        .setting(AWAY)?
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

/// Adds entries, keeping the newest [`MAX_AWAY`].
pub fn add_away(store: &mut Store, entries: &[AwayEntry]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let mut list = away(store)?;
    list.extend(entries.iter().cloned());
    let extra = list.len().saturating_sub(MAX_AWAY);
    list.drain(..extra);
    let value = serde_json::to_value(&list).unwrap_or(serde_json::Value::Null);
    store.set_setting(AWAY, &value)
}

/// The user has read the list.
pub fn clear_away(store: &mut Store) -> Result<()> {
    store.set_setting(AWAY, &serde_json::json!([]))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        (dir, store)
    }

    #[test]
    fn defaults_are_status_and_release_on_quotes_off_no_quiet_hours() {
        let (_dir, store) = store();
        let s = AlertSettings::load(&store).unwrap();
        assert!(s.status && s.release && !s.quotes);
        assert_eq!(s.quiet_hours, None);
        assert_eq!(s.paused_until, None);
        assert!(keep_running(&store).unwrap());
    }

    #[test]
    fn settings_round_trip_with_quiet_hours_as_hh_mm() {
        let (_dir, mut store) = store();
        let s: AlertSettings = serde_json::from_value(serde_json::json!({
            "status": true, "release": false, "quotes": true,
            "quiet_hours": {"start": "22:30", "end": "07:00"}
        }))
        .unwrap();
        s.save(&mut store).unwrap();
        let back = AlertSettings::load(&store).unwrap();
        assert_eq!(back, s);
        let json = serde_json::to_value(&back).unwrap();
        assert_eq!(json["quiet_hours"]["start"], "22:30");
        assert_eq!(json["quiet_hours"]["end"], "07:00");
    }

    #[test]
    fn a_bad_time_is_refused_with_a_message() {
        let err = serde_json::from_value::<AlertSettings>(serde_json::json!({
            "quiet_hours": {"start": "25:00", "end": "07:00"}
        }))
        .unwrap_err();
        assert!(err.to_string().contains("25:00"), "{err}");
    }

    #[test]
    fn pause_keeps_the_other_settings() {
        let (_dir, mut store) = store();
        let mut s = AlertSettings::load(&store).unwrap();
        s.quotes = true;
        s.save(&mut store).unwrap();
        let until = "2030-01-02T03:04:05Z".parse().unwrap();
        let paused = AlertSettings::pause(&mut store, until).unwrap();
        assert!(paused.quotes);
        assert_eq!(
            AlertSettings::load(&store).unwrap().paused_until,
            Some(until)
        );
    }

    #[test]
    fn keep_running_can_be_switched_off() {
        let (_dir, mut store) = store();
        set_keep_running(&mut store, false).unwrap();
        assert!(!keep_running(&store).unwrap());
    }

    #[test]
    fn away_list_keeps_the_newest_and_clears() {
        let (_dir, mut store) = store();
        let entry = |i: i64| AwayEntry {
            title_id: Some(1),
            summary: format!("change {i}"),
            body: String::new(),
            created_at: "2024-01-01T00:00:00Z".into(),
            items: vec![i],
        };
        let first: Vec<AwayEntry> = (0..30).map(entry).collect();
        let second: Vec<AwayEntry> = (30..60).map(entry).collect();
        add_away(&mut store, &first).unwrap();
        add_away(&mut store, &second).unwrap();
        let list = away(&store).unwrap();
        assert_eq!(list.len(), MAX_AWAY);
        assert_eq!(list[0].summary, "change 10");
        assert_eq!(list[MAX_AWAY - 1].summary, "change 59");
        clear_away(&mut store).unwrap();
        assert!(away(&store).unwrap().is_empty());
    }
}
