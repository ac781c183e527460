// Settings: news sources, how often to check, where the data lives, about.

import * as api from "./api.js";
import { h, formatDateTime } from "./dom.js";

const INTERVALS = [[1, "Every hour"], [3, "Every 3 hours"], [6, "Every 6 hours"], [12, "Every 12 hours"],
  [24, "Once a day"], [72, "Every 3 days"], [168, "Once a week"]];

// The licences a user is bound by or may want to know of: the app's own, and
// those of what it is built from (the Rust crates' licences, from
// `cargo metadata`; SQLite is compiled in; WebKitGTK is the system's).
const LICENCES = "Built with Tauri (MIT or Apache-2.0), SQLite (public domain) and Rust crates under the MIT, "
  + "Apache-2.0, BSD, ISC, Zlib, MPL-2.0 and Unicode licences; the web view is the system's WebKitGTK (LGPL-2.1).";

function sourceName(s) {
  return s.name || (s.kind === "search" ? "News search" : s.url);
}

// How the last check went, in words, next to the source.
function sourceState(s) {
  if (!s.enabled) return h("span", { class: "source-state muted small", text: "Off: not checked" });
  if (s.failures > 0 && s.last_error) {
    // The engine's message starts with the address, for the CLI and logs;
    // in the row that already shows the source it would only repeat it.
    const why = s.last_error.startsWith(`${s.url}: `) ? s.last_error.slice(s.url.length + 2) : s.last_error;
    return h("span", { class: "source-state source-error", text: `Could not be read ${formatDateTime(s.last_error_at)}: ${why}` });
  }
  return h("span", { class: "source-state muted small", text: s.last_ok_at ? `Checked ${formatDateTime(s.last_ok_at)}` : "Not checked yet" });
}

function sourceRow(s, refresh) {
  const problem = h("span", { class: "source-error", role: "alert" });
  const fail = (e) => { problem.textContent = e.message; };
  const enabled = h("input", { type: "checkbox", class: "source-enabled", "aria-label": `Use ${sourceName(s)}` });
  enabled.checked = s.enabled;
  enabled.addEventListener("change", () => api.setSourceEnabled(s.id, enabled.checked).then(refresh).catch((e) => {
    enabled.checked = !enabled.checked;
    fail(e);
  }));
  return h("li", { class: `source${s.enabled ? "" : " off"}`, dataset: { id: s.id } },
    enabled,
    h("div", { class: "source-main" },
      h("strong", { class: "source-name", text: sourceName(s) }),
      s.name || s.kind === "search" ? h("span", { class: "muted small source-url", text: s.url, title: s.url }) : null,
      sourceState(s),
      problem),
    h("button", { type: "button", class: "link-btn source-remove", "aria-label": `Remove ${sourceName(s)}`,
      onclick: () => api.removeSource(s.id).then(refresh).catch(fail) }, "Remove"));
}

export async function openSettings() {
  const list = h("ul", { class: "sources", "aria-label": "News sources" });
  const error = h("p", { class: "form-error", role: "alert" });
  const refresh = async () => {
    try {
      const sources = await api.listSources();
      // The rows are rebuilt after every check: keep the keyboard focus on the
      // same control of the same source, or a keyboard user is thrown out.
      const active = list.contains(document.activeElement) ? document.activeElement : null;
      const row = active && active.closest(".source");
      const control = active && (active.classList.contains("source-enabled") ? ".source-enabled" : ".source-remove");
      list.replaceChildren(...(sources.length ? sources.map((s) => sourceRow(s, refresh))
        : [h("li", { class: "muted empty-sources", text: "No sources: the news is not read. Add a feed below." })]));
      const again = row && [...list.querySelectorAll(".source")].find((li) => li.dataset.id === row.dataset.id);
      if (again) again.querySelector(control).focus();
    } catch (e) {
      error.textContent = e.message;
    }
  };
  const url = h("input", { id: "source-url", type: "url", placeholder: "https://example.com/feed/", "aria-label": "Feed address" });
  const add = h("button", { id: "source-add", type: "submit", text: "Add feed" });
  const addForm = h("form", { class: "add-source" }, url, add);
  addForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    try {
      await api.addSource(url.value.trim(), null);
      url.value = "";
      await refresh();
      // Read the new feed now, so the user sees at once whether it works.
      api.checkNow().catch(() => {});
    } catch (err) {
      error.textContent = err.message;
    }
  });
  const interval = h("select", { id: "refresh-interval" }, INTERVALS.map(([v, label]) => h("option", { value: v, text: label })));
  interval.value = String(await api.getRefreshInterval().catch(() => 6));
  interval.addEventListener("change", () => api.setRefreshInterval(Number(interval.value)).catch((e) => { error.textContent = e.message; }));
  const info = await api.appInfo().catch(() => ({}));
  const close = h("button", { type: "button", class: "primary", text: "Done" });
  const dialog = h("dialog", { class: "dialog settings", "aria-labelledby": "settings-h" },
    h("div", { class: "dialog-form" },
      h("h2", { id: "settings-h", text: "Settings" }),
      h("section", { "aria-labelledby": "sources-h" }, h("h3", { id: "sources-h", text: "News sources" }), list, addForm, error),
      h("section", { "aria-labelledby": "checking-h" }, h("h3", { id: "checking-h", text: "Checking" }),
        h("label", { class: "inline-field" }, "Check the news ", interval)),
      h("section", { id: "settings-extra" }),
      h("section", { "aria-labelledby": "data-h" }, h("h3", { id: "data-h", text: "Your data" }),
        h("p", { class: "small" }, "Everything is kept in one file on this computer, in ", h("code", { id: "data-dir", text: info.data_dir || "?" }), ".")),
      h("section", { id: "about", "aria-labelledby": "about-h" }, h("h3", { id: "about-h", text: "About" }),
        h("p", { class: "small" }, h("strong", { text: `Sequel Radar ${info.version || ""}` }), " · MIT licence"),
        h("p", { class: "small muted", text: LICENCES })),
      h("div", { class: "dialog-actions" }, close)));
  // The list follows the background refresh while the dialog is open: a
  // source just added shows "Checked …" or its error once it was read.
  let stopListening = null;
  api.listen("refresh-state", (s) => { if (!s.running) refresh(); }).then((stop) => {
    if (dialog.isConnected) stopListening = stop; else stop();
  });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (stopListening) stopListening();
    dialog.remove();
  });
  document.body.append(dialog);
  await refresh();
  dialog.showModal();
}
