//! `export [--format json|csv|ics] [-o FILE]`.

use super::CliError;
use crate::export::{self, ExportError, ExportFormat};
use crate::store::Store;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// json (a lossless backup), csv (the watchlist) or ics (release dates).
    /// Without it: from the output file's extension, else json.
    #[arg(long)]
    pub format: Option<String>,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl From<ExportError> for CliError {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Store(s) => CliError::Store(s),
            ExportError::Write(io) => CliError::Output(io),
        }
    }
}

pub fn run(store: &Store, args: ExportArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let format = match (&args.format, &args.output) {
        (Some(f), _) => f.parse::<ExportFormat>().map_err(CliError::Usage)?,
        (None, Some(path)) => path
            .extension()
            .and_then(|e| e.to_str())
            .and_then(|e| e.parse().ok())
            .unwrap_or_default(),
        (None, None) => ExportFormat::Json,
    };
    match &args.output {
        None => Ok(export::write(store, format, out)?),
        Some(path) => write_file(store, format, path),
    }
}

/// Writes next to the target and renames over it, so a failed export never
/// leaves half a file where a good one was.
fn write_file(store: &Store, format: ExportFormat, path: &Path) -> Result<(), CliError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let cannot =
        |e: std::io::Error| CliError::User(format!("cannot write {}: {e}", path.display()));
    let mut tmp = tempfile_in(&dir, path).map_err(cannot)?;
    let result = (|| -> Result<(), CliError> {
        let mut w = std::io::BufWriter::new(&mut tmp.1);
        export::write(store, format, &mut w)?;
        w.flush()?;
        drop(w);
        tmp.1.sync_all()?;
        Ok(())
    })();
    match result {
        Ok(()) => std::fs::rename(&tmp.0, path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp.0);
            cannot(e)
        }),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp.0);
            Err(e)
        }
    }
}

fn tempfile_in(dir: &Path, target: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let base = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    for n in 0..100u32 {
        let candidate = dir.join(format!(".{base}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(f) => return Ok((candidate, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free temporary file name"))
}
