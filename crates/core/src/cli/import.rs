//! `import FILE [--format letterboxd|imdb|trakt|tvtime|backup] [--dry-run] [--json]`.

use super::CliError;
use crate::import::{self, Format, ImportError, ImportReport, Preview};
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
    /// Show what the import would do (new, already there, skipped) and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the preview (with --dry-run) or the report as JSON.
    #[arg(long)]
    pub json: bool,
}

impl From<ImportError> for CliError {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Store(s) => CliError::Store(s),
            other => CliError::User(other.to_string()),
        }
    }
}

pub fn run(store: &mut Store, args: ImportArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let format = args
        .format
        .as_deref()
        .map(str::parse::<Format>)
        .transpose()
        .map_err(CliError::Usage)?;
    let preview = import::preview(&args.file, format)?;
    let preview = import::compare(store, preview)?;
    if args.dry_run {
        if args.json {
            serde_json::to_writer_pretty(&mut *out, &preview_json(&preview))
                .map_err(std::io::Error::other)?;
            writeln!(out)?;
        } else {
            print_preview(&preview, out, true)?;
        }
        return Ok(());
    }
    let report = import::commit(store, &preview)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::other)?;
        writeln!(out)?;
    } else {
        print_preview(&preview, out, false)?;
        print_report(&report, out)?;
    }
    Ok(())
}

/// The preview without the backup's bulk (evidence, articles ...), which
/// nobody reads on a terminal.
fn preview_json(p: &Preview) -> serde_json::Value {
    let mut v = serde_json::to_value(p).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.remove("backup");
    }
    v
}

fn year(y: Option<i32>) -> String {
    y.map(|y| format!(" ({y})")).unwrap_or_default()
}

fn print_preview(p: &Preview, out: &mut dyn Write, full: bool) -> std::io::Result<()> {
    let total = p.new.len() + p.present.len();
    writeln!(
        out,
        "{} export {}: {total} title{} ({} new, {} already on the watchlist), {} skipped, {} repeated row{} merged",
        p.format.label(),
        p.file,
        if total == 1 { "" } else { "s" },
        p.new.len(),
        p.present.len(),
        p.skipped.len(),
        p.merged,
        if p.merged == 1 { "" } else { "s" },
    )?;
    if full {
        if !p.new.is_empty() {
            writeln!(out, "new:")?;
        }
        for e in &p.new {
            let ids: Vec<String> = e.ids.iter().map(|i| i.to_string()).collect();
            let ids = if ids.is_empty() {
                String::new()
            } else {
                format!(" [{}]", ids.join(", "))
            };
            writeln!(
                out,
                "  + {}{} {}, {}{ids}",
                e.name,
                year(e.year),
                e.kind,
                e.watch_state.as_str().replace('_', " "),
            )?;
        }
        if !p.present.is_empty() {
            writeln!(out, "already on the watchlist:")?;
        }
        for pr in &p.present {
            let what = if pr.changes.is_empty() {
                "nothing to add".to_string()
            } else {
                pr.changes.join(", ")
            };
            writeln!(out, "  = {} (by {}): {what}", pr.title, pr.matched_by)?;
        }
    }
    if !p.skipped.is_empty() {
        writeln!(out, "skipped:")?;
    }
    for s in &p.skipped {
        let place = s.place.map(|pl| format!(" {pl}")).unwrap_or_default();
        let name = s
            .name
            .as_deref()
            .map(|n| format!(" \"{n}\""))
            .unwrap_or_default();
        writeln!(out, "  - {}{place}{name}: {}", s.file, s.reason)?;
    }
    if full && !p.ignored_files.is_empty() {
        writeln!(
            out,
            "files with nothing to import: {}",
            p.ignored_files.join(", ")
        )?;
    }
    if full {
        writeln!(out, "dry run: nothing was written")?;
    }
    Ok(())
}

fn print_report(r: &ImportReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "imported: {} added, {} updated, {} unchanged, {} skipped",
        r.added, r.updated, r.unchanged, r.skipped
    )?;
    if let Some(c) = &r.restored {
        writeln!(
            out,
            "restored: {} sources, {} articles, {} evidence, {} quotes, {} history entries, {} settings, {} notifications",
            c.sources, c.articles, c.evidence, c.quotes, c.history, c.settings, c.outbox
        )?;
    }
    Ok(())
}
