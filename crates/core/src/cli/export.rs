//! `export [--format json|csv|ics] [-o FILE]`.

use super::CliError;
use crate::store::Store;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// json (a lossless backup), csv (the watchlist) or ics (release dates).
    #[arg(long, default_value = "json")]
    pub format: String,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(_store: &Store, _args: ExportArgs, _out: &mut dyn Write) -> Result<(), CliError> {
    Err(CliError::User(
        "export is not available in this build yet".into(),
    ))
}
