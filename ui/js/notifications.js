// Notifications and life in the background: the settings switches (filled
// into the settings dialog's #settings-extra section when it opens) and the
// "While you were away" list in the sidebar.

import * as api from "./api.js";
import { h, formatDate } from "./dom.js";

// ---- settings ------------------------------------------------------------

function check(id, label, checked, onChange) {
  const input = h("input", { type: "checkbox", id });
  input.checked = !!checked;
  input.addEventListener("change", () => onChange(input.checked, input));
  return h("label", { class: "inline-field switch", for: id }, input, " ", label);
}

async function fillSettings(section) {
  const error = h("p", { class: "form-error", role: "alert" });
  let current;
  try {
    current = await api.getNotificationSettings();
  } catch (e) {
    section.replaceChildren(h("h3", { text: "Notifications" }), h("p", { class: "form-error", text: e.message }));
    return;
  }
  const fail = (e) => { error.textContent = e.message; };
  // Each change is applied to what is shown at once and saved in order, so a
  // second click while the first is being saved does not undo the first.
  let saving = Promise.resolve();
  const save = (change) => {
    error.textContent = "";
    current = { ...current, ...change };
    const next = {
      status: current.status, release: current.release, quotes: current.quotes,
      quiet_hours: current.quiet_hours, paused_until: current.paused_until,
    };
    saving = saving.then(() => api.setNotificationSettings(next))
      .then(() => paused.replaceChildren(...pausedText()))
      .catch(fail);
    return saving;
  };
  const quietOn = h("input", { type: "checkbox", id: "quiet-hours" });
  quietOn.checked = !!current.quiet_hours;
  const start = h("input", { type: "time", id: "quiet-start", "aria-label": "Quiet from" });
  const end = h("input", { type: "time", id: "quiet-end", "aria-label": "Quiet until" });
  start.value = current.quiet_hours ? current.quiet_hours.start : "22:00";
  end.value = current.quiet_hours ? current.quiet_hours.end : "08:00";
  const saveQuiet = () => save({ quiet_hours: quietOn.checked && start.value && end.value
    ? { start: start.value, end: end.value } : null });
  [quietOn, start, end].forEach((el) => el.addEventListener("change", saveQuiet));

  const paused = h("p", { id: "paused-until", class: "small" });
  const pausedText = () => {
    const until = current.paused_until && new Date(current.paused_until);
    if (!until || until <= new Date()) return [];
    const resume = h("button", { type: "button", id: "resume-notifications", class: "link-btn", text: "Resume now" });
    resume.addEventListener("click", () => save({ paused_until: null }));
    return [`Paused until ${until.toLocaleString()}. `, resume];
  };
  paused.replaceChildren(...pausedText());

  section.replaceChildren(
    h("h3", { text: "Notifications" }),
    check("notify-status", "Status changes", current.status, (on) => save({ status: on })),
    check("notify-release", "Release dates", current.release, (on) => save({ release: on })),
    check("notify-quotes", "New quotes", current.quotes, (on) => save({ quotes: on })),
    h("div", { class: "inline-field" },
      h("label", { for: "quiet-hours" }, quietOn, " Quiet hours from "), start, " to ", end),
    paused,
    h("h3", { text: "In the background" }),
    check("keep-running", "Keep running in the background when the window is closed",
      current.keep_running, (on) => api.setKeepRunning(on).catch(fail)),
    check("autostart", "Start at login", current.autostart, async (on, input) => {
      try {
        input.checked = await api.setAutostart(on);
      } catch (e) {
        input.checked = !on;
        fail(e);
      }
    }),
    error);
}

// The settings dialog is built by settings.js; fill our section when it appears.
new MutationObserver((records) => {
  for (const r of records) {
    for (const node of r.addedNodes) {
      const section = node.querySelector && node.querySelector("#settings-extra");
      if (section) fillSettings(section);
    }
  }
}).observe(document.body, { childList: true });

// ---- While you were away --------------------------------------------------

let openTitle = () => {};

async function showAway() {
  let items = [];
  try {
    items = await api.awayList();
  } catch {
    return;
  }
  let box = document.getElementById("away");
  if (!items.length) {
    if (box) box.remove();
    return;
  }
  if (!box) {
    box = h("section", { id: "away", class: "away", "aria-label": "While you were away" });
    const anchor = document.querySelector(".list-head");
    if (!anchor) return;
    anchor.before(box);
  }
  const clear = h("button", { type: "button", id: "away-clear", class: "link-btn", text: "Clear" });
  clear.addEventListener("click", () => api.clearAway().then(showAway).catch(() => {}));
  const list = h("ul", { class: "away-list" }, items.slice().reverse().map((item) => {
    const open = h("button", { type: "button", class: "away-item link-btn", title: item.body },
      h("span", { text: item.summary }), " ", h("span", { class: "muted small", text: formatDate(item.created_at) }));
    if (item.title_id != null) open.addEventListener("click", () => openTitle(item.title_id));
    return h("li", {}, open);
  }));
  box.replaceChildren(h("div", { class: "away-head" }, h("h2", { text: "While you were away" }), clear), list);
}

// main.js hands over how to open a title page.
export function initNotifications(open) {
  openTitle = open;
  api.listen("open-title", (id) => openTitle(id));
  api.listen("away-changed", showAway);
  api.listen("show-whats-new", () => {
    showAway().then(() => {
      const box = document.getElementById("away");
      if (box) box.scrollIntoView({ block: "nearest" });
    });
  });
  showAway();
}
