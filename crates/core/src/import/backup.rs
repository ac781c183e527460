//! Our own JSON backup (see [`crate::export::backup`]) read back: checked,
//! then shown in the preview as its titles; the rest comes along on commit.

use super::collect::Collector;
use super::error::{ImportError, Place};
use super::source::{decode, Loaded};
use super::trakt::json_reason;
use super::{Entry, Origin};
use crate::export::backup::{Backup, FORMAT_TAG, VERSION};
use crate::text::name_key;

pub(super) fn read(loaded: &Loaded, c: &mut Collector) -> Result<Backup, ImportError> {
    let candidates: Vec<_> = loaded
        .members
        .iter()
        .filter(|m| !loaded.zipped || m.base().ends_with(".json"))
        .collect();
    let [m] = candidates.as_slice() else {
        return Err(ImportError::WrongFormat {
            file: loaded.file.clone(),
            format: "Sequel Radar backup".into(),
            reason: format!("expected one JSON file, found {}", candidates.len()),
        });
    };
    let file = loaded.name_of(m);
    let text = decode(&m.bytes);
    // Look at the marker first, so a Trakt list or any other JSON gets
    // "not a backup" rather than a complaint about a missing field.
    let raw: serde_json::Value = serde_json::from_str(&text).map_err(|e| ImportError::Syntax {
        file: file.clone(),
        place: Place::Line(e.line() as u64),
        message: format!(
            "not valid JSON at column {}: {}",
            e.column(),
            json_reason(&e)
        ),
    })?;
    let tag = raw.get("format").and_then(|v| v.as_str());
    if tag != Some(FORMAT_TAG) {
        return Err(ImportError::WrongFormat {
            file,
            format: "Sequel Radar backup".into(),
            reason: format!("it has no \"format\": \"{FORMAT_TAG}\" marker"),
        });
    }
    let version = raw.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(ImportError::WrongFormat {
            file,
            format: "Sequel Radar backup".into(),
            reason: format!(
                "it was written by a newer Sequel Radar (backup version {version}, this build reads {VERSION}); update the app"
            ),
        });
    }
    let backup: Backup = serde_json::from_value(raw).map_err(|e| ImportError::Syntax {
        file: file.clone(),
        place: Place::Line(1),
        message: format!("the backup's content does not fit: {e}"),
    })?;
    for (i, t) in backup.titles.iter().enumerate() {
        let place = Place::Item(i + 1);
        if name_key(&t.name).is_empty() {
            return Err(ImportError::field(&file, place, "titles.name", "is empty"));
        }
        if let Some(y) = t.year.filter(|y| !(1870..=2100).contains(y)) {
            return Err(ImportError::field(
                &file,
                place,
                "titles.year",
                format!("{y} is outside 1870..2100"),
            ));
        }
        for h in &t.history {
            if h.evidence.is_some_and(|e| e >= t.evidence.len()) {
                return Err(ImportError::field(
                    &file,
                    place,
                    "titles.history.evidence",
                    "points past the title's evidence",
                ));
            }
        }
        c.add(Entry {
            name: t.name.clone(),
            year: t.year,
            kind: t.kind,
            watch_state: t.watch_state,
            ids: t.external_ids.clone(),
            aliases: t.aliases.clone(),
            tags: t.tags.clone(),
            origin: Origin {
                file: file.clone(),
                place,
            },
        });
    }
    Ok(backup)
}
