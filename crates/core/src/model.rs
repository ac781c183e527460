//! The vocabulary of DESIGN.md as types. Every layer speaks these; their
//! serde names are the strings of the command-line contract and the IPC.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Film or series. Decides how the next installment is labelled ("2" or "Season 3").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    #[default]
    Movie,
    Series,
}

/// Where the user is with the title itself (not its sequel).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WatchState {
    #[default]
    WantToWatch,
    Watching,
    Watched,
}

/// The status ladder of the next installment. The derive order is the ladder
/// order for the climbing steps; the two endings sort after them but are not
/// "higher": use [`Status::rank`] and [`Status::is_ending`] for decisions.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Unknown,
    Rumored,
    InTalks,
    Confirmed,
    InProduction,
    ReleaseDateSet,
    Released,
    Cancelled,
    Denied,
}

/// How far a notification threshold lets changes through for one title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    #[default]
    Everything,
    ConfirmedOrLater,
    Nothing,
}

macro_rules! string_enum {
    ($ty:ident, $what:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let wanted = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
                $( if wanted == $text { return Ok($ty::$variant); } )+
                let known: Vec<&str> = vec![$($text),+];
                Err(format!("unknown {} {:?}: expected one of {}", $what, s, known.join(", ")))
            }
        }
    };
}

string_enum!(Kind, "kind", { Movie => "movie", Series => "series" });
string_enum!(WatchState, "watch state", {
    WantToWatch => "want_to_watch", Watching => "watching", Watched => "watched",
});
string_enum!(Status, "status", {
    Unknown => "unknown", Rumored => "rumored", InTalks => "in_talks", Confirmed => "confirmed",
    InProduction => "in_production", ReleaseDateSet => "release_date_set", Released => "released",
    Cancelled => "cancelled", Denied => "denied",
});
string_enum!(Threshold, "notification threshold", {
    Everything => "everything", ConfirmedOrLater => "confirmed_or_later", Nothing => "nothing",
});

impl Status {
    /// Position on the climbing ladder; endings have no rank of their own.
    pub fn rank(self) -> Option<u8> {
        match self {
            Status::Unknown => Some(0),
            Status::Rumored => Some(1),
            Status::InTalks => Some(2),
            Status::Confirmed => Some(3),
            Status::InProduction => Some(4),
            Status::ReleaseDateSet => Some(5),
            Status::Released => Some(6),
            Status::Cancelled | Status::Denied => None,
        }
    }

    /// Cancelled and denied end the ladder until newer evidence revives it.
    pub fn is_ending(self) -> bool {
        matches!(self, Status::Cancelled | Status::Denied)
    }

    /// Words for people: "in talks", "release date set".
    pub fn label(self) -> &'static str {
        match self {
            Status::Unknown => "no news yet",
            Status::Rumored => "rumored",
            Status::InTalks => "in talks",
            Status::Confirmed => "confirmed",
            Status::InProduction => "in production",
            Status::ReleaseDateSet => "release date set",
            Status::Released => "released",
            Status::Cancelled => "cancelled",
            Status::Denied => "denied",
        }
    }
}

/// A title on the watchlist, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    pub id: i64,
    pub name: String,
    pub year: Option<i32>,
    pub kind: Kind,
    pub platform: Option<String>,
    pub aliases: Vec<String>,
    pub watch_state: WatchState,
    pub notes: Option<String>,
    pub tags: Vec<String>,
    pub muted: bool,
    pub threshold: Threshold,
    /// What is tracked: "Purple Hearts 2", "Season 3".
    pub next: Option<String>,
    pub status: Status,
    /// null, "YYYY-MM-DD", "YYYY-MM", "YYYY" or a window as written ("summer 2026").
    pub release: Option<String>,
    /// ISO 8601 instant the title was added.
    pub added_at: String,
    /// ISO 8601 instant of the last change of derived status, if any.
    pub status_changed_at: Option<String>,
    /// Published date of the newest evidence, if any.
    pub latest_news_at: Option<String>,
    /// True when the status changed since the user last opened the title.
    pub unseen: bool,
}

/// What a user gives to add a title; validated by the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewTitle {
    pub name: String,
    pub year: Option<i32>,
    pub kind: Kind,
    pub platform: Option<String>,
    pub aliases: Vec<String>,
    pub watch_state: WatchState,
    pub notes: Option<String>,
    pub tags: Vec<String>,
}

/// A change to a stored title; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TitleEdit {
    pub name: Option<String>,
    /// `Some(None)` clears the year.
    pub year: Option<Option<i32>>,
    pub kind: Option<Kind>,
    pub platform: Option<Option<String>>,
    pub aliases: Option<Vec<String>>,
    pub watch_state: Option<WatchState>,
    pub notes: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
    pub muted: Option<bool>,
    pub threshold: Option<Threshold>,
}

/// Watchlist orderings offered in the window and the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    /// Most recent status change first, then most recently added.
    #[default]
    RecentlyChanged,
    Name,
    RecentlyAdded,
    Status,
}

string_enum!(SortBy, "sort order", {
    RecentlyChanged => "recently_changed", Name => "name", RecentlyAdded => "recently_added",
    Status => "status",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_and_unknown_is_explained() {
        for s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>(), Ok(*s));
        }
        assert_eq!("In Talks".parse::<Status>(), Ok(Status::InTalks));
        let err = "tv".parse::<Kind>().expect_err("tv is not a kind");
        assert!(err.contains("movie, series"), "{err}");
    }

    #[test]
    fn endings_have_no_rank() {
        assert!(Status::Confirmed.rank() > Status::InTalks.rank());
        assert_eq!(Status::Cancelled.rank(), None);
        assert!(Status::Denied.is_ending());
    }
}
