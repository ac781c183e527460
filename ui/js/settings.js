// Settings: news sources, how often to check, where the data lives, about.

import * as api from "./api.js";
import { h, formatDate } from "./dom.js";

const INTERVALS = [[1, "Every hour"], [3, "Every 3 hours"], [6, "Every 6 hours"], [12, "Every 12 hours"],
  [24, "Once a day"], [72, "Every 3 days"], [168, "Once a week"]];

function sourceRow(s, refresh) {
  const state = s.failures > 0 && s.last_error
    ? h("span", { class: "source-error", text: `Failed ${formatDate(s.last_error_at)}: ${s.last_error}` })
    : h("span", { class: "muted", text: s.last_ok_at ? `Checked ${formatDate(s.last_ok_at)}` : "Not checked yet" });
  const enabled = h("input", { type: "checkbox", "aria-label": `Use ${s.name || s.url}` });
  enabled.checked = s.enabled;
  enabled.addEventListener("change", () => api.setSourceEnabled(s.id, enabled.checked).then(refresh).catch((e) => alert(e.message)));
  return h("li", { class: "source" },
    enabled,
    h("div", { class: "source-main" },
      h("strong", { text: s.name || (s.kind === "search" ? "News search" : s.url) }),
      h("span", { class: "muted small source-url", text: s.url }),
      state),
    h("button", { type: "button", class: "link-btn", "aria-label": `Remove ${s.name || s.url}`,
      onclick: () => api.removeSource(s.id).then(refresh).catch((e) => alert(e.message)) }, "Remove"));
}

export async function openSettings() {
  const list = h("ul", { class: "sources" });
  const error = h("p", { class: "form-error", role: "alert" });
  const refresh = async () => {
    try {
      const sources = await api.listSources();
      list.replaceChildren(...(sources.length ? sources.map((s) => sourceRow(s, refresh))
        : [h("li", { class: "muted", text: "No sources: add a feed below." })]));
    } catch (e) {
      error.textContent = e.message;
    }
  };
  const url = h("input", { type: "url", placeholder: "https://example.com/feed/", "aria-label": "Feed address" });
  const add = h("button", { type: "submit", text: "Add feed" });
  const addForm = h("form", { class: "add-source" }, url, add);
  addForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    try {
      await api.addSource(url.value.trim(), null);
      url.value = "";
      refresh();
    } catch (err) {
      error.textContent = err.message;
    }
  });
  const interval = h("select", { id: "refresh-interval" }, INTERVALS.map(([v, label]) => h("option", { value: v, text: label })));
  interval.value = String(await api.getRefreshInterval().catch(() => 6));
  interval.addEventListener("change", () => api.setRefreshInterval(Number(interval.value)).catch((e) => { error.textContent = e.message; }));
  const info = await api.appInfo().catch(() => ({}));
  const close = h("button", { type: "button", class: "primary", text: "Done" });
  const dialog = h("dialog", { class: "dialog settings", "aria-label": "Settings" },
    h("div", { class: "dialog-form" },
      h("h2", { text: "Settings" }),
      h("section", {}, h("h3", { text: "News sources" }), list, addForm, error),
      h("section", {}, h("h3", { text: "Checking" }),
        h("label", { class: "inline-field" }, "Check the news ", interval)),
      h("section", { id: "settings-extra" }),
      h("section", {}, h("h3", { text: "Your data" }),
        h("p", { class: "small" }, "Everything is kept in one file on this computer, in ", h("code", { text: info.data_dir || "?" }), ".")),
      h("section", {}, h("h3", { text: "About" }),
        h("p", { class: "small muted", text: `Sequel Radar ${info.version || ""}. MIT licence. Built with Tauri, SQLite and open-source crates under their own licences (MIT, Apache-2.0).` })),
      h("div", { class: "dialog-actions" }, close)));
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  await refresh();
  dialog.showModal();
}
