//! Runs the command line in-process, as the binary would, on a data folder.

use sequel_radar_core::cli;
use std::path::Path;

pub struct Run {
    pub code: i32,
    pub out: String,
    pub err: String,
}

pub fn run(dir: &Path, args: &[&str]) -> Run {
    let mut argv = vec![
        "sequel-radar".to_string(),
        "--data-dir".into(),
        dir.display().to_string(),
    ];
    argv.extend(args.iter().map(|a| a.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = match cli::parse(argv.iter().map(Into::into)) {
        Ok(parsed) => cli::execute(parsed, &mut out, &mut err),
        Err(e) => {
            err.extend(e.to_string().bytes());
            e.exit_code()
        }
    };
    Run {
        code,
        out: String::from_utf8(out).expect("utf-8 out"),
        err: String::from_utf8(err).expect("utf-8 err"),
    }
}
