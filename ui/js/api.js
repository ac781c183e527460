// The UI's only way to the engine: one function per shell command. Keeping the
// transport here means the rest of the UI never touches Tauri directly.

const invoke = (cmd, args) => {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    return Promise.reject(new Error("The app's engine is not reachable (not running inside Sequel Radar)."));
  }
  return tauri.core.invoke(cmd, args).catch((e) => {
    // Commands reject with the engine's message as a plain string.
    throw new Error(typeof e === "string" ? e : (e && e.message) || String(e));
  });
};

export const appInfo = () => invoke("app_info");
// From memory on the shell's UI thread when it can answer at once (search as
// you type), else from the worker that may read SQL.
export const listTitles = async (query) =>
  (await invoke("list_titles_now", { query })) ?? invoke("list_titles", { query });
export const addTitle = (title) => invoke("add_title", { title });
export const editTitle = (id, edit) => invoke("edit_title", { id, edit });
export const removeTitle = (id) => invoke("remove_title", { id });
export const undoRemove = (id) => invoke("undo_remove", { id });
export const getTitle = (id) => invoke("get_title", { id });
export const dismissArticle = (id, article) => invoke("dismiss_article", { id, article });
export const restoreArticle = (id, article) => invoke("restore_article", { id, article });
export const reportFirstPaint = () => invoke("report_first_paint");

export const listen = (event, handler) => {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.event) return Promise.resolve(() => {});
  return tauri.event.listen(event, (e) => handler(e.payload));
};
export const openUrl = (url) => invoke("open_url", { url });
export const checkNow = () => invoke("check_now");
export const cancelRefresh = () => invoke("cancel_refresh");
export const refreshState = () => invoke("refresh_state");
export const previewArticle = (id, input) => invoke("preview_article", { id, input });
export const saveArticle = (preview) => invoke("save_article", { preview });
export const listSources = () => invoke("list_sources");
export const addSource = (url, name) => invoke("add_source", { url, name });
export const removeSource = (id) => invoke("remove_source", { id });
export const setSourceEnabled = (id, enabled) => invoke("set_source_enabled", { id, enabled });
export const getRefreshInterval = () => invoke("get_refresh_interval");
export const setRefreshInterval = (hours) => invoke("set_refresh_interval", { hours });
export const getNotificationSettings = () => invoke("get_notification_settings");
export const setNotificationSettings = (settings) => invoke("set_notification_settings", { settings });
export const setKeepRunning = (on) => invoke("set_keep_running", { on });
export const setAutostart = (on) => invoke("set_autostart", { on });
export const awayList = () => invoke("away_list");
export const clearAway = () => invoke("clear_away");
export const reportBench = (name, values, more = false) => invoke("report_bench", { name, values, more });
