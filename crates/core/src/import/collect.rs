//! Gathers the titles of one export, folding rows that name the same title
//! (by an external id, else by normalised name and year) into one entry.

use super::{Entry, ExternalId, Place, Skipped};
use crate::model::WatchState;
use crate::text::name_key;
use std::collections::HashMap;

#[derive(Default)]
pub(crate) struct Collector {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
    pub merged: usize,
    pub ignored_files: Vec<String>,
    by_id: HashMap<ExternalId, usize>,
    by_name: HashMap<(String, Option<i32>), usize>,
}

/// Watch states only move forward when rows are folded: a film in the
/// watchlist and in the diary was watched.
pub(crate) fn further(a: WatchState, b: WatchState) -> WatchState {
    let rank = |w: WatchState| match w {
        WatchState::WantToWatch => 0,
        WatchState::Watching => 1,
        WatchState::Watched => 2,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

impl Collector {
    pub fn skip(
        &mut self,
        file: &str,
        place: Option<Place>,
        name: Option<&str>,
        reason: impl Into<String>,
    ) {
        self.skipped.push(Skipped {
            file: file.to_string(),
            place,
            name: name.map(str::to_string).filter(|n| !n.trim().is_empty()),
            reason: reason.into(),
        });
    }

    pub fn ignore_file(&mut self, name: String) {
        self.ignored_files.push(name);
    }

    /// Adds a title read from the file, or folds it into the one read before.
    pub fn add(&mut self, mut e: Entry) {
        e.name = e.name.trim().to_string();
        let key = name_key(&e.name);
        if key.is_empty() {
            let origin = e.origin.clone();
            self.skip(&origin.file, Some(origin.place), None, "no title name");
            return;
        }
        if let Some(y) = e.year.filter(|y| !(1870..=2100).contains(y)) {
            let origin = e.origin.clone();
            self.skip(
                &origin.file,
                Some(origin.place),
                Some(&e.name),
                format!("year {y} is outside 1870..2100, which the watchlist holds"),
            );
            return;
        }
        e.ids.retain(|id| !id.value.trim().is_empty());
        e.ids.sort();
        e.ids.dedup();
        let aliases = std::mem::take(&mut e.aliases);
        for a in aliases {
            push_unique(&mut e.aliases, a, Some(&key));
        }
        let found = e
            .ids
            .iter()
            .find_map(|id| self.by_id.get(id))
            .or_else(|| self.by_name.get(&(key.clone(), e.year)))
            .copied();
        match found {
            Some(i) => {
                self.merged += 1;
                let into = &mut self.entries[i];
                into.watch_state = further(into.watch_state, e.watch_state);
                if into.year.is_none() {
                    into.year = e.year;
                }
                for id in &e.ids {
                    if !into.ids.contains(id) {
                        into.ids.push(id.clone());
                    }
                }
                let own = name_key(&into.name);
                for a in e.aliases {
                    push_unique(&mut into.aliases, a, Some(&own));
                }
                for t in e.tags {
                    push_unique(&mut into.tags, t, None);
                }
                let (ids, year) = (into.ids.clone(), into.year);
                self.index(i, &ids, key, year);
            }
            None => {
                let i = self.entries.len();
                let (ids, year) = (e.ids.clone(), e.year);
                self.entries.push(e);
                self.index(i, &ids, key, year);
            }
        }
    }

    fn index(&mut self, i: usize, ids: &[ExternalId], key: String, year: Option<i32>) {
        for id in ids {
            if !self.by_id.contains_key(id) {
                self.by_id.insert(id.clone(), i);
            }
        }
        self.by_name.entry((key, year)).or_insert(i);
    }
}

/// Adds a non-empty item unless an item with the same key (or the title's
/// own name) is there already.
fn push_unique(list: &mut Vec<String>, item: String, own: Option<&str>) {
    let item = item.trim().to_string();
    let key = name_key(&item);
    if key.is_empty() || Some(key.as_str()) == own {
        return;
    }
    if !list.iter().any(|x| name_key(x) == key) {
        list.push(item);
    }
}
