//! The outlets the app follows out of the box. They are written to the
//! sources table on first start; from then on the user's list is the truth
//! (removing one is remembered, it does not come back).

/// A feed enabled on first start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefaultFeed {
    pub name: &'static str,
    pub url: &'static str,
}

/// The outlets' public RSS feeds (all entertainment news, all WordPress-style
/// `/feed/` endpoints).
pub const DEFAULT_FEEDS: &[DefaultFeed] = &[
    DefaultFeed {
        name: "Deadline",
        url: "https://deadline.com/feed/",
    },
    DefaultFeed {
        name: "Variety",
        url: "https://variety.com/feed/",
    },
    DefaultFeed {
        name: "The Hollywood Reporter",
        url: "https://www.hollywoodreporter.com/feed/",
    },
    DefaultFeed {
        name: "Collider",
        url: "https://collider.com/feed/",
    },
    DefaultFeed {
        name: "Screen Rant",
        url: "https://screenrant.com/feed/",
    },
    DefaultFeed {
        name: "What's on Netflix",
        url: "https://www.whats-on-netflix.com/feed/",
    },
    DefaultFeed {
        name: "TVLine",
        url: "https://tvline.com/feed/",
    },
    DefaultFeed {
        name: "Decider",
        url: "https://decider.com/feed/",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_https_and_distinct() {
        let mut urls: Vec<_> = DEFAULT_FEEDS.iter().map(|f| f.url).collect();
        assert_eq!(urls.len(), 8);
        assert!(urls.iter().all(|u| u.starts_with("https://")));
        urls.sort();
        urls.dedup();
        assert_eq!(urls.len(), 8);
    }
}
