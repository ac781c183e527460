// "Import a list": pick an export from Letterboxd, IMDb, Trakt, TV Time or a
// Sequel Radar backup, see what it would do, then import it in one go.

import { h } from "./dom.js";

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
  let preview = null;
  const dialog = h("dialog", { class: "dialog", "aria-label": "Import a list" },
    h("div", { class: "dialog-form" },
      h("h2", { text: "Import a list" }),
      h("p", { class: "muted small", text: "Letterboxd (the export ZIP or watchlist.csv), IMDb (list, watchlist or ratings CSV), Trakt (the export ZIP or JSON), TV Time (the GDPR export) or a Sequel Radar backup. You see what it would do before anything changes." }),
      h("div", { class: "add-source" }, file, format), out, error,
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
  cancel.addEventListener("click", () => dialog.close());
  go.addEventListener("click", async () => {
    if (!preview) return;
    go.disabled = true;
    try {
      const report = await commit(preview);
      dialog.close();
      onDone(report);
    } catch (e) {
      error.textContent = e.message;
      go.disabled = false;
    }
  });
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
