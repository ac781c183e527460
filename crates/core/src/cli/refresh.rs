//! `refresh [--json]`: poll every enabled source now and print the changes.
//! Sources that fail are listed and the command still succeeds; it fails
//! only when it cannot run at all (the store cannot be opened or written).

use super::CliError;
use crate::refresh::{self, CancellationToken, RefreshError, RefreshOptions};
use crate::store::Store;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct RefreshArgs {
    /// Print {"changes": [...], "errors": [...]} instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &mut Store, args: RefreshArgs, out: &mut dyn Write) -> Result<(), CliError> {
    refresh::ensure_default_sources(store)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::User(format!("cannot start the refresh: {e}")))?;
    let options = RefreshOptions {
        force: true,
        ..RefreshOptions::default()
    };
    let report = runtime
        .block_on(refresh::run(
            store,
            &options,
            &|_| {},
            &CancellationToken::new(),
        ))
        .map_err(|e| match e {
            RefreshError::Store(e) => CliError::Store(e),
            other => CliError::User(other.to_string()),
        })?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    let sources = report.stats.sources;
    match report.changes.len() {
        0 => writeln!(out, "Checked {sources} sources: no changes.")?,
        1 => writeln!(out, "Checked {sources} sources: 1 change.")?,
        n => writeln!(out, "Checked {sources} sources: {n} changes.")?,
    }
    for c in &report.changes {
        let url = c
            .url
            .as_deref()
            .map(|u| format!("  {u}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}: {} -> {}{url}",
            c.title,
            c.from.label(),
            c.to.label()
        )?;
    }
    if !report.errors.is_empty() {
        writeln!(
            out,
            "{} could not be read (tried again next refresh):",
            report.errors.len()
        )?;
        for e in &report.errors {
            writeln!(out, "  {}: {}", e.source, e.message)?;
        }
    }
    Ok(())
}
