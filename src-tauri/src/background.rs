//! Life in the background: closing the window hides it while the refresh goes
//! on (setting "Keep running in the background", on by default; the first
//! time, a notification says so), Quit in the tray exits, and start at login
//! through the official autostart plugin (off by default).

use crate::notify;
use crate::state::AppState;
use sequel_radar_core::alerts;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_autostart::ManagerExt;

/// The plugin, registered in `app::run`. No extra arguments: a login start
/// opens the app as a double-click would.
pub fn autostart_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    // At login the app starts in the tray: a window popping up at every
    // login is what makes people turn the switch off again.
    tauri_plugin_autostart::Builder::new()
        .args(["--background"])
        .build()
}

#[derive(Debug, Clone, Serialize)]
pub struct BackgroundSettings {
    pub keep_running: bool,
    pub autostart: bool,
}

pub fn settings<R: Runtime>(app: &AppHandle<R>) -> Result<BackgroundSettings, String> {
    let keep_running = {
        let state = app.state::<AppState>();
        let store = state.store()?;
        alerts::keep_running(&store).map_err(|e| e.to_string())?
    };
    Ok(BackgroundSettings {
        keep_running,
        autostart: autostart_enabled(app),
    })
}

pub fn autostart_enabled<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.autolaunch().is_enabled().unwrap_or(false)
}

/// Switches start at login on or off; returns the state the system reports after.
pub fn set_autostart<R: Runtime>(app: &AppHandle<R>, on: bool) -> Result<bool, String> {
    let launcher = app.autolaunch();
    let done = if on {
        launcher.enable()
    } else {
        launcher.disable()
    };
    done.map_err(|e| format!("could not change start at login: {e}"))?;
    Ok(autostart_enabled(app))
}

/// The main window's close button: hide instead of quit while "Keep running
/// in the background" is on. Other events are not ours.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    if window.label() != "main" {
        return;
    }
    let app = window.app_handle();
    let state = app.state::<AppState>();
    let Ok(store) = state.store() else {
        // The store could not be opened: nothing runs in the background anyway.
        return;
    };
    if !alerts::keep_running(&store).unwrap_or(true) {
        return;
    }
    api.prevent_close();
    let _ = window.hide();
    let told = store
        .setting(alerts::BACKGROUND_TOLD)
        .ok()
        .flatten()
        .is_some();
    drop(store);
    if told {
        return;
    }
    // Off the main thread: asking the bus may start a notification server.
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let shown = notify::tell(
            &app,
            "Sequel Radar is still running",
            "It keeps checking the news in the background. \
             Open it or quit from its icon in the tray.",
        );
        if shown {
            if let Ok(mut store) = app.state::<AppState>().store() {
                let _ = store.set_setting(alerts::BACKGROUND_TOLD, &serde_json::json!(true));
            }
        }
    });
}
