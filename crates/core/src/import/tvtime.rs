//! TV Time's GDPR export: a ZIP of CSVs (the service never offered another
//! export). We read:
//! - `followed_tv_show.csv` (`tv_show_id,active,diffusion,notification_type,
//!   folder_id,archived,notification_offset,user_id,updated_at,tv_show_name,
//!   created_at`): the followed shows; `tv_show_id` is TheTVDB's id;
//! - `user_tv_show_data.csv` (`tv_show_id,tv_show_name,nb_episodes_seen,...`);
//! - `tracking-prod-records.csv` (and `-v2`): the tracking log, whose rows
//!   with `entity_type` "movie" are the tracked movies (`movie_name`,
//!   `release_date`, `type` "watch" or "towatch"/"follow", `uuid`).
//!
//! Everything else in the archive (episodes, comments, devices) is ignored.

use super::collect::Collector;
use super::error::{ImportError, Place};
use super::source::{decode, Loaded};
use super::table::Table;
use super::{parse_year, Entry, ExternalId, Origin};
use crate::model::{Kind, WatchState};

enum Role {
    Shows,
    Movies,
}

fn role_of(base: &str) -> Option<Role> {
    match base {
        "followed_tv_show.csv" | "user_tv_show_data.csv" => Some(Role::Shows),
        b if b.starts_with("tracking-prod-records") && b.ends_with(".csv") => Some(Role::Movies),
        _ => None,
    }
}

pub(super) fn read(loaded: &Loaded, c: &mut Collector) -> Result<(), ImportError> {
    let mut read_any = false;
    for m in &loaded.members {
        let name = loaded.name_of(m);
        let base = m.base();
        let text = decode(&m.bytes);
        let role = match role_of(&base) {
            Some(r) => r,
            None if !loaded.zipped => {
                // A single CSV under another name: its columns decide.
                let header = text.lines().next().unwrap_or_default().to_ascii_lowercase();
                if header.contains("movie_name") {
                    Role::Movies
                } else {
                    Role::Shows
                }
            }
            None => {
                c.ignore_file(name);
                continue;
            }
        };
        let mut table = Table::open(name, &text, "TV Time")?;
        match role {
            Role::Shows => read_shows(&mut table, c)?,
            Role::Movies => read_movies(&mut table, c)?,
        }
        read_any = true;
    }
    if !read_any {
        return Err(ImportError::WrongFormat {
            file: loaded.file.clone(),
            format: "TV Time".into(),
            reason: "it holds neither followed_tv_show.csv nor tracking-prod-records.csv".into(),
        });
    }
    Ok(())
}

fn truthy(s: &str) -> bool {
    matches!(s.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes")
}

fn read_shows(t: &mut Table, c: &mut Collector) -> Result<(), ImportError> {
    let [name_col] = t.require(["tv_show_name"])?;
    let id_col = t.col("tv_show_id");
    let archived_col = t.col("archived");
    let file = t.file.clone();
    let mut rec = csv::StringRecord::new();
    while let Some(line) = t.next(&mut rec)? {
        let place = Place::Line(line);
        let name = rec.get(name_col).unwrap_or_default();
        let mut ids = Vec::new();
        if let Some(id) = id_col
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            if !id.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ImportError::field(
                    &file,
                    place,
                    "tv_show_id",
                    format!("\"{id}\" is not a TheTVDB id"),
                ));
            }
            ids.push(ExternalId::new("tvdb", id));
        }
        // TV Time adds the year to namesakes the way TheTVDB does: "Doctor Who (2005)".
        let (name, year) = split_year(name);
        let archived = archived_col.and_then(|i| rec.get(i)).is_some_and(truthy);
        c.add(Entry {
            name,
            year,
            kind: Kind::Series,
            watch_state: if archived {
                WatchState::Watched
            } else {
                WatchState::Watching
            },
            ids,
            aliases: Vec::new(),
            tags: Vec::new(),
            origin: Origin {
                file: file.clone(),
                place,
            },
        });
    }
    Ok(())
}

fn read_movies(t: &mut Table, c: &mut Collector) -> Result<(), ImportError> {
    let [name_col] = t.require(["movie_name"])?;
    let entity_col = t.col("entity_type");
    let type_col = t.col("type");
    let date_col = t.col("release_date");
    let uuid_col = t.col("uuid");
    let file = t.file.clone();
    let mut rec = csv::StringRecord::new();
    while let Some(line) = t.next(&mut rec)? {
        let place = Place::Line(line);
        let entity = entity_col
            .and_then(|i| rec.get(i))
            .unwrap_or("movie")
            .trim();
        if !entity.eq_ignore_ascii_case("movie") {
            continue; // the log's episode and show rows: not titles of their own
        }
        let name = rec.get(name_col).unwrap_or_default();
        if name.trim().is_empty() {
            c.skip(&file, Some(place), None, "a tracked movie without a name");
            continue;
        }
        let year = match date_col {
            Some(i) => parse_year(&file, place, "release_date", rec.get(i).unwrap_or_default())?,
            None => None,
        };
        let watched = type_col
            .and_then(|i| rec.get(i))
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("watch"));
        let ids = uuid_col
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| vec![ExternalId::new("tvtime", format!("movie/{u}"))])
            .unwrap_or_default();
        c.add(Entry {
            name: name.to_string(),
            year,
            kind: Kind::Movie,
            watch_state: if watched {
                WatchState::Watched
            } else {
                WatchState::WantToWatch
            },
            ids,
            aliases: Vec::new(),
            tags: Vec::new(),
            origin: Origin {
                file: file.clone(),
                place,
            },
        });
    }
    Ok(())
}

/// "Doctor Who (2005)" -> ("Doctor Who", 2005); other names stay as they are.
fn split_year(name: &str) -> (String, Option<i32>) {
    let n = name.trim();
    if let Some(rest) = n.strip_suffix(')') {
        if let Some((base, year)) = rest.rsplit_once(" (") {
            if year.len() == 4 {
                if let Ok(y) = year.parse::<i32>() {
                    return (base.trim().to_string(), Some(y));
                }
            }
        }
    }
    (n.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namesake_years_are_split_off() {
        assert_eq!(
            split_year("Doctor Who (2005)"),
            ("Doctor Who".into(), Some(2005))
        );
        assert_eq!(
            split_year("The Office (US)"),
            ("The Office (US)".into(), None)
        );
    }
}
