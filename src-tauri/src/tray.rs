//! The tray icon: the app's presence while the window is closed.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::notify;
use crate::state::AppState;
use sequel_radar_core::alerts::AlertSettings;

/// Event to the window: the notification settings changed (pause, resume).
pub const SETTINGS_CHANGED: &str = "notification-settings-changed";

pub const TRAY_ID: &str = "sequel-radar";

/// Shows the main window again, wherever it was hidden.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let open = MenuItem::with_id(app, "open", "Open Sequel Radar", true, None::<&str>)?;
    let whats_new_item = MenuItem::with_id(app, "whats-new", "What's new", true, None::<&str>)?;
    let check = MenuItem::with_id(app, "check-now", "Check now", true, None::<&str>)?;
    let pause = MenuItem::with_id(
        app,
        "pause-day",
        "Pause notifications for a day",
        true,
        None::<&str>,
    )?;
    let quit = MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?;
    let sep = PredefinedMenuItem::separator(app)?;
    let sep2 = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(
        app,
        &[&open, &whats_new_item, &sep, &check, &pause, &sep2, &quit],
    )?;

    let icon = tauri::image::Image::from_bytes(include_bytes!("../../icons/tray.png"))?;
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(icon)
        .tooltip("Sequel Radar")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => show_main(app),
            "whats-new" => whats_new(app),
            "check-now" => {
                app.state::<std::sync::Arc<crate::refresher::Refresher>>()
                    .check_now();
            }
            "pause-day" => pause_for_a_day(app),
            "quit" => app.exit(0),
            _ => {}
        })
        .build(app)?;
    Ok(())
}

/// "What's new": the title of the newest change, or the "While you were away"
/// list when there is no change yet.
fn whats_new<R: Runtime>(app: &AppHandle<R>) {
    show_main(app);
    let newest = app
        .state::<AppState>()
        .store()
        .ok()
        .and_then(|store| store.recent_outbox(1).ok())
        .and_then(|items| items.last().and_then(|item| item.title_id));
    match newest {
        Some(id) => {
            let _ = app.emit(notify::OPEN_TITLE, id);
        }
        None => {
            let _ = app.emit("show-whats-new", ());
        }
    }
}

/// "Pause notifications for a day": held changes go out when the day is over.
fn pause_for_a_day<R: Runtime>(app: &AppHandle<R>) {
    let until = chrono::Utc::now() + chrono::Duration::hours(24);
    let paused = match app.state::<AppState>().store() {
        Ok(mut store) => AlertSettings::pause(&mut store, until).map_err(|e| e.to_string()),
        Err(message) => Err(message),
    };
    match paused {
        Ok(settings) => {
            let _ = app.emit(SETTINGS_CHANGED, settings);
        }
        Err(message) => eprintln!("sequel-radar: could not pause notifications: {message}"),
    }
}
