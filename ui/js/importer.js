// "Import a list": pick an export from Letterboxd, IMDb, Trakt, TV Time or a
// Sequel Radar backup, see what it would do, then import it in one go.

import { h } from "./dom.js";
import { listen } from "./api.js";

function invokeRaw(cmd, bytes, headers) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) return Promise.reject(new Error("The app's engine is not reachable."));
  return tauri.core.invoke(cmd, bytes, { headers }).catch((e) => {
    throw new Error(typeof e === "string" ? e : (e && e.message) || String(e));
  });
}

const commit = (preview) => window.__TAURI__.core.invoke("import_commit", { preview }).catch((e) => {
  throw new Error(typeof e === "string" ? e : String(e));
});

const cancelImport = () => window.__TAURI__.core.invoke("import_cancel").catch(() => {});

const count = (n) => n.toLocaleString("en");

const MAX_BYTES = 200 * 1024 * 1024;

function summary(p) {
  const list = (items, label) => items.length
    ? h("details", {}, h("summary", { text: `${items.length} ${label}` }),
      h("ul", { class: "import-list" }, items.slice(0, 200).map((text) => h("li", { text }))))
    : null;
  const year = (e) => (e.year ? ` (${e.year})` : "");
  return h("div", { class: "import-summary" },
    h("p", {}, h("strong", { text: `${p.new.length} new` }),
      ` · ${p.present.length} already on your watchlist · ${p.skipped.length} skipped`),
    list(p.new.map((e) => `${e.name}${year(e)}`), "to add"),
    list(p.present.map((x) => `${x.title}${x.changes.length ? ` — ${x.changes.join(", ")}` : ""}`), "already there"),
    list(p.skipped.map((s) => `${s.file}${s.place ? ` ${JSON.stringify(s.place).replace(/[{}"]/g, "")}` : ""}: ${s.reason}`), "skipped, with reasons"));
}

export function openImport(onDone) {
  const file = h("input", { type: "file", id: "import-file", "aria-label": "The exported list", accept: ".csv,.zip,.json,.txt" });
  const format = h("select", { id: "import-format", "aria-label": "Format" },
    [["auto", "Recognise the format"], ["letterboxd", "Letterboxd"], ["imdb", "IMDb"], ["trakt", "Trakt"],
      ["tvtime", "TV Time"], ["backup", "Sequel Radar backup"]].map(([v, t]) => h("option", { value: v, text: t })));
  const out = h("div", { "aria-live": "polite" });
  const error = h("p", { class: "form-error", role: "alert" });
  const go = h("button", { type: "button", class: "primary", id: "import-go", text: "Import", disabled: true });
  const cancel = h("button", { type: "button", text: "Cancel" });
  // While the import is written: a bar and "n of m", Cancel stops it.
  const bar = h("progress", { id: "import-progress", max: 1, value: 0, "aria-label": "Import progress" });
  const barText = h("span", { id: "import-progress-text", class: "small" });
  const busy = h("div", { class: "import-progress", role: "status", hidden: true }, bar, " ", barText);
  let preview = null;
  let importing = false;
  const dialog = h("dialog", { class: "dialog", "aria-label": "Import a list" },
    h("div", { class: "dialog-form" },
      h("h2", { text: "Import a list" }),
      h("p", { class: "muted small", text: "Letterboxd (the export ZIP or watchlist.csv), IMDb (list, watchlist or ratings CSV), Trakt (the export ZIP or JSON), TV Time (the GDPR export) or a Sequel Radar backup. You see what it would do before anything changes." }),
      h("div", { class: "add-source" }, file, format), out, busy, error,
      h("div", { class: "dialog-actions" }, cancel, go)));
  const read = async () => {
    preview = null;
    go.disabled = true;
    error.textContent = "";
    out.textContent = "";
    const f = file.files && file.files[0];
    if (!f) return;
    if (f.size > MAX_BYTES) { error.textContent = `${f.name} is larger than 200 MB: not a list export.`; return; }
    out.textContent = `Reading ${f.name}…`;
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      preview = await invokeRaw("import_preview", bytes, { "x-file-name": f.name, "x-format": format.value });
      out.replaceChildren(summary(preview));
      go.disabled = preview.new.length + preview.present.length === 0 && !preview.backup;
      go.textContent = preview.new.length ? `Import ${preview.new.length} title${preview.new.length === 1 ? "" : "s"}` : "Import";
    } catch (e) {
      out.textContent = "";
      error.textContent = e.message;
    }
  };
  file.addEventListener("change", read);
  format.addEventListener("change", read);
  const showProgress = (p) => {
    if (!importing) return;
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
    barText.textContent = `Importing ${count(p.done)} of ${count(p.total)} titles…`;
  };
  const stopListening = listen("import-progress", showProgress).catch(() => () => {});
  cancel.addEventListener("click", () => {
    if (importing) {
      cancel.disabled = true;
      barText.textContent = "Cancelling…";
      cancelImport();
    } else {
      dialog.close();
    }
  });
  // Escape during the import cancels it rather than hiding it half done.
  dialog.addEventListener("cancel", (e) => {
    if (importing) {
      e.preventDefault();
      cancel.click();
    }
  });
  go.addEventListener("click", async () => {
    if (!preview) return;
    go.disabled = true;
    file.disabled = true;
    format.disabled = true;
    error.textContent = "";
    importing = true;
    const total = preview.new.length + preview.present.length;
    showProgress({ done: 0, total });
    busy.hidden = false;
    try {
      const report = await commit(preview);
      importing = false;
      dialog.close();
      onDone(report);
    } catch (e) {
      importing = false;
      busy.hidden = true;
      cancel.disabled = false;
      file.disabled = false;
      format.disabled = false;
      error.textContent = /was cancelled/.test(e.message)
        ? "Import cancelled: nothing was changed. Import again to add the titles."
        : e.message;
      go.disabled = false;
    }
  });
  dialog.addEventListener("close", () => {
    stopListening.then((stop) => stop());
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
}
