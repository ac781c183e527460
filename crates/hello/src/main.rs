//! `sequel-radar-hello`: the smallest Tauri window we can build, with the same
//! first-paint report as the app, so `make bench` can say what the app costs
//! beyond Tauri and WebKit themselves.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::time::Instant;
use tauri::State;

/// When `main` began; the app starts its clock at the same point, so the two
/// reported numbers compare like with like.
struct Started(Instant);

/// Called by the page once its first paint is on screen. Prints the line
/// `bench/run.sh` reads; with BENCH_EXIT_AFTER_PAINT=1 the process then exits,
/// with BENCH_IDLE=1 it stays up for the memory measurement.
#[tauri::command]
fn report_first_paint(started: State<'_, Started>, app: tauri::AppHandle) {
    let ms = started.0.elapsed().as_secs_f64() * 1000.0;
    if std::env::var_os("BENCH_EXIT_AFTER_PAINT").is_some_and(|v| v == "1") {
        println!("FIRST_PAINT_MS {ms:.1}");
        app.exit(0);
    } else if std::env::var_os("BENCH_IDLE").is_some() {
        println!("FIRST_PAINT_MS {ms:.1}");
    }
}

fn main() {
    let started = Started(Instant::now());
    let result = tauri::Builder::default()
        .manage(started)
        .invoke_handler(tauri::generate_handler![report_first_paint])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("sequel-radar-hello: the window could not start: {e}");
        std::process::exit(1);
    }
}
