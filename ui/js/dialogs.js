// Dialogs of the title page: edit a title, add an article by hand. Each
// builds its own <dialog>, so nothing lingers in the DOM after it closes.

import * as api from "./api.js";
import { h, STATUS } from "./dom.js";

function openDialog(titleText, body, actions, cls = "") {
  const error = h("p", { class: "form-error", role: "alert" });
  const dialog = h("dialog", { class: `dialog ${cls}`.trim(), "aria-label": titleText },
    h("form", { method: "dialog", class: "dialog-form" },
      h("h2", { text: titleText }), body, error,
      h("div", { class: "dialog-actions" }, actions)));
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, error };
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", { text: label }), input);
}

export function editTitle(title, onSaved) {
  const name = h("input", { type: "text", value: title.name, required: true, maxlength: 300 });
  const year = h("input", { type: "text", inputmode: "numeric", maxlength: 4, value: title.year ?? "" });
  const kind = h("select", {}, h("option", { value: "movie", text: "Film" }), h("option", { value: "series", text: "Series" }));
  kind.value = title.kind;
  const platform = h("input", { type: "text", value: title.platform ?? "", maxlength: 100 });
  const watch = h("select", {},
    h("option", { value: "want_to_watch", text: "Want to watch" }),
    h("option", { value: "watching", text: "Watching" }),
    h("option", { value: "watched", text: "Watched" }));
  watch.value = title.watch_state;
  const aliases = h("textarea", { rows: 3, placeholder: "One per line, e.g. Corazones Malheridos" });
  aliases.value = (title.aliases || []).join("\n");
  const notes = h("textarea", { rows: 3 });
  notes.value = title.notes ?? "";
  const save = h("button", { type: "submit", class: "primary", value: "save", text: "Save" });
  const cancel = h("button", { type: "button", text: "Cancel" });
  const { dialog, error } = openDialog(`Edit ${title.name}`,
    h("div", { class: "field-grid" },
      field("Name", name), field("Year", year), field("Kind", kind), field("Platform", platform),
      field("Watch state", watch), field("Other names the news may use", aliases), field("Notes", notes)),
    [cancel, save]);
  cancel.addEventListener("click", () => dialog.close());
  save.addEventListener("click", async (e) => {
    e.preventDefault();
    const y = year.value.trim();
    if (y && !/^\d{4}$/.test(y)) { error.textContent = "The year is four digits, like 2022 (or leave it empty)."; return; }
    try {
      const saved = await api.editTitle(title.id, {
        name: name.value,
        year: y ? Number(y) : null,
        kind: kind.value,
        platform: platform.value.trim() || null,
        watch_state: watch.value,
        aliases: aliases.value.split("\n").map((a) => a.trim()).filter(Boolean),
        notes: notes.value.trim() || null,
      });
      dialog.close();
      onSaved(saved);
    } catch (err) {
      error.textContent = err.message;
    }
  });
}

function previewView(p) {
  const x = p.extraction;
  const status = STATUS[x.status] || STATUS.unknown;
  return h("div", { class: "preview" },
    h("p", {}, h("strong", { text: "Found: " }),
      x.mentioned ? `${x.next || "the next installment"} — ${status.label}` : "this article does not mention the title"),
    x.release ? h("p", { text: `Release: ${x.release}` }) : null,
    x.evidence ? h("h3", { text: "Why" }) : null,
    x.evidence ? h("blockquote", { class: "sentence", text: x.evidence }) : null,
    x.quotes.length ? h("h3", { text: `What they said (${x.quotes.length})` }) : null,
    x.quotes.length ? h("ul", { class: "preview-quotes" }, x.quotes.map((q) =>
      h("li", {}, h("span", { text: `“${q.text}”` }), h("span", { class: "muted", text: ` — ${q.speaker}${q.role ? `, ${q.role}` : ""}` })))) : null);
}

export function addArticle(title, onSaved) {
  const text = h("textarea", { rows: 8, "aria-label": "The article's text or web address", placeholder: "Paste the article's text or its web address (https://…), or drop a saved .html or .txt file here" });
  const out = h("div", { class: "preview-area", "aria-live": "polite" });
  const read = h("button", { type: "button", text: "Read it" });
  const save = h("button", { type: "submit", class: "primary", value: "save", text: "Save to this title", disabled: true });
  const cancel = h("button", { type: "button", text: "Cancel" });
  let preview = null;
  const { dialog, error } = openDialog(`Add an article to ${title.name}`,
    h("div", {}, text, out), [cancel, read, save], "wide");
  cancel.addEventListener("click", () => dialog.close());
  text.addEventListener("input", () => { preview = null; save.disabled = true; });
  text.addEventListener("dragover", (e) => e.preventDefault());
  text.addEventListener("drop", async (e) => {
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    if (file.size > 5 * 1024 * 1024) { error.textContent = `${file.name} is larger than 5 MB: not an article.`; return; }
    text.value = await file.text();
    text.dispatchEvent(new Event("input"));
  });
  read.addEventListener("click", async () => {
    const value = text.value.trim();
    error.textContent = "";
    if (!value) { error.textContent = "Paste the article's text or address first."; return; }
    const input = /^https?:\/\/\S+$/i.test(value) ? { kind: "url", value } : { kind: "text", value };
    read.disabled = true;
    out.textContent = input.kind === "url" ? "Fetching the page…" : "Reading…";
    try {
      preview = await api.previewArticle(title.id, input);
      out.replaceChildren(previewView(preview));
      save.disabled = false;
    } catch (err) {
      out.textContent = "";
      error.textContent = err.message;
    } finally {
      read.disabled = false;
    }
  });
  save.addEventListener("click", async (e) => {
    e.preventDefault();
    if (!preview) return;
    try {
      const outcome = await api.saveArticle(preview);
      dialog.close();
      onSaved(outcome);
    } catch (err) {
      error.textContent = err.message;
    }
  });
}
