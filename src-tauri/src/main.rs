//! `sequel-radar`: with a subcommand it is the engine's command line and never
//! touches GTK; without one it opens the window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod background;
mod commands;
mod elsewhere;
mod notify;
mod refresher;
mod state;
mod tray;
mod webview;

use sequel_radar_core::{cli, paths};
use std::ffi::OsString;

fn main() {
    // The first-paint measurement starts here, as hello's does.
    let started = std::time::Instant::now();
    // WebKitWebDriver starts the browser binary with flags of its own; they
    // are not ours to parse.
    let args: Vec<OsString> = std::env::args_os()
        .filter(|a| a != "--automation")
        .collect();
    let parsed = match cli::parse(args) {
        Ok(parsed) => parsed,
        Err(e) => e.exit(),
    };
    if parsed.command.is_some() {
        let code = cli::execute(parsed, &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
    let data_dir = match paths::data_dir(parsed.data_dir) {
        Ok(dir) => dir,
        Err(message) => {
            eprintln!("sequel-radar: {message}");
            std::process::exit(1);
        }
    };
    webview::prefer_cpu_painting();
    if let Err(message) = app::run(data_dir, started, parsed.background) {
        eprintln!("sequel-radar: {message}");
        std::process::exit(1);
    }
}
