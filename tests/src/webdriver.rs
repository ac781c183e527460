//! The HTTP side of WebDriver: opening a session and asking a driver whether it is ready.
//!
//! Both go through hyper's pooled HTTP/1.1 client, which keeps connections alive and never
//! sends `Connection: close`: tauri-driver 2.1 mishandles clients that do. The
//! `keep_alive` test proves this against a recording server on loopback.

use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::rt::TokioExecutor;

/// Opens a WebDriver session at `url` (e.g. `http://127.0.0.1:4444`) with `capabilities`.
pub async fn connect(
    url: &str,
    capabilities: serde_json::Map<String, serde_json::Value>,
) -> Result<Client, fantoccini::error::NewSessionError> {
    let mut builder = ClientBuilder::new(HttpConnector::new());
    builder.capabilities(capabilities);
    builder.connect(url).await
}

/// Asks a WebDriver server `GET /status`, reusing one connection across polls.
pub struct StatusClient {
    http: HttpClient<HttpConnector, Empty<Bytes>>,
}

impl Default for StatusClient {
    fn default() -> Self {
        Self::new()
    }
}

impl StatusClient {
    pub fn new() -> StatusClient {
        StatusClient {
            http: HttpClient::builder(TokioExecutor::new()).build_http(),
        }
    }

    /// `Ok(true)` when the server at `base` reports ready, `Ok(false)` when it answers not
    /// ready, `Err` saying why when it does not answer properly.
    pub async fn ready(&self, base: &str) -> Result<bool, String> {
        let uri: hyper::Uri = format!("{base}/status")
            .parse()
            .map_err(|e| format!("bad status URL: {e}"))?;
        let (code, body) = tokio::time::timeout(Duration::from_secs(3), async {
            let response = self.http.get(uri).await.map_err(|e| e.to_string())?;
            let code = response.status();
            let body = response
                .into_body()
                .collect()
                .await
                .map_err(|e| e.to_string())?
                .to_bytes();
            Ok::<_, String>((code, body))
        })
        .await
        .map_err(|_| "GET /status took more than 3 s".to_string())??;
        if !code.is_success() {
            return Err(format!("GET /status answered {code}"));
        }
        let json: serde_json::Value =
            serde_json::from_slice(&body).map_err(|e| format!("GET /status: not JSON: {e}"))?;
        Ok(json["value"]["ready"].as_bool().unwrap_or(false))
    }
}
