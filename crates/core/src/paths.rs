//! Where the database lives: `--data-dir`, else `SEQUEL_RADAR_DATA_DIR`, else
//! `$XDG_DATA_HOME/sequel-radar`, else `~/.local/share/sequel-radar`.

use std::path::PathBuf;

pub const ENV_DATA_DIR: &str = "SEQUEL_RADAR_DATA_DIR";
pub const DB_FILE: &str = "sequel-radar.sqlite3";

/// Resolves the data folder; `explicit` is the `--data-dir` flag.
pub fn data_dir(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(dir) = explicit {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os(ENV_DATA_DIR).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir).join("sequel-radar"));
    }
    match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        Some(home) => Ok(PathBuf::from(home).join(".local/share/sequel-radar")),
        None => Err(format!(
            "cannot tell where to keep the data: set --data-dir, {ENV_DATA_DIR} or HOME"
        )),
    }
}
