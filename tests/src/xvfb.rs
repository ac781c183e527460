//! One virtual X display per test process, shared by its tests, started on first use.
//!
//! Xvfb picks a free display itself (`-displayfd`), so test processes never collide. It
//! lives as long as the test process: its watchdog ends it when the process exits.

use std::io::{BufRead, BufReader};
use std::sync::{mpsc, Mutex, OnceLock};
use std::time::Duration;

use crate::error::{HarnessError, Result};
use crate::group::ProcessGroup;
use crate::{paths, tools::Tools};

/// Room for the largest window size the screens are checked at (1920x1080).
const SCREEN: &str = "1920x1080x24";
const START_TIMEOUT: Duration = Duration::from_secs(20);

struct Display {
    name: String,
    // Kept in a static for the life of the process; never dropped (statics are not), so the
    // watchdog ends Xvfb when the test process exits and closes its end of the lifeline.
    _group: Mutex<ProcessGroup>,
}

static DISPLAY: OnceLock<std::result::Result<Display, String>> = OnceLock::new();

/// The display name (`:N`) of this process's Xvfb, starting it if needed.
pub fn display(tools: &Tools) -> Result<String> {
    let display = DISPLAY.get_or_init(|| start(tools).map_err(|e| e.to_string()));
    match display {
        Ok(d) => Ok(d.name.clone()),
        Err(message) => Err(HarnessError::NotReady {
            what: "Xvfb".into(),
            waited: START_TIMEOUT,
            detail: message.clone(),
            log: paths::log_dir()
                .unwrap_or_default()
                .join(format!("xvfb-{}.log", std::process::id())),
        }),
    }
}

fn start(tools: &Tools) -> Result<Display> {
    let log = paths::log_dir()?.join(format!("xvfb-{}.log", std::process::id()));
    let command = [
        tools.xvfb.as_os_str(),
        "-displayfd".as_ref(),
        "1".as_ref(),
        "-screen".as_ref(),
        "0".as_ref(),
        SCREEN.as_ref(),
        "-nolisten".as_ref(),
        "tcp".as_ref(),
    ];
    let mut group = ProcessGroup::spawn("Xvfb", &command, &[], &[], &log, true)?;
    let stdout = group.take_stdout().ok_or_else(|| HarnessError::NotReady {
        what: "Xvfb".into(),
        waited: Duration::ZERO,
        detail: "no pipe to read the display number from".into(),
        log: log.clone(),
    })?;
    // Xvfb writes the display number once it accepts connections. Read it on a thread so a
    // hung Xvfb costs a bounded wait, not a hung test.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let _ = tx.send(line);
        // Keep draining: a closed pipe would kill Xvfb with SIGPIPE if it ever wrote again.
        let _ = std::io::copy(&mut reader, &mut std::io::sink());
    });
    let line = rx.recv_timeout(START_TIMEOUT).unwrap_or_default();
    let number = line.trim();
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HarnessError::NotReady {
            what: "Xvfb".into(),
            waited: START_TIMEOUT,
            detail: format!("it printed no display number (got {line:?})"),
            log,
        });
    }
    Ok(Display {
        name: format!(":{number}"),
        _group: Mutex::new(group),
    })
}
