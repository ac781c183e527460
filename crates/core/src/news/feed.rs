//! Feed bytes -> items. feed-rs reads RSS 0.9x/1.0/2.0, Atom and JSON Feed;
//! this module settles the charset first, turns item HTML into plain text,
//! resolves relative links and drops items no one could open.

use super::charset::decode_text;
use super::NewsError;
use chrono::{DateTime, Utc};
use reqwest::Url;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One news item as a feed announces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedItem {
    /// Absolute http(s) address of the article.
    pub url: String,
    pub title: String,
    /// Summary or content as plain text (may be empty).
    pub summary: String,
    pub published: Option<DateTime<Utc>>,
    /// The outlet named by the item itself (news search results carry it);
    /// `None` means "the feed's own outlet".
    pub outlet: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedFeed {
    pub title: Option<String>,
    pub items: Vec<FeedItem>,
}

/// Parses a feed fetched from `url`. `content_type` is the HTTP header, used
/// for the charset and to tell a web page or a picture from a feed.
pub fn parse_feed(
    body: &[u8],
    content_type: Option<&str>,
    url: &str,
) -> Result<ParsedFeed, NewsError> {
    let not_a_feed = |reason: String| NewsError::NotAFeed {
        url: url.to_owned(),
        reason,
    };
    let mime = content_type
        .and_then(|c| c.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if is_binary_type(&mime) {
        return Err(not_a_feed(format!("the server sent {mime}")));
    }
    let text = decode_text(body, content_type);
    let parser = feed_rs::parser::Builder::new().base_uri(Some(url)).build();
    let feed = parser.parse(text.as_bytes()).map_err(|e| {
        if mime.contains("html") || looks_like_html(&text) {
            not_a_feed("the address gives a web page".into())
        } else {
            not_a_feed(format!("{e}"))
        }
    })?;
    let base = Url::parse(url).ok();
    let items = feed
        .entries
        .into_iter()
        .filter_map(|entry| item_of(entry, base.as_ref()))
        .collect();
    Ok(ParsedFeed {
        title: feed.title.map(|t| one_line(&html_to_text(&t.content))),
        items,
    })
}

fn item_of(entry: feed_rs::model::Entry, base: Option<&Url>) -> Option<FeedItem> {
    let href = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.clone())
        // RSS guids are often the permalink when no <link> is given.
        .or_else(|| Some(entry.id.clone()).filter(|id| id.starts_with("http")))?;
    let entry_base = entry
        .base
        .as_deref()
        .and_then(|b| match base {
            Some(base) => base.join(b).ok(),
            None => Url::parse(b).ok(),
        })
        .or_else(|| base.cloned());
    let url = match &entry_base {
        Some(base) => base.join(href.trim()).ok()?,
        None => Url::parse(href.trim()).ok()?,
    };
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let title = entry
        .title
        .map(|t| one_line(&html_to_text(&t.content)))
        .unwrap_or_default();
    let summary = entry
        .summary
        .map(|s| s.content)
        .or_else(|| entry.content.and_then(|c| c.body))
        .map(|s| html_to_text(&s))
        .unwrap_or_default();
    Some(FeedItem {
        url: url.to_string(),
        title,
        summary,
        published: entry.published.or(entry.updated),
        outlet: entry.source.filter(|s| !s.trim().is_empty()),
    })
}

/// Feeds do not come as pictures, video, audio, archives or PDFs.
fn is_binary_type(mime: &str) -> bool {
    ["image/", "video/", "audio/", "font/"]
        .iter()
        .any(|p| mime.starts_with(p))
        || matches!(
            mime,
            "application/pdf" | "application/zip" | "application/gzip" | "application/x-tar"
        )
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.contains("<!doctype html") || head.contains("<html")
}

/// Plain text of an HTML fragment: tags out (script and style with their
/// content), entities decoded, whitespace collapsed, paragraph breaks kept.
pub fn html_to_text(html: &str) -> String {
    static DROP: OnceLock<Option<regex::Regex>> = OnceLock::new();
    static BREAK: OnceLock<Option<regex::Regex>> = OnceLock::new();
    static INLINE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    static TAG: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let (Some(drop), Some(brk), Some(inline), Some(tag)) = (
        DROP.get_or_init(|| {
            regex::Regex::new(
                r"(?is)<(script|style|noscript)\b.*?</(script|style|noscript)\s*>|<!--.*?-->",
            )
            .ok()
        })
        .as_ref(),
        BREAK
            .get_or_init(|| {
                regex::Regex::new(r"(?i)<(br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>").ok()
            })
            .as_ref(),
        // Inline markup sits inside words and sentences: "<b>Bear</b>." stays "Bear.".
        INLINE
            .get_or_init(|| {
                regex::Regex::new(
                    r"(?i)</?(a|b|i|em|strong|span|u|small|sup|sub|mark|abbr|cite|q|font)\b[^>]*>",
                )
                .ok()
            })
            .as_ref(),
        TAG.get_or_init(|| regex::Regex::new(r"(?s)<[^>]*>").ok())
            .as_ref(),
    ) else {
        return html.to_owned();
    };
    if !html.contains('<') && !html.contains('&') {
        return html.trim().to_owned();
    }
    let text = drop.replace_all(html, " ");
    let text = brk.replace_all(&text, "\n");
    let text = inline.replace_all(&text, "");
    let text = tag.replace_all(&text, " ");
    let text = html_escape::decode_html_entities(&text);
    text.split('\n')
        .map(one_line)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn html_summary_becomes_text() {
        let t = html_to_text("<p>&#8220;The Bear&#8221; renewed</p><script>x()</script><p>for <b>Season 5</b> &amp; more</p>");
        assert_eq!(t, "\u{201c}The Bear\u{201d} renewed\nfor Season 5 & more");
    }

    #[test]
    fn relative_links_resolve_and_picture_is_refused() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Out</title>
            <item><title>A</title><link>/news/a</link></item>
            <item><title>No link</title></item></channel></rss>"#;
        let feed =
            parse_feed(rss, Some("application/rss+xml"), "http://127.0.0.1:9/feed/").unwrap();
        assert_eq!(feed.items.len(), 1);
        assert_eq!(feed.items[0].url, "http://127.0.0.1:9/news/a");
        assert!(matches!(
            parse_feed(b"\x89PNG", Some("image/png"), "http://x/"),
            Err(NewsError::NotAFeed { .. })
        ));
    }
}
