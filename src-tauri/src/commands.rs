//! The IPC surface: each command is one call into the engine. Errors travel
//! to the UI as the engine's message, which names what went wrong.
//!
//! Commands are `async` so database work never runs on the GTK main thread.

use crate::refresher::{RefreshState, Refresher, INTERVAL_SETTING};
use crate::state::AppState;
use sequel_radar_core::import;
use sequel_radar_core::manual::{self, ArticleInput, Preview};
use sequel_radar_core::model::{Kind, NewTitle, Status, Title, TitleEdit};
use sequel_radar_core::news::FetchConfig;
use sequel_radar_core::store::{now_iso, Change, ListQuery, Page, TitleDetail};
use sequel_radar_core::store::{NewSource, RecordOutcome, Source};
use serde::Serialize;
use std::sync::Arc;
use tauri::State;

type Reply<T> = Result<T, String>;

fn msg(e: impl std::fmt::Display) -> String {
    e.to_string()
}

#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    data_dir: String,
    /// Set when the database could not be opened; the UI shows it.
    startup_error: Option<String>,
    /// `make bench` asks the page to time search keystrokes (BENCH_SEARCH=1).
    bench_search: bool,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
        startup_error: state.startup_error(),
        bench_search: std::env::var_os("BENCH_SEARCH").is_some_and(|v| v == "1"),
    })
}

/// One row of the window's list: what a row shows and nothing more, so a
/// keystroke's answer is half the size of whole titles (aliases, tags and
/// notes belong to the title page).
#[derive(Serialize)]
pub struct ListRow {
    id: i64,
    name: String,
    year: Option<i32>,
    kind: Kind,
    platform: Option<String>,
    next: Option<String>,
    status: Status,
    latest_news_at: Option<String>,
    unseen: bool,
}

#[derive(Serialize)]
pub struct ListPage {
    total: usize,
    rows: Vec<ListRow>,
}

impl From<Page> for ListPage {
    fn from(page: Page) -> Self {
        let rows = page
            .rows
            .into_iter()
            .map(|t| ListRow {
                id: t.id,
                name: t.name,
                year: t.year,
                kind: t.kind,
                platform: t.platform,
                next: t.next,
                status: t.status,
                latest_news_at: t.latest_news_at,
                unseen: t.unseen,
            })
            .collect();
        ListPage {
            total: page.total,
            rows,
        }
    }
}

/// A page of the watchlist from memory, answered on the UI thread with no
/// hop to a worker and back (a search keystroke's budget is 16 ms). It
/// never waits: null when the in-memory index cannot answer at once, and
/// the page then asks [`list_titles`].
#[tauri::command]
pub fn list_titles_now(state: State<'_, AppState>, query: ListQuery) -> Option<ListPage> {
    state.list_now(&query).map(ListPage::from)
}

/// A page of the watchlist, from memory or else from SQL, on a worker.
#[tauri::command]
pub async fn list_titles(state: State<'_, AppState>, query: ListQuery) -> Reply<ListPage> {
    state.list_titles(&query).map(ListPage::from)
}

#[tauri::command]
pub async fn add_title(state: State<'_, AppState>, title: NewTitle) -> Reply<Title> {
    state.store()?.add_title(title).map_err(msg)
}

#[tauri::command]
pub async fn edit_title(state: State<'_, AppState>, id: i64, edit: TitleEdit) -> Reply<Title> {
    state.store()?.edit_title(id, edit).map_err(msg)
}

#[tauri::command]
pub async fn remove_title(state: State<'_, AppState>, id: i64) -> Reply<Title> {
    state.store()?.remove_title(id).map_err(msg)
}

#[tauri::command]
pub async fn undo_remove(state: State<'_, AppState>, id: i64) -> Reply<Title> {
    state.store()?.undo_remove(id).map_err(msg)
}

#[tauri::command]
pub async fn get_title(state: State<'_, AppState>, id: i64) -> Reply<TitleDetail> {
    let mut store = state.store()?;
    // Opening a title is looking at its news: the "new" dot goes away.
    store.mark_seen(id).map_err(msg)?;
    store.title_detail(id).map_err(msg)
}

/// Sets aside an article the engine misread for a title; the title's status
/// is derived again without it. No notification: the user made the change.
#[tauri::command]
pub async fn dismiss_article(
    state: State<'_, AppState>,
    id: i64,
    article: i64,
) -> Reply<Vec<Change>> {
    state
        .store()?
        .dismiss_article(id, article, &now_iso())
        .map_err(msg)
}

/// Undoes `dismiss_article`.
#[tauri::command]
pub async fn restore_article(
    state: State<'_, AppState>,
    id: i64,
    article: i64,
) -> Reply<Vec<Change>> {
    state
        .store()?
        .restore_article(id, article, &now_iso())
        .map_err(msg)
}

/// The page calls this once its first watchlist paint is on screen. `make
/// bench` reads the line; with BENCH_EXIT_AFTER_PAINT=1 the app then exits.
#[tauri::command]
pub async fn report_first_paint(state: State<'_, AppState>, app: tauri::AppHandle) -> Reply<()> {
    let ms = state.started.elapsed().as_secs_f64() * 1000.0;
    if std::env::var_os("BENCH_EXIT_AFTER_PAINT").is_some_and(|v| v == "1") {
        println!("FIRST_PAINT_MS {ms:.1}");
        app.exit(0);
    } else if std::env::var_os("BENCH_IDLE").is_some() {
        println!("FIRST_PAINT_MS {ms:.1}");
    }
    Ok(())
}

/// The page's own timings for `make bench` (milliseconds): printed as one
/// line `BENCH <name> n=.. p50=.. p95=.. max=..`, then the app exits, unless
/// `more` says other lines follow.
#[tauri::command]
pub async fn report_bench(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    name: String,
    values: Vec<f64>,
    more: Option<bool>,
) -> Reply<()> {
    let last = more != Some(true);
    if let (true, Some(times)) = (last, &state.list_ms) {
        // The shell's own part of each list, for the breakdown (before the
        // last line, which ends the reading).
        let times = std::mem::take(&mut *times.lock().unwrap_or_else(|p| p.into_inner()));
        print_bench("search_shell_ms", times);
    }
    print_bench(&name, values);
    if last {
        app.exit(0);
    }
    Ok(())
}

fn print_bench(name: &str, values: Vec<f64>) {
    let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    let pick = |q: f64| {
        v.get(((v.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    println!(
        "BENCH {name} n={} p50={:.2} p95={:.2} max={:.2}",
        v.len(),
        pick(0.5),
        pick(0.95),
        pick(1.0)
    );
}

/// Opens an article in the system browser. Only http(s): a link from a feed
/// must never open a local file or run a handler for another scheme.
#[tauri::command]
pub async fn open_url(app: tauri::AppHandle, url: String) -> Reply<()> {
    use tauri_plugin_opener::OpenerExt;
    let lower = url.trim_start().to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(format!("not a web address, not opened: {url}"));
    }
    app.opener().open_url(url, None::<&str>).map_err(msg)
}

/// "Check now": polls every source at once, in the background.
#[tauri::command]
pub async fn check_now(refresher: State<'_, Arc<Refresher>>) -> Reply<()> {
    refresher.check_now();
    Ok(())
}

#[tauri::command]
pub async fn cancel_refresh(refresher: State<'_, Arc<Refresher>>) -> Reply<()> {
    refresher.cancel();
    Ok(())
}

#[tauri::command]
pub async fn refresh_state(refresher: State<'_, Arc<Refresher>>) -> Reply<RefreshState> {
    Ok(refresher.state())
}

/// "Add an article": reads pasted text, a dropped file's contents or a URL,
/// and returns what the extractor found, without saving anything.
#[tauri::command]
pub async fn preview_article(
    state: State<'_, AppState>,
    id: i64,
    input: ArticleInput,
) -> Reply<Preview> {
    let title = state.store()?.get_title(id).map_err(msg)?;
    manual::preview(&title, input, FetchConfig::default())
        .await
        .map_err(msg)
}

/// Saves an article previewed with `preview_article`.
#[tauri::command]
pub async fn save_article(
    state: State<'_, AppState>,
    app: tauri::AppHandle,
    preview: Preview,
) -> Reply<RecordOutcome> {
    let outcome = manual::save(&mut *state.store()?, &preview).map_err(msg)?;
    if !outcome.changes.is_empty() {
        use tauri::Emitter;
        let _ = app.emit("titles-changed", &outcome.changes);
    }
    Ok(outcome)
}

#[tauri::command]
pub async fn list_sources(state: State<'_, AppState>) -> Reply<Vec<Source>> {
    state.store()?.list_sources().map_err(msg)
}

#[tauri::command]
pub async fn add_source(
    state: State<'_, AppState>,
    url: String,
    name: Option<String>,
) -> Reply<Source> {
    state
        .store()?
        .add_source(NewSource {
            url,
            name,
            kind: None,
        })
        .map_err(msg)
}

#[tauri::command]
pub async fn remove_source(state: State<'_, AppState>, id: i64) -> Reply<Source> {
    state.store()?.remove_source(id).map_err(msg)
}

#[tauri::command]
pub async fn set_source_enabled(
    state: State<'_, AppState>,
    id: i64,
    enabled: bool,
) -> Reply<Source> {
    state.store()?.set_source_enabled(id, enabled).map_err(msg)
}

/// How often the news is read, in hours (1 to 168).
#[tauri::command]
pub async fn get_refresh_interval(state: State<'_, AppState>) -> Reply<u64> {
    let value = state.store()?.setting(INTERVAL_SETTING).map_err(msg)?;
    Ok(value.and_then(|v| v.as_u64()).unwrap_or(6))
}

#[tauri::command]
pub async fn set_refresh_interval(state: State<'_, AppState>, hours: u64) -> Reply<u64> {
    if !(1..=168).contains(&hours) {
        return Err(format!(
            "{hours} hours is not a refresh interval: choose 1 to 168 (7 days)"
        ));
    }
    state
        .store()?
        .set_setting(INTERVAL_SETTING, &serde_json::json!(hours))
        .map_err(msg)?;
    Ok(hours)
}

// ---- notifications and life in the background ----

/// Everything the settings panel's notification section shows.
#[derive(Serialize)]
pub struct NotificationSettings {
    #[serde(flatten)]
    alerts: sequel_radar_core::alerts::AlertSettings,
    keep_running: bool,
    autostart: bool,
}

#[tauri::command]
pub async fn get_notification_settings(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> Reply<NotificationSettings> {
    let alerts = sequel_radar_core::alerts::AlertSettings::load(&*state.store()?).map_err(msg)?;
    let background = crate::background::settings(&app)?;
    Ok(NotificationSettings {
        alerts,
        keep_running: background.keep_running,
        autostart: background.autostart,
    })
}

/// Saves the switches, quiet hours and pause; what a resume or a switch lets
/// through goes out at once.
#[tauri::command]
pub async fn set_notification_settings(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    settings: sequel_radar_core::alerts::AlertSettings,
) -> Reply<NotificationSettings> {
    {
        let mut store = state.store()?;
        settings.save(&mut store).map_err(msg)?;
        crate::notify::deliver(&app, &mut store);
    }
    get_notification_settings(app, state).await
}

#[tauri::command]
pub async fn set_keep_running(state: State<'_, AppState>, on: bool) -> Reply<bool> {
    let mut store = state.store()?;
    sequel_radar_core::alerts::set_keep_running(&mut store, on).map_err(msg)?;
    Ok(on)
}

/// Start at login; returns what the system reports after the change.
#[tauri::command]
pub async fn set_autostart(app: tauri::AppHandle, on: bool) -> Reply<bool> {
    crate::background::set_autostart(&app, on)
}

/// "While you were away": changes older than a week, never popped up.
#[tauri::command]
pub async fn away_list(
    state: State<'_, AppState>,
) -> Reply<Vec<sequel_radar_core::alerts::AwayEntry>> {
    sequel_radar_core::alerts::away(&*state.store()?).map_err(msg)
}

#[tauri::command]
pub async fn clear_away(state: State<'_, AppState>) -> Reply<()> {
    sequel_radar_core::alerts::clear_away(&mut *state.store()?).map_err(msg)
}

/// Reads an export file the user picked (sent as raw bytes, its name in the
/// `x-file-name` header) and says what importing it would do, writing nothing.
#[tauri::command]
pub async fn import_preview(
    state: State<'_, AppState>,
    request: tauri::ipc::Request<'_>,
) -> Reply<import::Preview> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err("no file was sent to import".into());
    };
    let header = |key: &str| {
        request
            .headers()
            .get(key)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let name = header("x-file-name").unwrap_or_else(|| "the file".into());
    let format = match header("x-format").filter(|f| !f.is_empty() && f != "auto") {
        Some(f) => Some(f.parse::<import::Format>().map_err(msg)?),
        None => None,
    };
    let preview =
        import::preview(import::Input::Bytes { name: &name, bytes }, format).map_err(msg)?;
    import::compare(&*state.store()?, preview).map_err(msg)
}

/// The import being written, so that "Cancel" can stop it.
static IMPORT_CANCEL: std::sync::Mutex<Option<import::CancellationToken>> =
    std::sync::Mutex::new(None);

/// Test-only slow-down: `SEQUEL_RADAR_IMPORT_PAUSE_MS` pauses that long after
/// each progress report, so an end-to-end test sees "n of m" and presses
/// Cancel mid-import instead of racing a fast commit. Unset in normal use.
fn import_pause() -> Option<std::time::Duration> {
    std::env::var("SEQUEL_RADAR_IMPORT_PAUSE_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| *ms > 0)
        .map(std::time::Duration::from_millis)
}

/// Imports what `import_preview` showed, in one transaction, telling the
/// window how far it got (`import-progress` events, n of m titles). Cancel
/// (`import_cancel`) rolls it back: nothing is written.
#[tauri::command]
pub async fn import_commit(
    app: tauri::AppHandle,
    preview: import::Preview,
) -> Reply<import::ImportReport> {
    use tauri::{Emitter, Manager};
    let token = import::CancellationToken::new();
    *IMPORT_CANCEL.lock().unwrap_or_else(|p| p.into_inner()) = Some(token.clone());
    let pause = import_pause();
    // A long write on the blocking pool, so the async workers stay free.
    let done = tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let mut store = state.store()?;
        let progress = |p: import::Progress| {
            let _ = app.emit("import-progress", p);
            if let Some(pause) = pause {
                std::thread::sleep(pause);
            }
        };
        import::commit_with(&mut store, &preview, &progress, &token).map_err(msg)
    })
    .await
    .map_err(msg);
    *IMPORT_CANCEL.lock().unwrap_or_else(|p| p.into_inner()) = None;
    done?
}

/// Stops the import being written, if any; it rolls back.
#[tauri::command]
pub async fn import_cancel() -> Reply<()> {
    if let Some(token) = IMPORT_CANCEL
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
    {
        token.cancel();
    }
    Ok(())
}
