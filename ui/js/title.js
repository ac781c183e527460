// The title page: what is coming next, how far along the ladder it is, who
// said what, and why we think so. Every string from the network is set as
// text; links open in the system browser and only for http(s).

import * as api from "./api.js";
import { h, clear, STATUS, statusBadge, kindLabel, formatDate, isWebUrl } from "./dom.js";
import { editTitle, addArticle } from "./dialogs.js";

const LADDER = ["rumored", "in_talks", "confirmed", "in_production", "release_date_set", "released"];
const WATCH = { want_to_watch: "Want to watch", watching: "Watching", watched: "Watched" };

export function renderWelcome(root, { empty }) {
  clear(root);
  root.append(h("section", { class: "welcome" },
    h("img", { class: "welcome-icon", src: "img/icon.svg", alt: "", width: 72, height: 72 }),
    h("h2", { text: empty ? "Know when the next one is coming" : "Pick a title" }),
    h("p", {
      text: empty
        ? "Add the films and series you love. Sequel Radar reads entertainment news for you and shows, for each, whether a sequel or next season is rumored, confirmed or dated, with the quotes behind it."
        : "Choose a title on the left to see the status of its next installment, the evidence and what cast and crew said.",
    }),
    empty ? h("p", { class: "welcome-actions" },
      h("button", { type: "button", class: "primary", onclick: () => document.getElementById("add-name").focus() }, "Add a title"),
      h("button", { type: "button", onclick: () => document.getElementById("open-import").click() }, "Import a list")) : null,
    empty ? h("p", { class: "hint" }, "Press ", h("kbd", { text: "n" }), " to add a title, ", h("kbd", { text: "/" }), " to search.") : null));
}

export function renderError(root, message) {
  clear(root);
  root.append(h("section", { class: "welcome error-state", role: "alert" },
    h("h2", { text: "Sequel Radar cannot open its data" }),
    h("p", { class: "error-text", text: message }),
    h("p", { text: "Nothing was changed. Move the file aside or start with another data folder (--data-dir)." })));
}

function link(url, label) {
  if (!url || !isWebUrl(url)) return null;
  return h("a", {
    href: url,
    class: "ext-link",
    rel: "noreferrer noopener",
    onclick: (e) => { e.preventDefault(); api.openUrl(url).catch(() => {}); },
  }, label);
}

function ladder(detail) {
  const t = detail.title;
  const reached = new Map();
  // The date the news came out, when we know it, rather than when we read it.
  for (const change of detail.history || []) reached.set(change.status, change.published || change.at);
  const current = t.status;
  const currentRank = LADDER.indexOf(current);
  const ended = current === "cancelled" || current === "denied";
  const ol = h("ol", { class: `ladder${ended ? " ended" : ""}`, "aria-label": "Status of the next installment" });
  LADDER.forEach((step, i) => {
    const state = i === currentRank ? "current" : (i < currentRank || reached.has(step)) && !ended ? "done" : reached.has(step) ? "done" : "todo";
    ol.append(h("li", { class: `step ${state}`, "aria-current": state === "current" ? "step" : null },
      h("span", { class: "dot", "aria-hidden": "true" }),
      h("span", { class: "step-label", text: STATUS[step].label }),
      h("span", { class: "step-date", text: reached.has(step) ? formatDate(reached.get(step)) : "" })));
  });
  const end = ended ? current : "cancelled";
  ol.append(h("li", { class: `step ending ${ended ? "current" : "todo"}`, "aria-current": ended ? "step" : null },
    h("span", { class: "dot", "aria-hidden": "true" }),
    h("span", { class: "step-label", text: ended ? STATUS[end].label : "Cancelled" }),
    h("span", { class: "step-date", text: ended && reached.has(end) ? formatDate(reached.get(end)) : "or no sequel planned" })));
  return ol;
}

// A quote can be misread too (someone else's words, another film's): the
// article it came from is set aside, as from "Why we think so".
function quoteCard(q, onDismiss) {
  const who = [q.role, q.outlet ? `to ${q.outlet}` : null, formatDate(q.published)].filter(Boolean).join(" · ");
  return h("figure", { class: "card quote" },
    h("blockquote", { text: q.text }),
    h("figcaption", {},
      h("span", {},
        h("strong", { class: "speaker", text: q.speaker }),
        who ? ` · ${who}` : "",
        q.url && isWebUrl(q.url) ? " · " : "", link(q.url, "source")),
      q.article_id != null ? h("button", {
        type: "button",
        class: "quiet dismiss",
        title: "Not their words, or about something else? Set the article it came from aside.",
        "aria-label": `Dismiss the article this quote of ${q.speaker} came from`,
        onclick: (ev) => once(ev, () => onDismiss(q)),
      }, "Dismiss") : null));
}

function provenance(e) {
  return h("p", { class: "provenance" },
    [e.status && STATUS[e.status] ? STATUS[e.status].label : e.status, e.outlet, formatDate(e.published)].filter(Boolean).join(" · "),
    e.url && isWebUrl(e.url) ? " · " : "", link(e.url, "open article"));
}

// A button that acts once until its call is answered: a double click must not
// send the same dismissal twice.
async function once(ev, act) {
  const button = ev.currentTarget;
  button.disabled = true;
  try {
    await act();
  } finally {
    button.disabled = false;
  }
}

// Whether "Dismissed by you" was left open: the page is drawn again after
// each restore, and the list should not fold under the reader.
let dismissedOpen = false;

// The reading of an article can be wrong (another film's sequel, a quote
// about something else): the user sets it aside and the status is worked out
// again from the rest.
function evidenceItem(e, onDismiss) {
  const source = e.outlet || "this article";
  return h("li", { class: "evidence" },
    h("span", { class: `tag ${e.official ? "official" : "report"}`, text: e.official ? "Official" : "Report" }),
    h("div", {},
      h("p", { class: "sentence", text: e.sentence }),
      provenance(e)),
    e.article_id != null ? h("button", {
      type: "button",
      class: "quiet dismiss",
      title: "Misread, or about something else? Set this article aside; the status is worked out again without it.",
      "aria-label": `Dismiss the reading of ${source}`,
      onclick: (ev) => once(ev, () => onDismiss(e)),
    }, "Dismiss") : null);
}

// One row per article set aside: its sentence, or, for an article that gave
// only quotes, its first quote.
function dismissedList(items, quotes, onRestore) {
  // (A bare release window has no sentence of its own: it is named as one.)
  const rows = items.map((e) => (e.sentence ? e : { ...e, sentence: "A release date or window, with no status" }));
  for (const q of quotes) {
    if (q.article_id != null && !rows.some((r) => r.article_id === q.article_id)) {
      rows.push({ article_id: q.article_id, sentence: `“${q.text}” (${q.speaker})`, outlet: null, url: q.url, published: q.published, status: null });
    }
  }
  return h("details", { class: "dismissed", open: dismissedOpen, ontoggle: (ev) => { dismissedOpen = ev.currentTarget.open; } },
    h("summary", { text: `Dismissed by you (${rows.length})` }),
    h("ul", { class: "dismissed-list" }, rows.map((e) => h("li", {},
      h("div", {},
        h("p", { class: "sentence", text: e.sentence }),
        provenance(e)),
      e.article_id != null ? h("button", {
        type: "button",
        class: "quiet restore",
        "aria-label": `Restore the reading of ${e.outlet || "this article"}`,
        onclick: (ev) => once(ev, () => onRestore(e)),
      }, "Restore") : null))));
}

function timeline(detail) {
  const events = [{ at: detail.title.added_at, label: "Added to your watchlist", url: null }];
  for (const change of detail.history || []) {
    events.push({ at: change.published || change.at, label: (STATUS[change.status] || STATUS.unknown).label, url: change.url });
  }
  events.sort((a, b) => String(a.at).localeCompare(String(b.at)));
  return h("ol", { class: "timeline" }, events.map((e) => h("li", {},
    h("strong", { text: e.label }),
    h("span", { class: "muted small" }, formatDate(e.at), e.url && isWebUrl(e.url) ? " · " : "", link(e.url, "article")))));
}

function notifySelect(t, onChanged) {
  const select = h("select", { id: "title-threshold", "aria-label": "Notifications for this title" },
    h("option", { value: "everything", text: "Notify: every change" }),
    h("option", { value: "confirmed_or_later", text: "Notify: confirmed or later" }),
    h("option", { value: "nothing", text: "Notify: never (muted)" }));
  select.value = t.muted ? "nothing" : t.threshold;
  select.addEventListener("change", async () => {
    try {
      const saved = await api.editTitle(t.id, { threshold: select.value, muted: select.value === "nothing" });
      onChanged(saved);
    } catch (err) {
      select.value = t.muted ? "nothing" : t.threshold;
      alert(err.message);
    }
  });
  return select;
}

export function renderTitle(root, detail, { onRemove, onChanged, onDismiss, onRestore }) {
  const t = detail.title;
  clear(root);
  const meta = [t.year, kindLabel(t.kind), t.platform, WATCH[t.watch_state]].filter(Boolean).join(" · ");
  const quotes = detail.quotes || [];
  // A bare release window (no status claim, no sentence) feeds the release
  // line, not "Why we think so".
  const evidence = [...(detail.evidence || [])].filter((e) => e.status !== "unknown" || e.sentence).sort((a, b) => String(b.published || "").localeCompare(String(a.published || "")));
  root.append(
    h("header", { class: "title-head" },
      h("div", {},
        h("h2", { id: "title-heading", text: t.name }),
        h("p", { class: "muted", text: meta }),
        t.aliases && t.aliases.length ? h("p", { class: "muted small", text: `Also known as ${t.aliases.join(", ")}` }) : null),
      h("div", { class: "actions" },
        notifySelect(t, onChanged),
        h("button", { type: "button", id: "title-add-article", onclick: () => addArticle(t, () => onChanged(t)) }, "Add an article"),
        h("button", { type: "button", id: "title-edit", onclick: () => editTitle(t, onChanged) }, "Edit"),
        h("button", { type: "button", id: "title-remove", onclick: () => onRemove(t) }, "Remove"))),
    // Parts spaced by the flex gap, not by " · ": a part that wraps to the next
    // line then does not start with a stray dot.
    h("p", { class: "next-line" },
      h("span", {}, "Next: ", h("strong", { text: t.next || (t.kind === "series" ? "next season" : "a sequel") })),
      statusBadge(t.status),
      t.release ? h("span", { class: "release", text: `release ${t.release}` }) : null,
      evidence.length ? h("span", { class: "muted", text: `from ${evidence.length} piece${evidence.length === 1 ? "" : "s"} of evidence` }) : null),
    ladder(detail),
    h("div", { class: "columns" },
      h("section", { "aria-labelledby": "said-h" },
        h("h3", { id: "said-h", text: "What they said" }),
        quotes.length ? quotes.map((q) => quoteCard(q, (x) => onDismiss(t, x))) : h("p", { class: "muted", text: "No quotes yet. When cast or crew talk about what comes next, their words appear here." })),
      h("section", { "aria-labelledby": "why-h" },
        h("h3", { id: "why-h", text: "Why we think so" }),
        evidence.length ? h("ul", { class: "card evidence-list" }, evidence.map((e) => evidenceItem(e, (x) => onDismiss(t, x))))
          : h("p", { class: "muted", text: "No evidence yet: nothing in the news so far says whether it is coming." }),
        (detail.dismissed || []).length || (detail.dismissed_quotes || []).length ? dismissedList(detail.dismissed || [], detail.dismissed_quotes || [], (x) => onRestore(t, x)) : null,
        h("h3", { text: "Timeline" }),
        timeline(detail))));
}
