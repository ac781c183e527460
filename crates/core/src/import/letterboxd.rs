//! Letterboxd's export: a ZIP of CSVs (watchlist.csv, watched.csv, diary.csv,
//! ratings.csv, reviews.csv, profile.csv, lists/ ...), or one of those CSVs.
//! Columns `Date,Name,Year,Letterboxd URI` (+ `Rating`, `Rewatch`, `Tags`,
//! `Watched Date` in the diary). Letterboxd lists films only.

use super::collect::Collector;
use super::error::{ImportError, Place};
use super::source::{decode, Loaded};
use super::table::Table;
use super::{parse_year, Entry, ExternalId, Origin};
use crate::model::{Kind, WatchState};

/// What a file of the archive says about its films.
#[derive(Clone, Copy)]
struct Role {
    state: WatchState,
    /// watched.csv, watchlist.csv and ratings.csv link the film; diary.csv
    /// and reviews.csv link the diary entry, which is no id of the film.
    film_uri: bool,
}

fn role_of(base: &str) -> Option<Role> {
    let (state, film_uri) = match base {
        "watchlist.csv" => (WatchState::WantToWatch, true),
        "watched.csv" | "ratings.csv" => (WatchState::Watched, true),
        "diary.csv" | "reviews.csv" => (WatchState::Watched, false),
        _ => return None,
    };
    Some(Role { state, film_uri })
}

pub(super) fn read(loaded: &Loaded, c: &mut Collector) -> Result<(), ImportError> {
    let mut read_any = false;
    for m in &loaded.members {
        let base = m.base();
        let name = loaded.name_of(m);
        let role = if loaded.zipped {
            match role_of(&base).filter(|_| !m.nested()) {
                Some(r) => r,
                None => {
                    c.ignore_file(name);
                    continue;
                }
            }
        } else {
            // A single CSV: its name if it is Letterboxd's, else its columns.
            role_of(&base).unwrap_or(Role {
                state: WatchState::WantToWatch,
                film_uri: true,
            })
        };
        let text = decode(&m.bytes);
        let mut table = Table::open(name, &text, "Letterboxd")?;
        let role = if !loaded.zipped && role_of(&base).is_none() {
            let watched = table.has("Watched Date") || table.has("Rating");
            Role {
                state: if watched {
                    WatchState::Watched
                } else {
                    WatchState::WantToWatch
                },
                film_uri: !table.has("Watched Date"),
            }
        } else {
            role
        };
        read_table(&mut table, role, c)?;
        read_any = true;
    }
    if !read_any {
        return Err(ImportError::WrongFormat {
            file: loaded.file.clone(),
            format: "Letterboxd".into(),
            reason: "it holds none of watchlist.csv, watched.csv, diary.csv, ratings.csv".into(),
        });
    }
    Ok(())
}

fn read_table(t: &mut Table, role: Role, c: &mut Collector) -> Result<(), ImportError> {
    let [name_col] = t.require(["Name"])?;
    let year_col = t.col("Year");
    let uri_col = t.col("Letterboxd URI");
    let tags_col = t.col("Tags");
    let file = t.file.clone();
    let mut rec = csv::StringRecord::new();
    while let Some(line) = t.next(&mut rec)? {
        let place = Place::Line(line);
        let name = rec.get(name_col).unwrap_or_default();
        if name.trim().is_empty() {
            return Err(ImportError::field(
                &file,
                place,
                "Name",
                "is empty: every film needs a name",
            ));
        }
        let year = match year_col {
            Some(i) => parse_year(&file, place, "Year", rec.get(i).unwrap_or_default())?,
            None => None,
        };
        let mut ids = Vec::new();
        if let Some(uri) = uri_col.and_then(|i| rec.get(i)).map(str::trim) {
            if !uri.is_empty() {
                if !uri.starts_with("http") || uri.contains(char::is_whitespace) {
                    return Err(ImportError::field(
                        &file,
                        place,
                        "Letterboxd URI",
                        format!("\"{}\" is not a Letterboxd address", shorten(uri)),
                    ));
                }
                if role.film_uri {
                    ids.push(ExternalId::new("letterboxd", uri));
                }
            }
        }
        let tags = tags_col
            .and_then(|i| rec.get(i))
            .map(|s| {
                s.split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        c.add(Entry {
            name: name.to_string(),
            year,
            kind: Kind::Movie,
            watch_state: role.state,
            ids,
            aliases: Vec::new(),
            tags,
            origin: Origin {
                file: file.clone(),
                place,
            },
        });
    }
    Ok(())
}

pub(super) fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}
