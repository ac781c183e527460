//! Getting news in: polite HTTP fetching, feed parsing (RSS 0.9x/1.0/2.0,
//! Atom, JSON Feed), the default outlet feeds and the per-title news search.
//! No storage here: [`crate::refresh`] ties these to the store.
//!
//! PUBLIC API (refresh, the CLI and the shell depend on it):
//! - [`Fetcher`], [`FetchConfig`], [`Fetched`], [`Page`], [`Validators`] (fetch.rs)
//! - [`parse_feed`], [`ParsedFeed`], [`FeedItem`] (feed.rs)
//! - [`decode_text`], [`decode_html`] (charset.rs)
//! - [`DEFAULT_FEEDS`], [`DefaultFeed`] (sources.rs)
//! - [`SearchConfig`], [`search_query`], [`search_url`] (search.rs)
//! - [`NewsError`]

mod charset;
mod feed;
mod fetch;
mod search;
mod sources;

pub use charset::{decode_html, decode_text};
pub use feed::{html_to_text, parse_feed, FeedItem, ParsedFeed};
pub use fetch::{FetchConfig, Fetched, Fetcher, Page, Validators};
pub use search::{search_query, search_url, SearchConfig, DEFAULT_SEARCH_TEMPLATE};
pub use sources::{DefaultFeed, DEFAULT_FEEDS};

use std::time::Duration;

/// Everything that can go wrong while getting news from one address. Each
/// message names the address and says what the user can do about it; the
/// refresh records it on the source row as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NewsError {
    #[error("{url:?} is not a web address: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("{url}: only http and https addresses can be fetched, not {scheme}:")]
    UnsupportedScheme { url: String, scheme: String },
    #[error("{url}: the server answered {status}{hint}")]
    Status {
        url: String,
        status: u16,
        /// Why and what to do, e.g. " (not found: check the address)".
        hint: String,
    },
    #[error("{url}: no complete answer within {} s; the server is slow or unreachable, it is tried again next refresh", .after.as_secs_f32())]
    Timeout { url: String, after: Duration },
    #[error("{url}: cannot connect ({reason}); offline, or the server is down")]
    Connect { url: String, reason: String },
    #[error("{url}: the answer is larger than {} MB and was cut off; is this really a feed or an article?", .cap / 1_000_000)]
    TooLarge { url: String, cap: usize },
    #[error("{url}: {reason}; check the address in a browser")]
    Redirect { url: String, reason: String },
    #[error("{url}: {reason}")]
    Http { url: String, reason: String },
    #[error("{url}: not a feed ({reason}); use the address of the RSS, Atom or JSON feed")]
    NotAFeed { url: String, reason: String },
    #[error("{url}: the search URL template {template:?} has no {{query}} placeholder")]
    BadTemplate { url: String, template: String },
}

impl NewsError {
    /// Worth another try in this run: the server may answer next time.
    pub fn is_transient(&self) -> bool {
        match self {
            NewsError::Timeout { .. } | NewsError::Connect { .. } => true,
            NewsError::Status { status, .. } => *status >= 500 || *status == 429,
            _ => false,
        }
    }
}
