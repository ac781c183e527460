//! `extract`: one article, one title, one JSON object on stdout.

use super::CliError;
use crate::extract::{extract, TitleQuery};
use crate::model::Kind;
use chrono::NaiveDate;
use clap::Args;
use std::io::{Read, Write};
use std::path::PathBuf;

/// Articles bigger than this are not articles.
const MAX_ARTICLE_BYTES: u64 = 20 * 1024 * 1024;

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The watchlist title to read the article for.
    #[arg(long)]
    pub title: String,
    #[arg(long, default_value = "movie")]
    pub kind: Kind,
    #[arg(long)]
    pub year: Option<i32>,
    /// Another name the article may use (repeatable).
    #[arg(long = "alias", value_name = "A")]
    pub aliases: Vec<String>,
    /// Publication date, YYYY-MM-DD: anchors "next year" and "this fall".
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// The article: a text or HTML file, or - for standard input.
    pub file: PathBuf,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a date: use YYYY-MM-DD, e.g. 2025-03-17"))
}

pub fn run(a: ExtractArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let mut bytes = Vec::new();
    let shown = a.file.display().to_string();
    let read = if shown == "-" {
        std::io::stdin()
            .take(MAX_ARTICLE_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(&a.file)
            .and_then(|f| f.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| CliError::User(format!("cannot read {shown}: {e}")))?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(CliError::User(format!(
            "{shown} is larger than {} MB: not an article",
            MAX_ARTICLE_BYTES / 1024 / 1024
        )));
    }
    // Pages in the wild are not always UTF-8; a stray byte must not stop us.
    let text = String::from_utf8_lossy(&bytes);
    let query = TitleQuery {
        name: a.title,
        kind: a.kind,
        year: a.year,
        aliases: a.aliases,
    };
    let found = extract(&query, &text, a.date);
    serde_json::to_writer_pretty(&mut *out, &found).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}
