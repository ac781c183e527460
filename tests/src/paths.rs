//! Where the harness finds the app and puts what it leaves for people to look at.
//!
//! Everything is found from the test executable's own path (`<target>/<profile>/deps/<test>`),
//! so `CARGO_TARGET_DIR` and `--release` are followed without configuration.

use std::path::PathBuf;

use crate::error::{HarnessError, Result};

/// `<target>/<profile>`, the folder that holds the workspace's binaries.
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    // <profile>/deps/<test-binary>
    exe.parent()
        .and_then(|deps| deps.parent())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/debug"))
}

/// The target folder (`target/` unless CARGO_TARGET_DIR says otherwise).
pub fn target_dir() -> PathBuf {
    let profile = profile_dir();
    profile.parent().map(PathBuf::from).unwrap_or(profile)
}

/// The app under test: SEQUEL_RADAR_BIN if set, else the `sequel-radar` binary built in the
/// same profile as the tests. Must exist: the tests never build it themselves.
pub fn app_binary() -> Result<PathBuf> {
    let path = match std::env::var_os("SEQUEL_RADAR_BIN") {
        Some(p) => PathBuf::from(p),
        None => profile_dir().join("sequel-radar"),
    };
    let path = std::path::absolute(&path).unwrap_or(path);
    if path.is_file() {
        Ok(path)
    } else {
        Err(HarnessError::NoAppBinary { path })
    }
}

/// `target/e2e-screenshots/`, created on first use.
pub fn screenshot_dir() -> Result<PathBuf> {
    ensure_dir(target_dir().join("e2e-screenshots"))
}

/// `target/e2e-logs/`: the output of each app instance's processes, named after the test.
pub fn log_dir() -> Result<PathBuf> {
    ensure_dir(target_dir().join("e2e-logs"))
}

fn ensure_dir(dir: PathBuf) -> Result<PathBuf> {
    std::fs::create_dir_all(&dir)
        .map_err(|e| HarnessError::io(format!("creating {}", dir.display()), e))?;
    Ok(dir)
}
