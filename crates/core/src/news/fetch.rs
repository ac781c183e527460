//! Polite HTTP GETs: bounded in time and size, conditional, a few at a time
//! per host, retried with backoff when the server had a bad moment.

use super::NewsError;
use reqwest::header::{
    HeaderMap, HeaderValue, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
    RETRY_AFTER,
};
use reqwest::{redirect, StatusCode, Url};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Limits of one fetcher. The defaults are what the app uses; tests shorten
/// the timeouts and the backoff so that fault cases finish quickly.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub connect_timeout: Duration,
    /// For the whole request, body included: a server that drips bytes is cut.
    pub request_timeout: Duration,
    /// Largest body accepted, counted after decompression while it streams in.
    pub max_body: usize,
    pub max_redirects: usize,
    pub per_host: usize,
    pub overall: usize,
    /// Extra attempts after a 5xx, 429, timeout or failed connection.
    pub retries: u32,
    /// First backoff; doubled each attempt, with jitter.
    pub backoff: Duration,
    /// A Retry-After longer than this is not waited for in this run.
    pub max_retry_after: Duration,
    pub user_agent: String,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_body: 5_000_000,
            max_redirects: 5,
            per_host: 2,
            overall: 8,
            retries: 2,
            backoff: Duration::from_millis(500),
            max_retry_after: Duration::from_secs(30),
            user_agent: format!("SequelRadar/{} (+desktop app)", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// What a server told us last time, sent back so it can answer 304.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A body that arrived whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Where the body came from after redirects.
    pub final_url: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub validators: Validators,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// 304: nothing changed since the validators were given.
    NotModified,
    Page(Page),
}

/// One per refresh (or per app): shares the connection pool and the limits
/// on concurrent requests.
pub struct Fetcher {
    client: reqwest::Client,
    config: FetchConfig,
    overall: Arc<Semaphore>,
    hosts: Mutex<HashMap<String, Arc<Semaphore>>>,
}

/// The outcome of one attempt, with the server's wish for a pause if it gave one.
struct Attempt {
    result: Result<Fetched, NewsError>,
    retry_after: Option<Duration>,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Result<Fetcher, NewsError> {
        let max_redirects = config.max_redirects;
        let policy = redirect::Policy::custom(move |attempt| {
            let scheme = attempt.url().scheme().to_owned();
            if scheme != "http" && scheme != "https" {
                attempt.error(format!(
                    "it redirects to a {scheme}: address, which is refused"
                ))
            } else if attempt.previous().contains(attempt.url()) {
                attempt.error("it redirects in a loop")
            } else if attempt.previous().len() > max_redirects {
                attempt.error(format!("it redirects more than {max_redirects} times"))
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            .redirect(policy)
            .gzip(true)
            .brotli(true)
            .build()
            .map_err(|e| NewsError::Http {
                url: String::new(),
                reason: format!("cannot set up the HTTP client: {e}"),
            })?;
        Ok(Fetcher {
            client,
            overall: Arc::new(Semaphore::new(config.overall.max(1))),
            hosts: Mutex::new(HashMap::new()),
            config,
        })
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// GETs `url`, conditionally when `validators` hold anything. Retries
    /// transient failures a few times; every other failure is returned at once.
    pub async fn get(&self, url: &str, validators: &Validators) -> Result<Fetched, NewsError> {
        let parsed = parse_http_url(url)?;
        let host = format!(
            "{}:{}",
            parsed.host_str().unwrap_or_default(),
            parsed.port_or_known_default().unwrap_or(0)
        );
        let mut attempt_no = 0;
        loop {
            let attempt = {
                // Host first, then the global slot, so that a busy host does
                // not hold global slots while it waits.
                let host_slots = self.host_semaphore(&host);
                let _host = host_slots.acquire().await;
                let _all = self.overall.acquire().await;
                self.attempt(&parsed, validators).await
            };
            let transient = matches!(&attempt.result, Err(e) if e.is_transient());
            if !transient || attempt_no >= self.config.retries {
                return attempt.result;
            }
            let pause = match attempt.retry_after {
                Some(wish) if wish > self.config.max_retry_after => return attempt.result,
                Some(wish) => wish,
                None => backoff(self.config.backoff, attempt_no),
            };
            tokio::time::sleep(pause).await;
            attempt_no += 1;
        }
    }

    fn host_semaphore(&self, host: &str) -> Arc<Semaphore> {
        let mut hosts = self
            .hosts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        hosts
            .entry(host.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(self.config.per_host.max(1))))
            .clone()
    }

    async fn attempt(&self, url: &Url, validators: &Validators) -> Attempt {
        let shown = url.as_str();
        let mut request = self.client.get(url.clone());
        if let Some(etag) = &validators.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header(IF_MODIFIED_SINCE, date);
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(e) => {
                return Attempt {
                    result: Err(self.classify(shown, &e)),
                    retry_after: None,
                }
            }
        };
        let status = response.status();
        let headers = response.headers().clone();
        if status == StatusCode::NOT_MODIFIED {
            return Attempt {
                result: Ok(Fetched::NotModified),
                retry_after: None,
            };
        }
        if status.is_redirection() {
            // reqwest hands back, unfollowed, a redirect to a scheme it cannot
            // fetch (file:, ftp:, data:).
            let to = header_text(&headers, reqwest::header::LOCATION).unwrap_or_default();
            return Attempt {
                result: Err(NewsError::Redirect {
                    url: shown.to_owned(),
                    reason: format!("it redirects to {to:?}, which is refused"),
                }),
                retry_after: None,
            };
        }
        if !status.is_success() {
            return Attempt {
                result: Err(NewsError::Status {
                    url: shown.to_owned(),
                    status: status.as_u16(),
                    hint: status_hint(status),
                }),
                retry_after: retry_after(&headers),
            };
        }
        let final_url = response.url().to_string();
        let result = self.read_body(shown, response).await.map(|body| {
            Fetched::Page(Page {
                final_url,
                content_type: header_text(&headers, CONTENT_TYPE),
                body,
                validators: Validators {
                    etag: header_text(&headers, ETAG),
                    last_modified: header_text(&headers, LAST_MODIFIED),
                },
            })
        });
        Attempt {
            result,
            retry_after: None,
        }
    }

    /// Streams the body in, refusing it as soon as it passes the cap, so a
    /// 50 MB answer costs at most the cap in memory and time.
    async fn read_body(
        &self,
        url: &str,
        mut response: reqwest::Response,
    ) -> Result<Vec<u8>, NewsError> {
        let cap = self.config.max_body;
        let too_large = || NewsError::TooLarge {
            url: url.to_owned(),
            cap,
        };
        if response.content_length().is_some_and(|n| n > cap as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.classify(url, &e))? {
            if body.len() + chunk.len() > cap {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn classify(&self, url: &str, e: &reqwest::Error) -> NewsError {
        let url = url.to_owned();
        if e.is_timeout() {
            NewsError::Timeout {
                url,
                after: self.config.request_timeout,
            }
        } else if e.is_redirect() {
            NewsError::Redirect {
                url,
                reason: innermost(e),
            }
        } else if e.is_connect() {
            NewsError::Connect {
                url,
                reason: innermost(e),
            }
        } else {
            NewsError::Http {
                url,
                reason: format!("the download failed: {}", innermost(e)),
            }
        }
    }
}

/// Checks that `url` is an absolute http(s) address.
pub(crate) fn parse_http_url(url: &str) -> Result<Url, NewsError> {
    let parsed = Url::parse(url.trim()).map_err(|e| NewsError::InvalidUrl {
        url: url.to_owned(),
        reason: e.to_string(),
    })?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some() => Ok(parsed),
        "http" | "https" => Err(NewsError::InvalidUrl {
            url: url.to_owned(),
            reason: "it names no host".into(),
        }),
        other => Err(NewsError::UnsupportedScheme {
            url: url.to_owned(),
            scheme: other.to_owned(),
        }),
    }
}

/// Exponential backoff with jitter: base * 2^n, scaled by a random factor in
/// [0.5, 1.0] so that many clients do not come back in step.
fn backoff(base: Duration, attempt: u32) -> Duration {
    let full = base.saturating_mul(1u32 << attempt.min(10));
    full.mul_f64(0.5 + fastrand::f64() * 0.5)
}

/// Retry-After as seconds or as an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = header_text(headers, RETRY_AFTER)?;
    if let Ok(secs) = text.trim().parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(text.trim()).ok()?;
    let wait = when.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

fn header_text(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v: &HeaderValue| v.to_str().ok())
        .map(str::to_owned)
}

fn status_hint(status: StatusCode) -> String {
    let reason = status.canonical_reason().unwrap_or("");
    let advice = match status.as_u16() {
        404 | 410 => "; the address is gone: check it or remove the source",
        401 | 403 => "; the server refuses us: the feed may need a login",
        429 => "; too many requests: it is tried again later",
        500..=599 => "; the server has a problem: it is tried again next refresh",
        _ => "",
    };
    format!(" {reason}{advice}").trim_end().to_owned()
}

/// The most specific message in an error chain (reqwest wraps hyper wraps io).
fn innermost(e: &(dyn std::error::Error + 'static)) -> String {
    let mut current = e;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stays_within_jitter_band() {
        let base = Duration::from_millis(100);
        for n in 0..4 {
            let full = base * (1 << n);
            let d = backoff(base, n);
            assert!(d >= full / 2 && d <= full, "attempt {n}: {d:?}");
        }
    }

    #[test]
    fn only_http_addresses_are_fetched() {
        assert!(parse_http_url("https://deadline.com/feed/").is_ok());
        assert!(matches!(
            parse_http_url("file:///etc/passwd"),
            Err(NewsError::UnsupportedScheme { .. })
        ));
        assert!(matches!(
            parse_http_url("not a url"),
            Err(NewsError::InvalidUrl { .. })
        ));
    }

    #[test]
    fn retry_after_reads_seconds() {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }
}
