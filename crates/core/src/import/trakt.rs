//! Trakt's JSON: lists of items as its export and API give them, one file
//! (watchlist, watched, ratings, history, a list) or a ZIP of them.
//! `{"listed_at": ..., "type": "movie", "movie": {"title", "year", "ids":
//! {"trakt", "slug", "imdb", "tmdb"}}}`; shows under `"show"` (with `tvdb`);
//! watched items carry `plays`/`last_watched_at`, history `watched_at`,
//! ratings `rated_at`. Episodes and seasons count for their show.

use super::collect::Collector;
use super::error::{ImportError, Place};
use super::source::{decode, Loaded, Member};
use super::{parse_year, Entry, ExternalId, Origin};
use crate::model::{Kind, WatchState};
use serde_json::Value;

pub(super) fn read(loaded: &Loaded, c: &mut Collector) -> Result<(), ImportError> {
    let mut read_any = false;
    for m in &loaded.members {
        let name = loaded.name_of(m);
        if loaded.zipped && !m.base().ends_with(".json") {
            c.ignore_file(name);
            continue;
        }
        let value = parse_json(&name, m)?;
        let Value::Array(items) = value else {
            if loaded.zipped {
                // Profile, settings and stats files are objects: nothing to import.
                c.ignore_file(name);
                continue;
            }
            return Err(ImportError::WrongFormat {
                file: name,
                format: "Trakt".into(),
                reason: "expected a JSON list of items (watchlist, watched, ratings or history)"
                    .into(),
            });
        };
        let default = state_from_name(&m.base());
        for (i, item) in items.iter().enumerate() {
            read_item(&name, Place::Item(i + 1), item, default, c)?;
        }
        read_any = true;
    }
    if !read_any {
        return Err(ImportError::WrongFormat {
            file: loaded.file.clone(),
            format: "Trakt".into(),
            reason: "it holds no JSON list of movies or shows".into(),
        });
    }
    Ok(())
}

pub(super) fn parse_json(name: &str, m: &Member) -> Result<Value, ImportError> {
    let text = decode(&m.bytes);
    serde_json::from_str(&text).map_err(|e| ImportError::Syntax {
        file: name.to_string(),
        place: Place::Line(e.line() as u64),
        message: format!(
            "not valid JSON at column {}: {}",
            e.column(),
            json_reason(&e)
        ),
    })
}

/// serde_json's message without its own " at line X column Y" tail.
pub(super) fn json_reason(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn state_from_name(base: &str) -> WatchState {
    if base.contains("watched") || base.contains("history") || base.contains("rating") {
        WatchState::Watched
    } else {
        WatchState::WantToWatch
    }
}

fn read_item(
    file: &str,
    place: Place,
    item: &Value,
    default: WatchState,
    c: &mut Collector,
) -> Result<(), ImportError> {
    let Some(obj) = item.as_object() else {
        return Err(ImportError::Syntax {
            file: file.to_string(),
            place,
            message: "expected an object with a \"movie\" or \"show\"".into(),
        });
    };
    let (field, kind) = if obj.get("movie").is_some_and(Value::is_object) {
        ("movie", Kind::Movie)
    } else if obj.get("show").is_some_and(Value::is_object) {
        ("show", Kind::Series)
    } else {
        let what = obj
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("an item without a movie or show");
        c.skip(
            file,
            Some(place),
            None,
            format!("{what}: not a film or series"),
        );
        return Ok(());
    };
    let media = &obj[field];
    let name = match media.get("title") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::Null) | None => {
            c.skip(file, Some(place), None, format!("the {field} has no title"));
            return Ok(());
        }
        Some(other) => {
            return Err(ImportError::field(
                file,
                place,
                &format!("{field}.title"),
                format!("expected text, found {other}"),
            ))
        }
    };
    let year = match media.get("year") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => match n.as_i64().and_then(|y| i32::try_from(y).ok()) {
            Some(y) => Some(y),
            None => {
                return Err(ImportError::field(
                    file,
                    place,
                    &format!("{field}.year"),
                    format!("{n} is not a year"),
                ))
            }
        },
        Some(Value::String(s)) => parse_year(file, place, &format!("{field}.year"), s)?,
        Some(other) => {
            return Err(ImportError::field(
                file,
                place,
                &format!("{field}.year"),
                format!("{other} is not a year"),
            ))
        }
    };
    let mut ids = Vec::new();
    if let Some(map) = media.get("ids").and_then(Value::as_object) {
        let text = |k: &str| match map.get(k) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let space = if kind == Kind::Movie { "movie" } else { "tv" };
        if let Some(v) = text("imdb").filter(|v| v.starts_with("tt")) {
            ids.push(ExternalId::new("imdb", v));
        }
        if let Some(v) = text("tmdb") {
            ids.push(ExternalId::new("tmdb", format!("{space}/{v}")));
        }
        if let Some(v) = text("tvdb").filter(|_| kind == Kind::Series) {
            ids.push(ExternalId::new("tvdb", v));
        }
        if let Some(v) = text("trakt") {
            ids.push(ExternalId::new("trakt", format!("{field}/{v}")));
        }
    }
    let watched = ["plays", "last_watched_at", "watched_at", "rated_at"]
        .iter()
        .any(|k| obj.contains_key(*k));
    let listed = obj.contains_key("listed_at");
    let watch_state = if watched {
        WatchState::Watched
    } else if listed {
        WatchState::WantToWatch
    } else {
        default
    };
    c.add(Entry {
        name,
        year,
        kind,
        watch_state,
        ids,
        aliases: Vec::new(),
        tags: Vec::new(),
        origin: Origin {
            file: file.to_string(),
            place,
        },
    });
    Ok(())
}
