//! Builds and runs the desktop app: plugins, state, commands, window.

use crate::background;
use crate::commands;
use crate::elsewhere;
use crate::notify;
use crate::refresher::{self, Refresher};
use crate::state::AppState;
use crate::tray;
use sequel_radar_core::store::Store;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tauri::Manager;

/// Titles removed in the window stay restorable this long; older ones are
/// purged at the next start.
const UNDO_GRACE: Duration = Duration::from_secs(60);

/// `background`: started at login (`--background`): the window stays closed
/// and the tray icon is the way in, unless this desktop has no tray.
pub fn run(data_dir: PathBuf, started: Instant, background: bool) -> Result<(), String> {
    let store = Store::open(&data_dir).map_err(|e| e.to_string());
    let store = store.map(|mut s| {
        let grace = chrono::Duration::from_std(UNDO_GRACE).unwrap_or_default();
        if let Err(e) = s.purge_removed(grace) {
            eprintln!("sequel-radar: could not purge removed titles: {e}");
        }
        s
    });
    if let Err(message) = &store {
        eprintln!("sequel-radar: {message}");
    }

    tauri::Builder::default()
        // First, so a second launch hands over before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(background::autostart_plugin())
        .manage(notify::Notifier::default())
        .on_window_event(background::on_window_event)
        .manage(AppState::new(store, data_dir.clone(), started))
        .manage(Arc::new(Refresher::default()))
        .setup(move |app| {
            match tray::install(app.handle()) {
                // Hidden before the main loop first runs, so it never flashes.
                Ok(()) if background => {
                    if let Some(window) = app.get_webview_window("main") {
                        let _ = window.hide();
                    }
                }
                Ok(()) => {}
                // No tray on this desktop: the app still works in its window
                // (and shows it even when started at login: else it would be
                // running with no way in).
                Err(e) => eprintln!("sequel-radar: no tray icon: {e}"),
            }
            notify::install(app.handle());
            if app.state::<AppState>().startup_error().is_none() {
                app.state::<AppState>().warm_up();
                let refresher = app.state::<Arc<Refresher>>().inner().clone();
                refresher::spawn(app.handle().clone(), data_dir.clone(), refresher);
                elsewhere::spawn(app.handle().clone());
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::list_titles,
            commands::list_titles_now,
            commands::add_title,
            commands::edit_title,
            commands::remove_title,
            commands::undo_remove,
            commands::get_title,
            commands::dismiss_article,
            commands::restore_article,
            commands::report_first_paint,
            commands::report_bench,
            commands::import_preview,
            commands::import_commit,
            commands::import_cancel,
            commands::open_url,
            commands::check_now,
            commands::cancel_refresh,
            commands::refresh_state,
            commands::get_notification_settings,
            commands::set_notification_settings,
            commands::set_keep_running,
            commands::set_autostart,
            commands::away_list,
            commands::clear_away,
            commands::preview_article,
            commands::save_article,
            commands::list_sources,
            commands::add_source,
            commands::remove_source,
            commands::set_source_enabled,
            commands::get_refresh_interval,
            commands::set_refresh_interval,
        ])
        .run(tauri::generate_context!())
        .map_err(|e| format!("the window could not start: {e}"))
}
