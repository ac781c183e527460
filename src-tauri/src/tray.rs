//! The tray icon: the app's presence while the window is closed.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

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
    let whats_new = MenuItem::with_id(app, "whats-new", "What's new", true, None::<&str>)?;
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
        &[&open, &whats_new, &sep, &check, &pause, &sep2, &quit],
    )?;

    let icon = tauri::image::Image::from_bytes(include_bytes!("../../icons/tray.png"))?;
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(icon)
        .tooltip("Sequel Radar")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => show_main(app),
            "whats-new" => {
                show_main(app);
                let _ = app.emit("show-whats-new", ());
            }
            "check-now" => {
                app.state::<std::sync::Arc<crate::refresher::Refresher>>()
                    .check_now();
            }
            "pause-day" => {
                let _ = app.emit("tray-pause-day", ());
            }
            "quit" => app.exit(0),
            _ => {}
        })
        .build(app)?;
    Ok(())
}
