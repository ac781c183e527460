//! The command line of DESIGN.md. `parse` reads the arguments; `execute`
//! runs one command against the store and returns the exit code: 0 ok,
//! 1 a problem with what was asked (message on stderr), 2 usage.

mod error;
mod export;
mod extract;
mod import;
mod refresh;
mod sources;
mod titles;

pub use error::CliError;

use crate::store::Store;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "sequel-radar",
    version,
    about = "Know when the sequel or next season of what you love is coming.",
    long_about = "Without a command, opens the Sequel Radar window. With one, works on the same \
                  data from the command line and never opens a window."
)]
pub struct Cli {
    /// Folder holding the database (default: $XDG_DATA_HOME/sequel-radar; env SEQUEL_RADAR_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Without a command: start in the tray with the window closed (how the
    /// app starts at login); the tray's "Open Sequel Radar" shows it.
    #[arg(long)]
    pub background: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a film or series to the watchlist.
    Add(titles::AddArgs),
    /// List the watchlist.
    List(titles::ListArgs),
    /// Show a title: status, evidence, quotes, timeline.
    Show(titles::ShowArgs),
    /// Remove a title and what was learnt about it.
    Remove(titles::RemoveArgs),
    /// Set aside an article read wrongly for a title (--undo brings it back).
    Dismiss(titles::DismissArgs),
    /// Manage news sources.
    #[command(subcommand)]
    Sources(sources::SourcesCmd),
    /// Poll every source now and print the changes.
    Refresh(refresh::RefreshArgs),
    /// Read one article (text or HTML) for one title and print what it says as JSON.
    Extract(extract::ExtractArgs),
    /// Import a watchlist (Letterboxd, IMDb, Trakt, TV Time) or a backup.
    Import(import::ImportArgs),
    /// Export the watchlist as a JSON backup, CSV or iCalendar.
    Export(export::ExportArgs),
}

pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(args)
}

/// Runs a parsed command. `cli.command` must be set; without one there is
/// nothing to do here (the shell opens the window instead).
pub fn execute(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match run(cli, out) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "sequel-radar: {e}");
            e.exit_code()
        }
    }
}

/// Opens the store in the chosen data folder.
pub(crate) fn open_store(data_dir: Option<PathBuf>) -> Result<Store, CliError> {
    let dir = crate::paths::data_dir(data_dir).map_err(CliError::User)?;
    Ok(Store::open(&dir)?)
}

fn run(cli: Cli, out: &mut dyn Write) -> Result<(), CliError> {
    let Some(command) = cli.command else {
        return Err(CliError::Usage("no command given; see --help".into()));
    };
    match command {
        Command::Extract(args) => extract::run(args, out),
        Command::Add(args) => titles::add(&mut open_store(cli.data_dir)?, args, out),
        Command::List(args) => titles::list(&open_store(cli.data_dir)?, args, out),
        Command::Show(args) => titles::show(&open_store(cli.data_dir)?, args, out),
        Command::Remove(args) => titles::remove(&mut open_store(cli.data_dir)?, args, out),
        Command::Dismiss(args) => titles::dismiss(&mut open_store(cli.data_dir)?, args, out),
        Command::Sources(cmd) => sources::run(&mut open_store(cli.data_dir)?, cmd, out),
        Command::Refresh(args) => refresh::run(&mut open_store(cli.data_dir)?, args, out),
        Command::Import(args) => import::run(&mut open_store(cli.data_dir)?, args, out),
        Command::Export(args) => export::run(&open_store(cli.data_dir)?, args, out),
    }
}
