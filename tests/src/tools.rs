//! The programs the end-to-end tests need, and what to install when one is missing.

use std::path::PathBuf;

use crate::error::{HarnessError, Result};

/// Set `SEQUEL_RADAR_E2E=skip` to skip the end-to-end tests on purpose (a machine without a
/// display stack). Without it, a missing tool is a failure, never a silent skip.
pub fn skip_requested() -> bool {
    std::env::var("SEQUEL_RADAR_E2E").is_ok_and(|v| v == "skip")
}

/// Paths of the tools every app instance needs.
#[derive(Debug, Clone)]
pub struct Tools {
    pub xvfb: PathBuf,
    pub tauri_driver: PathBuf,
    pub webkit_webdriver: PathBuf,
    pub dbus_run_session: PathBuf,
}

impl Tools {
    /// Finds every tool or names the first one missing and how to install it.
    pub fn find() -> Result<Tools> {
        Ok(Tools {
            xvfb: find("Xvfb", "apt-get install xvfb", &[])?,
            tauri_driver: find(
                "tauri-driver",
                "cargo install tauri-driver --version ^2.0 --locked",
                &[cargo_bin("tauri-driver")],
            )?,
            webkit_webdriver: find(
                "WebKitWebDriver",
                "apt-get install webkit2gtk-driver",
                &[PathBuf::from("/usr/bin/WebKitWebDriver")],
            )?,
            dbus_run_session: find("dbus-run-session", "apt-get install dbus", &[])?,
        })
    }
}

/// The notification server, needed only by tests that start one.
pub fn dunst() -> Result<PathBuf> {
    find("dunst", "apt-get install dunst", &[])
}

/// `$CARGO_HOME/bin/<name>`: where `cargo install` puts tools, often not on PATH in CI.
fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}

fn find(tool: &'static str, install: &'static str, also: &[PathBuf]) -> Result<PathBuf> {
    which::which(tool)
        .ok()
        .or_else(|| also.iter().find(|p| p.is_file()).cloned())
        .ok_or(HarnessError::MissingTool { tool, install })
}
