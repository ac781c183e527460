//! The harness's one error type: every message names what failed and where to look.

use std::path::PathBuf;
use std::time::Duration;

/// What can go wrong while setting up or driving an end-to-end test.
#[derive(thiserror::Error)]
pub enum HarnessError {
    #[error(
        "end-to-end tests need `{tool}`, which is not installed: {install}. \
         Set SEQUEL_RADAR_E2E=skip to skip these tests on purpose."
    )]
    MissingTool {
        tool: &'static str,
        install: &'static str,
    },

    #[error(
        "the app binary {} does not exist: build it first with `cargo build -p sequel-radar` \
         (or point SEQUEL_RADAR_BIN at a binary)",
        path.display()
    )]
    NoAppBinary { path: PathBuf },

    #[error("could not start {what}: {source}")]
    Spawn {
        what: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{what} was not ready after {}s ({detail}); log: {}", waited.as_secs(), log.display())]
    NotReady {
        what: String,
        waited: Duration,
        detail: String,
        log: PathBuf,
    },

    #[error(
        "port {port} answers, but not through this test's own driver (another process holds \
         it); log: {}",
        log.display()
    )]
    PortTaken { port: u16, log: PathBuf },

    #[error("could not open a WebDriver session with the app: {detail}; log: {}", log.display())]
    NewSession { detail: String, log: PathBuf },

    #[error("WebDriver `{what}` failed: {source}")]
    WebDriver {
        what: String,
        #[source]
        source: fantoccini::error::CmdError,
    },

    #[error(
        "timed out after {}s waiting for {what}; screenshot: {}; log: {}",
        waited.as_secs(),
        screenshot.display(),
        log.display()
    )]
    Timeout {
        what: String,
        waited: Duration,
        screenshot: PathBuf,
        log: PathBuf,
    },

    #[error("{what}; screenshot: {}; log: {}", screenshot.display(), log.display())]
    Unexpected {
        what: String,
        screenshot: PathBuf,
        log: PathBuf,
    },

    #[error("`{command}` {problem}\nstdout: {stdout}\nstderr: {stderr}")]
    Cli {
        command: String,
        problem: String,
        stdout: String,
        stderr: String,
    },
}

/// Test functions return this, so `?` works in them and a failure prints the message above
/// (Rust prints an `Err` returned from a test with `Debug`, hence the `Debug` below).
pub type Result<T, E = HarnessError> = std::result::Result<T, E>;

impl std::fmt::Debug for HarnessError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl HarnessError {
    pub(crate) fn io(what: impl Into<String>, source: std::io::Error) -> Self {
        HarnessError::Io {
            what: what.into(),
            source,
        }
    }

    pub(crate) fn webdriver(what: impl Into<String>, source: fantoccini::error::CmdError) -> Self {
        HarnessError::WebDriver {
            what: what.into(),
            source,
        }
    }
}
