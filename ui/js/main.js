// Start-up and wiring: the watchlist on the left, the selected title on the
// right, the add form, remove with undo, and the keyboard.

import * as api from "./api.js";
import { Watchlist } from "./watchlist.js";
import { STATUS } from "./dom.js";

// The title page, settings, import and notifications are fetched on first use
// or after the first paint: each module is a request the window would
// otherwise wait for before it shows the list. A module is fetched once;
// later imports get the same one.
const titleView = () => import("./title.js");
const notifications = () => import("./notifications.js");

const $ = (id) => document.getElementById(id);
const UNDO_MS = 6000;

const detail = $("detail");
let openId = null;
let toastTimer = null;

const list = new Watchlist({
  viewport: $("list-viewport"),
  list: $("watchlist"),
  count: $("count"),
  onOpen: (id) => openTitle(id),
  onRemove: (title) => remove(title),
});

async function openTitle(id) {
  openId = id;
  if (list.selected !== id) {
    // Opened from elsewhere (a notification, the tray): highlight its row too.
    list.selected = id;
    list.render();
  }
  try {
    const [d, { renderTitle }] = await Promise.all([api.getTitle(id), titleView()]);
    if (openId !== id) return;
    renderTitle(detail, d, {
      onRemove: remove,
      onChanged: async (t) => {
        await list.reload();
        openTitle(t.id);
      },
      onDismiss: dismiss,
      onRestore: restore,
    });
    list.markSeen(id);
  } catch (e) {
    showError(e.message);
  }
}

async function showError(message) {
  const { renderError } = await titleView();
  renderError(detail, message);
}

async function showWelcome() {
  openId = null;
  const { renderWelcome } = await titleView();
  // Something else may have opened meanwhile.
  if (openId === null) renderWelcome(detail, { empty: list.total === 0 && !list.query.search });
}

// Add form ------------------------------------------------------------------

const form = $("add-form");
const addError = $("add-error");

function setAddError(message) {
  addError.textContent = message;
  $("add-name").setAttribute("aria-invalid", message ? "true" : "false");
}

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const name = $("add-name").value.trim();
  if (!name) {
    setAddError("Type the name of a film or series first.");
    $("add-name").focus();
    return;
  }
  const yearText = $("add-year").value.trim();
  if (yearText && !/^\d{4}$/.test(yearText)) {
    setAddError("The year is four digits, like 2022 (or leave it empty).");
    $("add-year").focus();
    return;
  }
  const title = {
    name,
    year: yearText ? Number(yearText) : null,
    kind: $("add-kind").value,
    platform: $("add-platform").value.trim() || null,
  };
  $("add-submit").disabled = true;
  try {
    const added = await api.addTitle(title);
    setAddError("");
    form.reset();
    await list.reload();
    list.selected = added.id;
    list.render();
    openTitle(added.id);
    $("add-name").focus();
  } catch (err) {
    setAddError(err.message);
  } finally {
    $("add-submit").disabled = false;
  }
});

$("add-name").addEventListener("input", () => { if (addError.textContent) setAddError(""); });

// Remove with undo ----------------------------------------------------------

async function remove(title) {
  try {
    await api.removeTitle(title.id);
  } catch (err) {
    showToast(`Could not remove “${title.name}”: ${err.message}`, null);
    return;
  }
  if (openId === title.id) showWelcome();
  await list.reload();
  if (openId === null) showWelcome();
  showToast(`Removed “${title.name}”`, async () => {
    try {
      const back = await api.undoRemove(title.id);
      await list.reload();
      list.selected = back.id;
      list.render();
      openTitle(back.id);
    } catch (err) {
      showToast(`Could not bring back “${title.name}”: ${err.message}`, null);
    }
  });
}

// Dismiss a misread article, with undo -----------------------------------

// The list and the open page after a dismissal or a restore; a failure here
// (the store busy) leaves the page as it was, and the toast still tells.
async function reread(t) {
  try {
    await list.reload();
    if (openId === t.id) await openTitle(t.id);
  } catch (err) {
    console.error(err);
  }
}

// What the page says now, for the toast: the change, or that nothing moved.
function outcome(changes) {
  const c = changes.find((x) => x.to);
  return c ? `now ${(STATUS[c.to] || STATUS.unknown).label}` : "the status is unchanged";
}

// What was set aside, in the toast: a quote's article by its speaker (the
// quote's outlet is whom they told, not always the article's).
const from = (e) => (e.speaker ? `the article quoting ${e.speaker}` : e.outlet ? `the ${e.outlet} article` : "the article");

async function dismiss(t, e) {
  let changes;
  try {
    changes = await api.dismissArticle(t.id, e.article_id);
  } catch (err) {
    showToast(`Could not dismiss it: ${err.message}`, null);
    return;
  }
  await reread(t);
  showToast(`Dismissed ${from(e)}: ${outcome(changes)}`, async () => {
    try {
      await api.restoreArticle(t.id, e.article_id);
    } catch (err) {
      showToast(`Could not bring it back: ${err.message}`, null);
      return;
    }
    await reread(t);
  });
  // The button pressed is gone with the page drawn again: the keyboard goes
  // on from Undo, the next thing one may want.
  $("toast-undo").focus();
}

async function restore(t, e) {
  let changes;
  try {
    changes = await api.restoreArticle(t.id, e.article_id);
  } catch (err) {
    showToast(`Could not restore it: ${err.message}`, null);
    return;
  }
  await reread(t);
  showToast(`Restored ${from(e)}: ${outcome(changes)}`, null);
}

function showToast(text, undo) {
  const toast = $("toast");
  $("toast-text").textContent = text;
  const button = $("toast-undo");
  button.hidden = !undo;
  button.onclick = undo ? () => { hideToast(); undo(); } : null;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(hideToast, UNDO_MS);
}

function hideToast() {
  $("toast").hidden = true;
  $("toast-undo").onclick = null;
}

// Search and sort -----------------------------------------------------------

$("search").addEventListener("input", (e) => {
  // Writing scrollTop lays the page out first; most keystrokes are at the top already.
  if (list.viewport.scrollTop !== 0) list.viewport.scrollTop = 0;
  list.reload({ search: e.target.value.trim() }).then(() => { if (openId === null) showWelcome(); });
});
document.querySelectorAll(".chip").forEach((chip) => chip.addEventListener("click", () => {
  const on = chip.getAttribute("aria-pressed") !== "true";
  chip.setAttribute("aria-pressed", String(on));
  const filters = new Set(list.query.filters);
  if (on) filters.add(chip.dataset.filter); else filters.delete(chip.dataset.filter);
  list.viewport.scrollTop = 0;
  list.reload({ filters });
}));
$("sort").addEventListener("change", (e) => list.reload({ sort: e.target.value }));

// Keyboard: / search, n new title, Escape leaves a field or closes the toast.
document.addEventListener("keydown", (e) => {
  const typing = e.target.closest("input, select, textarea");
  if (e.key === "Escape") {
    if (!$("toast").hidden) hideToast();
    if (typing) {
      if (e.target.id === "search" && e.target.value) {
        e.target.value = "";
        e.target.dispatchEvent(new Event("input"));
      } else {
        e.target.blur();
      }
    }
    return;
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "/") { $("search").focus(); e.preventDefault(); }
  else if (e.key === "n") { $("add-name").focus(); e.preventDefault(); }
  else if (e.key === "ArrowDown" && !e.target.closest("#watchlist")) { list.focus(); e.preventDefault(); }
});

// Background refresh: how it goes, and what changed ---------------------------

function ago(iso) {
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60000);
  if (!Number.isFinite(minutes)) return "";
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(iso).toLocaleDateString();
}

function showRefresh(s) {
  const text = $("refresh-text");
  const bar = $("refresh-progress");
  $("refresh-cancel").hidden = !s.running;
  $("check-now").hidden = s.running;
  bar.hidden = !s.running || !s.total;
  if (s.running) {
    text.textContent = s.total ? `Checking ${s.done} of ${s.total} sources…` : "Checking the news…";
    bar.max = Math.max(1, s.total);
    bar.value = s.done;
  } else if (s.offline_since) {
    text.textContent = `Offline since ${new Date(s.offline_since).toLocaleString()}`;
  } else if (s.last_run_at) {
    const failed = s.errors && s.errors.length ? ` · ${s.errors.length} source${s.errors.length === 1 ? "" : "s"} failed` : "";
    text.textContent = `Checked ${ago(s.last_run_at)}${failed}`;
    text.title = (s.errors || []).map((e) => `${e.source}: ${e.message}`).join("\n");
  } else {
    text.textContent = "Not checked yet";
  }
}

$("open-import").addEventListener("click", async () => {
  const { openImport } = await import("./importer.js");
  openImport(async (report) => {
    await list.reload();
    if (openId === null) showWelcome();
    showToast(`Imported ${report.added} new title${report.added === 1 ? "" : "s"}${report.updated ? `, updated ${report.updated}` : ""}`, null);
  });
});
// notifications.js fills its part of the dialog: loaded first so it sees it.
$("open-settings").addEventListener("click", () => notifications()
  .then(() => import("./settings.js"))
  .then(({ openSettings }) => openSettings())
  .catch(() => {}));
$("check-now").addEventListener("click", () => api.checkNow().catch(() => {}));
$("refresh-cancel").addEventListener("click", () => api.cancelRefresh().catch(() => {}));

// What the shell tells the window in the background. Wired after the first
// paint so the list's own requests go first; the refresh waits 2 s after
// launch, and each part reads its current state after it listens.
async function listenToTheShell() {
  api.listen("refresh-state", showRefresh);
  api.listen("titles-changed", async () => {
    await list.reload();
    if (openId !== null) openTitle(openId);
  });
  // Another program wrote to the store (the command line, say): the list
  // follows; the open title page is left alone so nothing jumps under the reader.
  api.listen("store-changed", async () => {
    await list.reload();
    if (openId === null) showWelcome();
  });
  api.refreshState().then(showRefresh).catch(() => {});
  // A notification click or the tray's "What's new" opens a title page.
  const { initNotifications } = await notifications();
  initNotifications((id) => openTitle(id));
}

// Start ---------------------------------------------------------------------

async function start() {
  // The list is asked for at once, not after app_info's round trip; when the
  // store could not be opened it fails and the startup error is shown instead.
  const listed = list.reload().then(() => null, (err) => err);
  let info = null;
  let first = null;
  try {
    info = await api.appInfo();
  } catch (err) {
    await showError(err.message);
  }
  if (info && info.startup_error) {
    await showError(info.startup_error);
    form.querySelectorAll("input, select, button").forEach((el) => { el.disabled = true; });
  } else {
    const err = await listed;
    if (err) await showError(err.message);
    // Open on the title with the latest change, like a mail client opens
    // on the newest message; an empty list gets the welcome instead.
    first = list.rowAt(0);
    if (first) {
      list.selected = first.id;
      list.activeIndex = 0;
      list.render();
    } else {
      await showWelcome();
    }
  }
  // Two frames: the list is laid out and painted before we call it "ready".
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.ready = "1";
    api.reportFirstPaint().catch(() => {});
    // Its page comes a moment after the list, so the list is not held up by
    // a second request, two modules and the page's layout.
    if (first && openId === null) openTitle(first.id);
    listenToTheShell().catch(() => {});
    if (info && info.bench_search) benchSearch();
  }));
}

// `make bench`: time each keystroke of a search in the real webview, from the
// input event (typed into the search box, so main.js's own handler runs) to
// the list's new rows in the DOM and laid out: the IPC, the query and the
// render, everything the page does before the frame can show the answer.
// Keys come at a fast typist's pace (one per 100 ms, the measure the goal is
// about) and, in alternate rounds, back to back, one per frame (a burst no
// one types, where each key meets the painting of the one before).
async function benchSearch() {
  const search = $("search");
  const words = ["t", "ti", "tit", "titl", "title", "title 4", "title 42", "title 421", "title 42", "title 4", "title", "s", "se", "seq"];
  const times = [], answers = [], renders = [], trips = [], burst = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let round = 0; round < 8; round++) {
    const typing = round % 2 === 0;
    for (const w of words) {
      // With the 40 ms before the round trip below: one key per ~100 ms.
      if (typing) await new Promise((r) => setTimeout(r, 60));
      const t0 = performance.now();
      search.value = w;
      search.dispatchEvent(new Event("input"));
      await list.settled.catch(() => {});
      void list.list.offsetHeight; // forces the layout of the new rows
      const took = performance.now() - t0;
      if (typing) {
        times.push(took);
        answers.push(list.timing.answer);
        renders.push(list.timing.render);
      } else {
        burst.push(took);
      }
      await frame();
      if (typing) {
        // The floor under the next answer, in the same conditions: a round
        // trip to the shell that does nothing, between two keys.
        await new Promise((r) => setTimeout(r, 40));
        const c0 = performance.now();
        await api.appInfo();
        trips.push(performance.now() - c0);
      }
    }
  }
  // The parts first (the app stays open), the whole last (the app exits).
  await api.reportBench("search_ipc_ms", trips, true);
  await api.reportBench("search_answer_ms", answers, true);
  await api.reportBench("search_render_ms", renders, true);
  await api.reportBench("search_burst_ms", burst, true);
  api.reportBench("search_keystroke_ms", times);
}

start();
