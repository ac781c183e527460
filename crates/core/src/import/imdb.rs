//! IMDb's CSV exports: a list or the watchlist (`Position,Const,Created,
//! Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,
//! Runtime (mins),Year,Genres,Num Votes,Release Date,Directors`, newer ones
//! add `Your Rating,Date Rated`), and the ratings (`Const,Your Rating,
//! Date Rated,Title,...`). Columns are read by name.

use super::collect::Collector;
use super::error::{ImportError, Place};
use super::letterboxd::shorten;
use super::source::{decode, Loaded};
use super::table::Table;
use super::{parse_year, Entry, ExternalId, Origin};
use crate::model::{Kind, WatchState};

pub(super) fn read(loaded: &Loaded, c: &mut Collector) -> Result<(), ImportError> {
    let mut read_any = false;
    for m in &loaded.members {
        let name = loaded.name_of(m);
        if loaded.zipped && !m.base().ends_with(".csv") {
            c.ignore_file(name);
            continue;
        }
        let text = decode(&m.bytes);
        let mut table = Table::open(name, &text, "IMDb")?;
        read_table(&mut table, c)?;
        read_any = true;
    }
    if !read_any {
        return Err(ImportError::WrongFormat {
            file: loaded.file.clone(),
            format: "IMDb".into(),
            reason: "it holds no CSV file".into(),
        });
    }
    Ok(())
}

/// What a "Title Type" cell means for us: a kind, or why it is skipped.
/// Both spellings occur: "TV Mini Series" (current) and "tvMiniSeries" (older).
fn kind_of(title_type: &str) -> Result<Kind, &'static str> {
    let t: String = title_type
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    match t.as_str() {
        "tvseries" | "tvminiseries" | "series" | "miniseries" => Ok(Kind::Series),
        "tvepisode" | "episode" => Err("a single TV episode, not a film or series"),
        "videogame" => Err("a video game"),
        "podcastseries" | "podcastepisode" => Err("a podcast"),
        "musicvideo" => Err("a music video"),
        // Movie, TV Movie, TV Special, Short, Video, TV Short, or empty.
        _ => Ok(Kind::Movie),
    }
}

fn read_table(t: &mut Table, c: &mut Collector) -> Result<(), ImportError> {
    let [const_col, title_col] = t.require(["Const", "Title"])?;
    let type_col = t.col("Title Type");
    let year_col = t.col("Year");
    let original_col = t.col("Original Title");
    let rating_col = t.col("Your Rating");
    // The ratings export has no Position: everything in it was watched.
    let ratings_file = t.has("Date Rated") && !t.has("Position");
    let file = t.file.clone();
    let mut rec = csv::StringRecord::new();
    while let Some(line) = t.next(&mut rec)? {
        let place = Place::Line(line);
        let id = rec.get(const_col).unwrap_or_default().trim();
        if !(id.len() > 2 && id.starts_with("tt") && id[2..].bytes().all(|b| b.is_ascii_digit())) {
            return Err(ImportError::field(
                &file,
                place,
                "Const",
                format!(
                    "\"{}\" is not an IMDb title id (tt followed by digits)",
                    shorten(id)
                ),
            ));
        }
        let name = rec.get(title_col).unwrap_or_default();
        if name.trim().is_empty() {
            return Err(ImportError::field(
                &file,
                place,
                "Title",
                "is empty: every title needs a name",
            ));
        }
        let kind = match type_col.map(|i| kind_of(rec.get(i).unwrap_or_default())) {
            Some(Err(why)) => {
                c.skip(&file, Some(place), Some(name), why);
                continue;
            }
            Some(Ok(kind)) => kind,
            None => Kind::Movie,
        };
        let year = match year_col {
            Some(i) => parse_year(&file, place, "Year", rec.get(i).unwrap_or_default())?,
            None => None,
        };
        let rated = rating_col
            .and_then(|i| rec.get(i))
            .is_some_and(|r| !r.trim().is_empty());
        let watch_state = if ratings_file || rated {
            WatchState::Watched
        } else {
            WatchState::WantToWatch
        };
        let aliases = original_col
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(|o| vec![o.to_string()])
            .unwrap_or_default();
        c.add(Entry {
            name: name.to_string(),
            year,
            kind,
            watch_state,
            ids: vec![ExternalId::new("imdb", id)],
            aliases,
            tags: Vec::new(),
            origin: Origin {
                file: file.clone(),
                place,
            },
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_types_map_to_kinds() {
        assert_eq!(kind_of("TV Series"), Ok(Kind::Series));
        assert_eq!(kind_of("TV Mini Series"), Ok(Kind::Series));
        assert_eq!(kind_of("tvMiniSeries"), Ok(Kind::Series));
        assert_eq!(kind_of("Movie"), Ok(Kind::Movie));
        assert_eq!(kind_of("TV Movie"), Ok(Kind::Movie));
        assert!(kind_of("TV Episode").is_err());
    }
}
