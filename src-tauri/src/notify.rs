//! Delivers the outbox as native notifications. An item is marked delivered
//! only once a notification server was there to take it, so a change made
//! while no server ran (or the app was closed) goes out at the next chance,
//! and never twice.

use sequel_radar_core::store::Store;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

const SERVER: &str = "org.freedesktop.Notifications";

/// Is anyone on the session bus to show a notification? The plugin's
/// `show()` says Ok even when nobody listens, so we ask the bus ourselves.
#[cfg(target_os = "linux")]
pub fn server_available() -> bool {
    let Ok(conn) = zbus::blocking::Connection::session() else {
        return false;
    };
    let Ok(proxy) = zbus::blocking::fdo::DBusProxy::new(&conn) else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from(SERVER) else {
        return false;
    };
    if proxy.name_has_owner(name).unwrap_or(false) {
        return true;
    }
    proxy
        .list_activatable_names()
        .map(|names| names.iter().any(|n| n.as_str() == SERVER))
        .unwrap_or(false)
}

#[cfg(not(target_os = "linux"))]
pub fn server_available() -> bool {
    true
}

pub fn deliver<R: Runtime>(app: &AppHandle<R>, store: &mut Store) {
    let pending = match store.pending_outbox() {
        Ok(items) => items,
        Err(e) => {
            eprintln!("sequel-radar: cannot read the outbox: {e}");
            return;
        }
    };
    if pending.is_empty() || !server_available() {
        return;
    }
    for item in pending {
        let shown = app
            .notification()
            .builder()
            .title(&item.summary)
            .body(&item.body)
            .show();
        match shown {
            Ok(()) => {
                if let Err(e) = store.mark_delivered(item.id) {
                    eprintln!(
                        "sequel-radar: cannot mark notification {} delivered: {e}",
                        item.id
                    );
                }
            }
            Err(e) => eprintln!("sequel-radar: notification not shown: {e}"),
        }
    }
}
