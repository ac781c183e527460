//! `import FILE [--format letterboxd|imdb|trakt|tvtime|backup]`.

use super::CliError;
use crate::store::Store;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// letterboxd, imdb, trakt, tvtime or backup (guessed from the file when absent).
    #[arg(long)]
    pub format: Option<String>,
}

pub fn run(_store: &mut Store, _args: ImportArgs, _out: &mut dyn Write) -> Result<(), CliError> {
    Err(CliError::User(
        "import is not available in this build yet".into(),
    ))
}
