//! The harness's WebDriver traffic keeps its connection alive and never asks to close it.
//!
//! tauri-driver 2.1 breaks on clients that send `Connection: close`. This runs the harness's
//! own client code (session commands and status polls) against a recording WebDriver
//! stand-in on loopback and looks at the raw requests. Needs no display.

#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::sync::{Arc, Mutex};

use sequel_radar_e2e::webdriver::{connect, StatusClient};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Default)]
struct Recording {
    connections: usize,
    /// Request line and the raw header lines of every request, in arrival order.
    requests: Vec<(String, Vec<String>)>,
}

/// A WebDriver stand-in that answers just enough for a session and records every request.
async fn serve(listener: TcpListener, recording: Arc<Mutex<Recording>>) {
    while let Ok((stream, _)) = listener.accept().await {
        recording.lock().unwrap().connections += 1;
        tokio::spawn(serve_connection(stream, recording.clone()));
    }
}

async fn serve_connection(mut stream: TcpStream, recording: Arc<Mutex<Recording>>) {
    let mut buffer = Vec::new();
    loop {
        let head_end = loop {
            if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break i;
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
        let mut lines = head.split("\r\n").map(str::to_string);
        let request_line = lines.next().unwrap_or_default();
        let headers: Vec<String> = lines.collect();
        let length: usize = headers
            .iter()
            .find_map(|h| {
                let (name, value) = h.split_once(':')?;
                name.eq_ignore_ascii_case("content-length")
                    .then(|| value.trim().parse().ok())?
            })
            .unwrap_or(0);
        while buffer.len() < head_end + 4 + length {
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        }
        buffer.drain(..head_end + 4 + length);

        let value = match request_line.split_whitespace().take(2).collect::<Vec<_>>()[..] {
            ["GET", "/status"] => json!({"ready": true, "message": ""}),
            ["POST", "/session"] => {
                json!({"sessionId": "s1", "capabilities": {"browserName": "wry"}})
            }
            ["GET", "/session/s1/title"] => json!("Sequel Radar"),
            ["GET", "/session/s1/url"] => json!("tauri://localhost/"),
            _ => json!(null),
        };
        recording
            .lock()
            .unwrap()
            .requests
            .push((request_line, headers));
        let body = json!({ "value": value }).to_string();
        let response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        if stream.write_all(response.as_bytes()).await.is_err() {
            return;
        }
    }
}

async fn stand_in() -> (String, Arc<Mutex<Recording>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let recording = Arc::new(Mutex::new(Recording::default()));
    tokio::spawn(serve(listener, recording.clone()));
    (url, recording)
}

fn asks_to_close(headers: &[String]) -> bool {
    headers.iter().any(|h| {
        h.split_once(':').is_some_and(|(name, value)| {
            name.eq_ignore_ascii_case("connection") && value.trim().eq_ignore_ascii_case("close")
        })
    })
}

#[tokio::test]
async fn session_commands_share_one_kept_alive_connection() {
    let (url, recording) = stand_in().await;
    let caps = json!({"browserName": "wry", "tauri:options": {"application": "/bin/true"}});
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };

    let client = connect(&url, caps).await.unwrap();
    assert_eq!(client.title().await.unwrap(), "Sequel Radar");
    assert_eq!(client.title().await.unwrap(), "Sequel Radar");
    client.current_url().await.unwrap();
    client.close().await.unwrap();

    let recording = recording.lock().unwrap();
    let lines: Vec<&str> = recording.requests.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        lines,
        [
            "POST /session HTTP/1.1",
            "GET /session/s1/title HTTP/1.1",
            "GET /session/s1/title HTTP/1.1",
            "GET /session/s1/url HTTP/1.1",
            "DELETE /session/s1 HTTP/1.1",
        ]
    );
    for (line, headers) in &recording.requests {
        assert!(
            !asks_to_close(headers),
            "{line} sent `Connection: close`: {headers:?}"
        );
    }
    assert_eq!(
        recording.connections, 1,
        "five commands should travel over one kept-alive connection"
    );
}

#[tokio::test]
async fn status_polls_share_one_kept_alive_connection() {
    let (url, recording) = stand_in().await;
    let status = StatusClient::new();
    for _ in 0..3 {
        assert_eq!(status.ready(&url).await, Ok(true));
    }
    let recording = recording.lock().unwrap();
    assert_eq!(recording.requests.len(), 3);
    assert!(recording.requests.iter().all(|(_, h)| !asks_to_close(h)));
    assert_eq!(recording.connections, 1);
}

/// The check above can fail: a request that does ask to close is seen as such.
#[test]
fn a_close_header_is_recognised() {
    assert!(asks_to_close(&["Connection: close".into()]));
    assert!(asks_to_close(&["connection:Close".into()]));
    assert!(!asks_to_close(&["connection: keep-alive".into()]));
}
