//! The watchlist as CSV: one row per title, the columns a spreadsheet user
//! expects, lists joined with "; ".

use super::ExportError;
use crate::model::SortBy;
use crate::store::{ListQuery, Store};
use std::io::Write;

pub const HEADER: [&str; 15] = [
    "Name",
    "Year",
    "Kind",
    "Platform",
    "Watch State",
    "Status",
    "Next",
    "Release",
    "Aliases",
    "Tags",
    "Notes",
    "IMDb",
    "TMDB",
    "TVDB",
    "Added",
];

pub(super) fn write(store: &Store, out: &mut dyn Write) -> Result<(), ExportError> {
    let page = store.list_titles(&ListQuery {
        sort: SortBy::Name,
        ..ListQuery::default()
    })?;
    let ids = store.external_ids()?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for t in &page.rows {
        let id_of = |provider: &str| {
            ids.get(&t.id)
                .into_iter()
                .flatten()
                .filter(|i| i.provider == provider)
                .map(|i| i.value.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        w.write_record([
            t.name.as_str(),
            &t.year.map(|y| y.to_string()).unwrap_or_default(),
            t.kind.as_str(),
            t.platform.as_deref().unwrap_or_default(),
            t.watch_state.as_str(),
            t.status.as_str(),
            t.next.as_deref().unwrap_or_default(),
            t.release.as_deref().unwrap_or_default(),
            &t.aliases.join("; "),
            &t.tags.join("; "),
            t.notes.as_deref().unwrap_or_default(),
            &id_of("imdb"),
            &id_of("tmdb"),
            &id_of("tvdb"),
            t.added_at.get(..10).unwrap_or(&t.added_at),
        ])?;
    }
    w.flush()?;
    Ok(())
}
