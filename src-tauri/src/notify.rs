//! Delivers the outbox as native notifications, by the plan of
//! `sequel_radar_core::alerts` (mute, threshold, switches, quiet hours, pause,
//! "While you were away", digest).
//!
//! Never twice, nothing lost:
//! - an item is claimed (`mark_delivered` succeeds for one caller only) right
//!   before it is shown, so two deliveries running at once cannot both show it;
//! - nothing is claimed unless a notification server answered on the bus just
//!   before: the plugin's `show()` says Ok even when nobody listens, and a
//!   server that is registered for activation but fails to start must not eat
//!   the news. Unclaimed items wait for the next start or run.

use crate::state::AppState;
use chrono::{DateTime, Utc};
use sequel_radar_core::alerts::{self, AlertSettings, Plan, Popup, TitleRule};
use sequel_radar_core::store::Store;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;
use tauri::plugin::PermissionState;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

const SERVER: &str = "org.freedesktop.Notifications";
const SERVER_PATH: &str = "/org/freedesktop/Notifications";
/// Long enough for the bus to start a server that is registered for activation.
const SERVER_TIMEOUT: Duration = Duration::from_secs(10);
/// Event the window listens to: open this title's page.
pub const OPEN_TITLE: &str = "open-title";
/// Event: the "While you were away" list changed.
pub const AWAY_CHANGED: &str = "away-changed";
/// Key of the title id in a notification's extra data, for clicks.
const TITLE_KEY: &str = "title_id";

/// What the notification server on the session bus says it can do.
#[derive(Debug, Clone, Copy)]
pub struct Server {
    /// Bodies are read as markup: `&`, `<`, `>` from the news must be escaped.
    pub markup: bool,
}

/// Asks the session bus for a notification server, starting one that is
/// registered for activation, and returns what it can do; `None` when no
/// server answered.
#[cfg(target_os = "linux")]
pub fn server() -> Option<Server> {
    let conn = zbus::blocking::connection::Builder::session()
        .ok()?
        .method_timeout(SERVER_TIMEOUT)
        .build()
        .ok()?;
    let reply = conn
        .call_method(
            Some(SERVER),
            SERVER_PATH,
            Some(SERVER),
            "GetCapabilities",
            &(),
        )
        .ok()?;
    let capabilities: Vec<String> = reply.body().deserialize().ok()?;
    Some(Server {
        markup: capabilities.iter().any(|c| c == "body-markup"),
    })
}

#[cfg(not(target_os = "linux"))]
pub fn server() -> Option<Server> {
    Some(Server { markup: false })
}

/// State shared by deliveries: when a wake-up for held changes is scheduled.
#[derive(Default)]
pub struct Notifier {
    wake_at: Mutex<Option<DateTime<Utc>>>,
}

/// Registers the click handler: a click on a notification opens its title's
/// page (where the server reports clicks), a digest opens the window.
pub fn install<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    let registered = app.notification().on_action(move |performed| {
        if performed.action_id() != "tap" {
            return;
        }
        crate::tray::show_main(&handle);
        let title = performed
            .notification()
            .and_then(|n| n.extra().get(TITLE_KEY))
            .and_then(|v| v.as_i64());
        if let Some(id) = title {
            let _ = handle.emit(OPEN_TITLE, id);
        }
    });
    if let Err(e) = registered {
        eprintln!("sequel-radar: notification clicks will not open titles: {e}");
    }
}

/// Tells what is pending, by the user's rules. Called at start, after every
/// refresh, when settings change and when held changes may go out.
pub fn deliver<R: Runtime>(app: &AppHandle<R>, store: &mut Store) {
    match plan_now(store) {
        Ok(Some(plan)) => carry_out(app, store, plan),
        Ok(None) => {}
        Err(e) => eprintln!("sequel-radar: cannot read the outbox: {e}"),
    }
}

fn plan_now(store: &Store) -> sequel_radar_core::store::Result<Option<Plan>> {
    let pending = store.pending_outbox()?;
    if pending.is_empty() {
        return Ok(None);
    }
    let mut titles = HashMap::new();
    for id in pending.iter().filter_map(|item| item.title_id) {
        if titles.contains_key(&id) {
            continue;
        }
        // A title removed since: no rule, the planner drops its news.
        if let Ok(title) = store.get_title(id) {
            titles.insert(
                id,
                TitleRule {
                    muted: title.muted,
                    threshold: title.threshold,
                    status: title.status,
                },
            );
        }
    }
    let settings = AlertSettings::load(store)?;
    let now = chrono::Local::now().fixed_offset();
    Ok(Some(alerts::plan(&pending, &titles, &settings, now)))
}

fn carry_out<R: Runtime>(app: &AppHandle<R>, store: &mut Store, plan: Plan) {
    for id in &plan.silent {
        mark(store, *id);
    }
    if !plan.away.is_empty() {
        if let Err(e) = alerts::add_away(store, &plan.away) {
            // Not listed: leave them pending rather than lose them.
            eprintln!("sequel-radar: cannot keep 'While you were away': {e}");
        } else {
            for id in plan.away.iter().flat_map(|entry| &entry.items) {
                mark(store, *id);
            }
            let _ = app.emit(AWAY_CHANGED, ());
        }
    }
    if let Some(at) = plan.retry_at {
        wake_at(app, at);
    }
    if plan.show.is_empty() || !permitted(app) {
        return;
    }
    let Some(server) = server() else {
        // Nobody to show them to: they stay pending for the next start or run.
        let waiting: usize = plan.show.iter().map(|p| p.items.len()).sum();
        eprintln!(
            "sequel-radar: no notification server answered on the session bus; \
             {waiting} change(s) wait for the next start or refresh"
        );
        return;
    };
    let icon = icon_path(app);
    for popup in &plan.show {
        // Claimed first: a delivery running at the same time skips it.
        let claimed: Vec<i64> = popup
            .items
            .iter()
            .copied()
            .filter(|id| store.mark_delivered(*id).unwrap_or(false))
            .collect();
        if claimed.is_empty() {
            continue;
        }
        if let Err(e) = show(app, popup, server, icon.as_ref()) {
            eprintln!("sequel-radar: notification not shown: {e}");
        }
    }
}

fn mark(store: &mut Store, id: i64) {
    if let Err(e) = store.mark_delivered(id) {
        eprintln!("sequel-radar: cannot mark notification {id} delivered: {e}");
    }
}

/// As the plugin documents: ask when the platform wants to be asked, and show
/// nothing (keeping the news pending) when the user said no.
fn permitted<R: Runtime>(app: &AppHandle<R>) -> bool {
    let notification = app.notification();
    match notification.permission_state() {
        Ok(PermissionState::Granted) => true,
        Ok(PermissionState::Denied) => false,
        Ok(_) => matches!(
            notification.request_permission(),
            Ok(PermissionState::Granted)
        ),
        Err(_) => false,
    }
}

fn show<R: Runtime>(
    app: &AppHandle<R>,
    popup: &Popup,
    server: Server,
    icon: Option<&PathBuf>,
) -> tauri_plugin_notification::Result<()> {
    let body = if server.markup {
        escape_markup(&popup.body)
    } else {
        popup.body.clone()
    };
    let mut builder = app
        .notification()
        .builder()
        .title(&popup.summary)
        .body(body);
    if let Some(id) = popup.title_id {
        builder = builder.extra(TITLE_KEY, id);
    }
    if let Some(icon) = icon {
        builder = builder.icon(icon.display().to_string());
    }
    builder.show()
}

/// A notification that is not news: "still running in the tray". Returns
/// whether a server was there to show it.
pub fn tell<R: Runtime>(app: &AppHandle<R>, summary: &str, body: &str) -> bool {
    let Some(server) = server() else {
        return false;
    };
    let popup = Popup {
        summary: summary.into(),
        body: body.into(),
        title_id: None,
        items: Vec::new(),
    };
    show(app, &popup, server, icon_path(app).as_ref()).is_ok()
}

/// Servers that read markup would take `&`, `<` and `>` in news text as tags.
fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The app icon as a file the server can read: written once into the data
/// folder, so it works from a build folder as well as installed.
fn icon_path<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    const ICON: &[u8] = include_bytes!("../../icons/128x128.png");
    let dir = app.try_state::<AppState>()?.data_dir.clone();
    let path = dir.join("notification-icon.png");
    let current = std::fs::metadata(&path).map(|m| m.len()).ok();
    if current != Some(ICON.len() as u64) && std::fs::write(&path, ICON).is_err() {
        return None;
    }
    Some(path)
}

/// Delivers again at `at` (end of quiet hours or of a pause), once per
/// moment: an earlier wake-up already scheduled covers a later one.
fn wake_at<R: Runtime>(app: &AppHandle<R>, at: DateTime<Utc>) {
    let Some(notifier) = app.try_state::<Notifier>() else {
        return;
    };
    {
        let mut scheduled = notifier.wake_at.lock().unwrap_or_else(|p| p.into_inner());
        if scheduled.is_some_and(|s| s <= at && s > Utc::now()) {
            return;
        }
        *scheduled = Some(at);
    }
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let wait = (at - Utc::now()).to_std().unwrap_or_default() + Duration::from_secs(1);
        tokio::time::sleep(wait).await;
        if let Some(notifier) = app.try_state::<Notifier>() {
            let mut scheduled = notifier.wake_at.lock().unwrap_or_else(|p| p.into_inner());
            if *scheduled == Some(at) {
                *scheduled = None;
            }
        }
        deliver_now(&app);
    });
}

/// Delivers on a connection of its own (from a timer, the tray, a command).
pub fn deliver_now<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    match Store::open(&state.data_dir) {
        Ok(mut store) => deliver(app, &mut store),
        Err(e) => eprintln!("sequel-radar: cannot deliver notifications: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::escape_markup;

    #[test]
    fn markup_from_the_news_is_escaped() {
        assert_eq!(
            escape_markup("Law & Order <b>renewed</b>"),
            "Law &amp; Order &lt;b&gt;renewed&lt;/b&gt;"
        );
        assert_eq!(escape_markup("\"quoted\""), "\"quoted\"");
    }
}
