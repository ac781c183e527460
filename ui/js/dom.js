// Element building for text from the network: every string goes through
// textContent, never innerHTML, so a title like <img onerror=…> stays text.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
}

// Words and colours per ladder step; the badge always carries the words.
export const STATUS = {
  unknown: { label: "No news", cls: "s-unknown" },
  rumored: { label: "Rumored", cls: "s-rumored" },
  in_talks: { label: "In talks", cls: "s-talks" },
  confirmed: { label: "Confirmed", cls: "s-confirmed" },
  in_production: { label: "In production", cls: "s-production" },
  release_date_set: { label: "Date set", cls: "s-date" },
  released: { label: "Released", cls: "s-released" },
  cancelled: { label: "Cancelled", cls: "s-cancelled" },
  denied: { label: "No sequel planned", cls: "s-denied" },
};

export function statusBadge(status) {
  const s = STATUS[status] || STATUS.unknown;
  return h("span", { class: `badge ${s.cls}`, text: s.label });
}

const KIND = { movie: "Film", series: "Series" };
export const kindLabel = (kind) => KIND[kind] || kind;

// One formatter each, made once: toLocaleDateString builds a new one per
// call, which every row of every keystroke paid.
const DAY = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
const MOMENT = new Intl.DateTimeFormat(undefined, {
  day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit",
});

// Dates arrive as ISO 8601; show them the way the user's locale writes them.
export function formatDate(iso) {
  if (!iso) return "";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return DAY.format(d);
}

// A moment (when a source was checked), with the time of day: "27 Nov 2026, 21:40".
export function formatDateTime(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return MOMENT.format(d);
}

// Only web links leave the app; anything else (javascript:, file:) is refused.
export function isWebUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
