//! "Add an article" by hand: the user pastes an article's text or URL, or
//! drops a saved page, onto a title. We read it, show what we found, and on
//! confirmation record it exactly as the refresh records a fetched article.

use crate::extract::{extract, readable_text, Extraction};
use crate::model::Title;
use crate::news::{decode_html, FetchConfig, Fetched, Fetcher, Validators};
use crate::refresh::db::{content_hash, evidence_of, quotes_of};
use crate::store::{now_iso, NewArticle, RecordOutcome, Store, StoreError};
use serde::{Deserialize, Serialize};

/// What the user handed over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum ArticleInput {
    /// Pasted text, or the contents of a dropped .txt/.html file.
    Text(String),
    /// An http(s) address to fetch.
    Url(String),
}

/// An article read and extracted, not yet saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub title_id: i64,
    /// Where it came from; pasted text gets a `manual:` key from its hash so
    /// pasting it twice adds nothing.
    pub url: String,
    pub outlet: Option<String>,
    pub text: String,
    pub extraction: Extraction,
}

#[derive(Debug, thiserror::Error)]
pub enum ManualError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("the article is empty: paste its text or its address")]
    Empty,
    #[error("could not read {url}: {message}")]
    Fetch { url: String, message: String },
    #[error("{url} did not change since it was last read")]
    NotModified { url: String },
}

fn outlet_of(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_string();
    Some(host.trim_start_matches("www.").to_string())
}

/// Reads the input (fetching a URL) and extracts it for the title.
/// Takes the title rather than the store, so no database lock is held while
/// the page downloads.
pub async fn preview(
    title: &Title,
    input: ArticleInput,
    fetch: FetchConfig,
) -> Result<Preview, ManualError> {
    let title_id = title.id;
    let (url, outlet, raw) = match input {
        ArticleInput::Text(text) => {
            let url = format!("manual:{}", content_hash(&text));
            (url, None, text)
        }
        ArticleInput::Url(url) => {
            let url = url.trim().to_string();
            let fetcher = Fetcher::new(fetch).map_err(|e| ManualError::Fetch {
                url: url.clone(),
                message: e.to_string(),
            })?;
            match fetcher.get(&url, &Validators::default()).await {
                Ok(Fetched::Page(page)) => {
                    let body = decode_html(&page.body, page.content_type.as_deref());
                    (page.final_url.clone(), outlet_of(&page.final_url), body)
                }
                Ok(Fetched::NotModified) => return Err(ManualError::NotModified { url }),
                Err(e) => {
                    return Err(ManualError::Fetch {
                        url,
                        message: e.to_string(),
                    })
                }
            }
        }
    };
    let text = readable_text(&raw).trim().to_string();
    if text.is_empty() {
        return Err(ManualError::Empty);
    }
    let query = crate::refresh::query_of(title);
    let extraction = extract(&query, &text, None);
    Ok(Preview {
        title_id,
        url,
        outlet,
        text,
        extraction,
    })
}

/// Saves a previewed article for its title: evidence, quotes, derived status.
pub fn save(store: &mut Store, preview: &Preview) -> Result<RecordOutcome, ManualError> {
    let article = NewArticle {
        url: preview.url.clone(),
        canonical_url: None,
        content_hash: Some(content_hash(&preview.text)),
        outlet: preview.outlet.clone(),
        headline: None,
        published: Some(now_iso()[..10].to_string()),
        source_id: None,
    };
    let evidence = evidence_of(&preview.extraction);
    let quotes = quotes_of(&preview.extraction);
    Ok(store.record_article(preview.title_id, &article, &evidence, &quotes, &now_iso())?)
}
