//! `sources list | add | remove`. The outlets' feeds and the per-title news
//! search are added on first use (see `refresh::ensure_default_sources`).

use super::CliError;
use crate::store::{NewSource, Store};
use clap::Subcommand;
use std::io::Write;

#[derive(Debug, Subcommand)]
pub enum SourcesCmd {
    /// List the news sources and how their last check went.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a feed (RSS, Atom or JSON Feed) by its URL; a URL with a {query}
    /// placeholder is a news search, run for each title.
    Add {
        url: String,
        #[arg(long)]
        name: Option<String>,
    },
    /// Remove a source by its id (see `sources list`).
    Remove { id: i64 },
}

pub fn run(store: &mut Store, cmd: SourcesCmd, out: &mut dyn Write) -> Result<(), CliError> {
    crate::refresh::ensure_default_sources(store)?;
    match cmd {
        SourcesCmd::List { json } => {
            let sources = store.list_sources()?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &sources).map_err(std::io::Error::from)?;
                writeln!(out)?;
            } else if sources.is_empty() {
                writeln!(out, "No sources. Add a feed: sequel-radar sources add URL")?;
            } else {
                for s in sources {
                    let state = match (&s.last_error, &s.last_ok_at) {
                        (Some(e), _) if s.failures > 0 => {
                            let at = s.last_error_at.as_deref().unwrap_or("?");
                            format!("failing since {at} ({} in a row): {e}", s.failures)
                        }
                        (_, Some(ok)) => format!("ok {ok}"),
                        _ => "never checked".into(),
                    };
                    let name = s.name.as_deref().unwrap_or(&s.url);
                    let kind = if s.kind == "search" {
                        " (news search)"
                    } else {
                        ""
                    };
                    let off = if s.enabled { "" } else { " (off)" };
                    writeln!(out, "{:>4}  {name}{kind}{off}  {}  [{state}]", s.id, s.url)?;
                }
            }
        }
        SourcesCmd::Add { url, name } => {
            let kind = url.contains("{query}").then(|| "search".to_owned());
            let s = store.add_source(NewSource { url, name, kind })?;
            writeln!(out, "Added source {}: {}", s.id, s.url)?;
        }
        SourcesCmd::Remove { id } => {
            let s = store.remove_source(id)?;
            writeln!(out, "Removed source {}: {}", s.id, s.url)?;
        }
    }
    Ok(())
}
