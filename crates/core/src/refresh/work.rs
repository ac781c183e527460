//! The network and CPU half of a refresh: fetching a feed, fetching and
//! reading one article. Nothing here touches the store, so these run as
//! tasks side by side while the refresh's own task does the writing.

use crate::extract::{self, Extraction, TitleQuery};
use crate::news::{decode_html, parse_feed, FeedItem, Fetched, Fetcher, NewsError, Validators};
use std::sync::Arc;

/// What became of one feed.
#[derive(Debug)]
pub(crate) enum FeedOutcome {
    /// 304: the feed has not changed since last time.
    NotModified,
    Items {
        items: Vec<FeedItem>,
        validators: Validators,
        /// The feed's own name ("Variety", "TV News | Deadline").
        title: Option<String>,
    },
    Failed(NewsError),
}

pub(crate) async fn fetch_feed(
    fetcher: &Fetcher,
    url: &str,
    validators: &Validators,
) -> FeedOutcome {
    let page = match fetcher.get(url, validators).await {
        Ok(Fetched::NotModified) => return FeedOutcome::NotModified,
        Ok(Fetched::Page(page)) => page,
        Err(e) => return FeedOutcome::Failed(e),
    };
    match parse_feed(&page.body, page.content_type.as_deref(), &page.final_url) {
        Ok(feed) => FeedOutcome::Items {
            items: feed.items,
            validators: page.validators,
            title: feed.title.filter(|t| !t.trim().is_empty()),
        },
        Err(e) => FeedOutcome::Failed(e),
    }
}

/// One article to read for the titles its feed item mentions.
#[derive(Debug, Clone)]
pub(crate) struct ArticleJob {
    pub item: FeedItem,
    pub outlet: String,
    pub titles: Vec<(i64, TitleQuery)>,
}

/// An article read: its text and what it says about each title.
#[derive(Debug)]
pub(crate) struct ReadArticle {
    pub job: ArticleJob,
    /// Where the page ended up after redirects (the item URL when unfetched).
    pub final_url: String,
    pub text: String,
    /// Titles the article really is about, with what it says of them.
    pub extractions: Vec<(i64, Extraction)>,
    /// The page could not be fetched; the feed's own title and summary were
    /// read instead so the news is not lost.
    pub page_error: Option<NewsError>,
}

pub(crate) async fn read_article(fetcher: Arc<Fetcher>, job: ArticleJob) -> ReadArticle {
    let (final_url, html, page_error) =
        match fetcher.get(&job.item.url, &Validators::default()).await {
            Ok(Fetched::Page(page)) => {
                let html = decode_html(&page.body, page.content_type.as_deref());
                (page.final_url, Some(html), None)
            }
            // No validators were sent, so a 304 is a confused server: use the item.
            Ok(Fetched::NotModified) => (job.item.url.clone(), None, None),
            Err(e) => (job.item.url.clone(), None, Some(e)),
        };
    // Readability and extraction are CPU work: keep them off the async
    // threads so a refresh never stalls the app's other tasks.
    let blocking = tokio::task::spawn_blocking(move || {
        let text = match html {
            Some(html) => extract::readable_text(&html).into_owned(),
            None => String::new(),
        };
        let text = if text.trim().is_empty() {
            format!("{}\n\n{}", job.item.title, job.item.summary)
        } else {
            text
        };
        let published = job.item.published.map(|d| d.date_naive());
        let teaser = format!("{}\n\n{}", job.item.title, job.item.summary);
        let extractions = job
            .titles
            .iter()
            .filter_map(|(id, query)| {
                let page = extract::extract(query, &text, published);
                if page.mentioned {
                    return Some((*id, page));
                }
                // The page did not name the title although the feed did: a
                // consent wall, a news-search redirect page, a paywall. The
                // feed's own words are better than nothing.
                let item = extract::extract(query, &teaser, published);
                item.mentioned.then_some((*id, item))
            })
            .collect();
        (job, text, extractions)
    });
    match blocking.await {
        Ok((job, text, extractions)) => ReadArticle {
            job,
            final_url,
            text,
            extractions,
            page_error,
        },
        // The extractor panicked on this page: report it, keep the refresh.
        Err(e) => ReadArticle {
            job: ArticleJob {
                item: FeedItem {
                    url: final_url.clone(),
                    title: String::new(),
                    summary: String::new(),
                    published: None,
                    outlet: None,
                },
                outlet: String::new(),
                titles: Vec::new(),
            },
            final_url: final_url.clone(),
            text: String::new(),
            extractions: Vec::new(),
            page_error: Some(NewsError::Http {
                url: final_url,
                reason: format!("reading the article failed: {e}"),
            }),
        },
    }
}
