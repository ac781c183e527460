//! `add`, `list`, `show`, `remove`.

use super::CliError;
use crate::model::{Kind, NewTitle, Title, WatchState};
use crate::store::{ListQuery, Store, TitleDetail};
use clap::Args;
use serde_json::json;
use std::io::Write;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The film or series, e.g. "Purple Hearts".
    pub name: String,
    #[arg(long)]
    pub year: Option<i32>,
    /// movie or series.
    #[arg(long, default_value = "movie")]
    pub kind: Kind,
    /// Where it streams or airs, e.g. Netflix.
    #[arg(long)]
    pub platform: Option<String>,
    /// Another name the news may use (repeatable).
    #[arg(long = "alias", value_name = "A")]
    pub aliases: Vec<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// want_to_watch, watching or watched.
    #[arg(long, default_value = "want_to_watch")]
    pub watch_state: WatchState,
    /// A label of your own (repeatable).
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    pub name: String,
    /// Choose among titles sharing a name.
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    pub name: String,
    #[arg(long)]
    pub year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct DismissArgs {
    pub name: String,
    /// The article's address, as `show NAME` lists it.
    pub url: String,
    #[arg(long)]
    pub year: Option<i32>,
    /// Bring a dismissed article back.
    #[arg(long)]
    pub undo: bool,
}

pub fn add(store: &mut Store, a: AddArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let title = store.add_title(NewTitle {
        name: a.name,
        year: a.year,
        kind: a.kind,
        platform: a.platform,
        aliases: a.aliases,
        watch_state: a.watch_state,
        notes: a.notes,
        tags: a.tags,
    })?;
    writeln!(out, "Added {}", label(&title))?;
    Ok(())
}

fn label(t: &Title) -> String {
    match t.year {
        Some(y) => format!("{} ({y})", t.name),
        None => t.name.clone(),
    }
}

fn list_json(t: &Title) -> serde_json::Value {
    json!({
        "name": t.name, "year": t.year, "kind": t.kind, "status": t.status, "next": t.next,
        "platform": t.platform, "release": t.release, "aliases": t.aliases,
        "watch_state": t.watch_state, "added": t.added_at,
    })
}

pub fn list(store: &Store, a: ListArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let page = store.list_titles(&ListQuery {
        sort: crate::model::SortBy::Name,
        ..ListQuery::default()
    })?;
    if a.json {
        let rows: Vec<_> = page.rows.iter().map(list_json).collect();
        serde_json::to_writer_pretty(&mut *out, &rows).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    if page.rows.is_empty() {
        writeln!(
            out,
            "The watchlist is empty. Add a title: sequel-radar add \"Name\" --year 2022"
        )?;
        return Ok(());
    }
    let width = page
        .rows
        .iter()
        .map(|t| label(t).chars().count())
        .max()
        .unwrap_or(0);
    for t in &page.rows {
        let next = t.next.as_deref().unwrap_or("");
        writeln!(
            out,
            "{:<width$}  {:<6}  {:<16}  {}",
            label(t),
            t.kind.as_str(),
            t.status.label(),
            next
        )?;
    }
    Ok(())
}

fn show_json(d: &TitleDetail) -> serde_json::Value {
    let t = &d.title;
    json!({
        "name": t.name, "year": t.year, "kind": t.kind, "platform": t.platform,
        "status": t.status, "next": t.next, "release": t.release,
        "aliases": t.aliases, "watch_state": t.watch_state, "notes": t.notes,
        "evidence": d.evidence, "dismissed": d.dismissed, "quotes": d.quotes,
        "history": d.history.iter().map(|h| json!({
            "status": h.status, "at": h.at, "url": h.url,
        })).collect::<Vec<_>>(),
    })
}

pub fn show(store: &Store, a: ShowArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let title = store.find_title(&a.name, a.year)?;
    let detail = store.title_detail(title.id)?;
    if a.json {
        serde_json::to_writer_pretty(&mut *out, &show_json(&detail))
            .map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    let t = &detail.title;
    writeln!(out, "{}  [{}]", label(t), t.kind.as_str())?;
    if let Some(p) = &t.platform {
        writeln!(out, "Platform: {p}")?;
    }
    let next = t.next.as_deref().unwrap_or("next installment");
    writeln!(out, "{next}: {}", t.status.label())?;
    if let Some(r) = &t.release {
        writeln!(out, "Release: {r}")?;
    }
    if !detail.evidence.is_empty() {
        writeln!(out, "\nWhy we think so:")?;
        for e in &detail.evidence {
            let kind = if e.official { "official" } else { "report" };
            let when = e.published.as_deref().unwrap_or("undated");
            let outlet = e.outlet.as_deref().unwrap_or("unknown outlet");
            writeln!(out, "  [{kind}] {} ({outlet}, {when})", e.sentence)?;
        }
    }
    if !detail.dismissed.is_empty() {
        writeln!(out, "\nDismissed by you (counts for nothing):")?;
        for e in &detail.dismissed {
            let url = e.url.as_deref().unwrap_or("no address");
            writeln!(out, "  {} ({url})", e.sentence)?;
        }
    }
    if !detail.quotes.is_empty() {
        writeln!(out, "\nWhat they said:")?;
        for q in &detail.quotes {
            let role = q
                .role
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            writeln!(out, "  \u{201C}{}\u{201D} ({}{role})", q.text, q.speaker)?;
        }
    }
    if !detail.history.is_empty() {
        writeln!(out, "\nTimeline:")?;
        for h in &detail.history {
            writeln!(out, "  {}  {}", h.at, h.status.label())?;
        }
    }
    Ok(())
}

pub fn remove(store: &mut Store, a: RemoveArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let title = store.find_title(&a.name, a.year)?;
    let removed = store.delete_title(title.id)?;
    writeln!(out, "Removed {}", label(&removed))?;
    Ok(())
}

pub fn dismiss(store: &mut Store, a: DismissArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let title = store.find_title(&a.name, a.year)?;
    let detail = store.title_detail(title.id)?;
    let rows = if a.undo {
        &detail.dismissed
    } else {
        &detail.evidence
    };
    let Some(article) = rows
        .iter()
        .find(|e| e.url.as_deref() == Some(a.url.as_str()))
        .and_then(|e| e.article_id)
    else {
        let what = if a.undo {
            "no dismissed article"
        } else {
            "no article counting"
        };
        return Err(CliError::User(format!(
            "{what} at {} for {}; `show` lists them",
            a.url,
            label(&title)
        )));
    };
    let now = crate::store::now_iso();
    if a.undo {
        store.restore_article(title.id, article, &now)?;
    } else {
        store.dismiss_article(title.id, article, &now)?;
    }
    let t = store.get_title(title.id)?;
    let done = if a.undo { "Restored" } else { "Dismissed" };
    writeln!(
        out,
        "{done} {} for {}: {}",
        a.url,
        label(&t),
        t.status.label()
    )?;
    Ok(())
}
