//! Per-title news search: an RSS search endpoint asked about one title and
//! its next installment, so news from outlets we do not follow still arrives.

use super::fetch::parse_http_url;
use super::NewsError;
use crate::model::{Kind, Title};

/// Google News' public RSS search; `{query}` is replaced by the encoded query.
pub const DEFAULT_SEARCH_TEMPLATE: &str =
    "https://news.google.com/rss/search?q={query}&hl=en-US&gl=US&ceid=US:en";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchConfig {
    pub enabled: bool,
    /// An http(s) URL with a `{query}` placeholder.
    pub template: String,
    /// At most this many titles are searched per refresh (the ones searched
    /// longest ago first), so a long watchlist does not hammer the endpoint.
    pub titles_per_run: usize,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig {
            enabled: true,
            template: DEFAULT_SEARCH_TEMPLATE.to_owned(),
            titles_per_run: 40,
        }
    }
}

/// The search words for a title: its name in quotes, and the words a
/// renewal, sequel or cancellation story would use.
/// `"The Bear" (renewed OR "season 5" OR cancelled)`.
pub fn search_query(title: &Title) -> String {
    let name = title.name.replace('"', " ");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let next = title
        .next
        .as_deref()
        .map(|n| {
            n.replace('"', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|n| !n.is_empty());
    match title.kind {
        Kind::Series => {
            let next = next.map_or("next season".to_owned(), |n| n.to_lowercase());
            format!("\"{name}\" (renewed OR \"{next}\" OR cancelled)")
        }
        Kind::Movie => match next {
            Some(next) => format!("\"{name}\" (sequel OR \"{next}\")"),
            None => format!("\"{name}\" (sequel OR \"{name} 2\")"),
        },
    }
}

/// The search URL for a title from `template`.
pub fn search_url(template: &str, title: &Title) -> Result<String, NewsError> {
    if !template.contains("{query}") {
        return Err(NewsError::BadTemplate {
            url: template.to_owned(),
            template: template.to_owned(),
        });
    }
    let query: String =
        url::form_urlencoded::byte_serialize(search_query(title).as_bytes()).collect();
    let url = template.replace("{query}", &query);
    parse_http_url(&url)?;
    Ok(url)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Status, Threshold, WatchState};

    fn title(name: &str, kind: Kind, next: Option<&str>) -> Title {
        Title {
            id: 1,
            name: name.into(),
            year: None,
            kind,
            platform: None,
            aliases: vec![],
            watch_state: WatchState::Watching,
            notes: None,
            tags: vec![],
            muted: false,
            threshold: Threshold::Everything,
            next: next.map(str::to_owned),
            status: Status::Unknown,
            release: None,
            added_at: "2026-01-01T00:00:00Z".into(),
            status_changed_at: None,
            latest_news_at: None,
            unseen: false,
        }
    }

    #[test]
    fn series_query_names_the_next_season() {
        let t = title("The Bear", Kind::Series, Some("Season 5"));
        assert_eq!(
            search_query(&t),
            "\"The Bear\" (renewed OR \"season 5\" OR cancelled)"
        );
    }

    #[test]
    fn movie_query_and_url_are_encoded() {
        let t = title("Purple Hearts", Kind::Movie, Some("Purple Hearts 2"));
        assert_eq!(
            search_query(&t),
            "\"Purple Hearts\" (sequel OR \"Purple Hearts 2\")"
        );
        let url = search_url("http://127.0.0.1:1/rss?q={query}&hl=en", &t).unwrap();
        assert_eq!(
            url,
            "http://127.0.0.1:1/rss?q=%22Purple+Hearts%22+%28sequel+OR+%22Purple+Hearts+2%22%29&hl=en"
        );
        assert!(matches!(
            search_url("http://127.0.0.1:1/rss", &t),
            Err(NewsError::BadTemplate { .. })
        ));
    }
}
