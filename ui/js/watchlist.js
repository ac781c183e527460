// The watchlist pane: a virtualised list fed by pages from the shell, so
// 50 rows or 50,000 cost the same to paint. Only the visible rows exist in
// the DOM; the rest are a spacer of the right height.

import * as api from "./api.js";
import { h, clear, STATUS, kindLabel, formatDate } from "./dom.js";

const ROW_HEIGHT = 64; // px; must match .title-row in app.css
const PAGE_SIZE = 50; // rows per request: a screenful and more, a small answer per keystroke
const OVERSCAN = 6;

export class Watchlist {
  constructor({ viewport, list, count, onOpen, onRemove }) {
    this.viewport = viewport;
    this.list = list;
    this.count = count;
    this.onOpen = onOpen;
    this.onRemove = onRemove;
    this.query = { search: "", sort: "recently_changed", filters: new Set() };
    this.total = 0;
    this.pages = new Map(); // page number -> rows
    this.pending = new Map(); // page number -> promise
    this.generation = 0; // bumps on every new query so late answers are dropped
    this.settled = Promise.resolve(true);
    this.selected = null; // id
    this.activeIndex = -1;
    // Index -> the <li> showing it. Rows are reused, not rebuilt: a keystroke
    // or a scroll step rewrites the text of the rows on screen, and a row
    // still showing the same title at the same place is not touched at all.
    this.rowEls = new Map();
    this.viewport.addEventListener("scroll", () => this.render(), { passive: true });
    // One listener for every row, present and future.
    this.list.addEventListener("click", (e) => this.onClick(e));
    new ResizeObserver(() => this.render()).observe(this.viewport);
    this.list.addEventListener("keydown", (e) => this.onKey(e));
  }

  // New search or sort: start over from page 0.
  reload(changes = {}) {
    // The latest reload, for whoever needs the list up to date (the bench).
    this.settled = this.load(changes);
    return this.settled;
  }

  async load(changes) {
    Object.assign(this.query, changes);
    const generation = ++this.generation;
    const t0 = performance.now();
    const first = await this.fetchPage(0, generation, true);
    if (generation !== this.generation) return false;
    const t1 = performance.now();
    this.pages = new Map([[0, first.rows]]);
    this.pending = new Map();
    this.total = first.total;
    this.updateCount();
    this.render();
    // Where a reload's time goes, for `make bench`: the shell's answer, then
    // the page's own work.
    this.timing = { answer: t1 - t0, render: performance.now() - t1 };
    return true;
  }

  async fetchPage(page, generation, fresh = false) {
    if (!fresh && this.pending.has(page)) return this.pending.get(page);
    const f = this.query.filters;
    const kinds = ["movie", "series"].filter((k) => f.has(k));
    const promise = api.listTitles({
      search: this.query.search || null,
      sort: this.query.sort,
      kind: kinds.length === 1 ? kinds[0] : null,
      statuses: f.has("coming") ? ["confirmed", "in_production", "release_date_set", "released"] : [],
      has_news: f.has("has_news"),
      changed: f.has("changed"),
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    if (!fresh) this.pending.set(page, promise);
    const result = await promise;
    if (!fresh && generation === this.generation) {
      this.pages.set(page, result.rows);
      this.pending.delete(page);
      this.render();
    }
    return result;
  }

  // The shell marks a title seen when it is opened; mirror that in the cache.
  markSeen(id) {
    for (const rows of this.pages.values()) {
      const row = rows.find((r) => r.id === id);
      if (row && row.unseen) {
        row.unseen = false;
        // The same row object, changed: make its <li> write it again.
        for (const li of this.rowEls.values()) if (li._row === row) li._state = null;
        this.render();
      }
    }
  }

  rowAt(index) {
    const rows = this.pages.get(Math.floor(index / PAGE_SIZE));
    return rows ? rows[index % PAGE_SIZE] : undefined;
  }

  updateCount() {
    const n = this.total;
    const noun = n === 1 ? "title" : "titles";
    const narrowed = this.query.search || this.query.filters.size > 0;
    this.count.textContent = narrowed ? `${n} ${noun} match` : `${n} ${noun}`;
  }

  render() {
    const height = this.viewport.clientHeight || 600;
    const top = this.viewport.scrollTop;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.total, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    this.list.style.height = `${this.total * ROW_HEIGHT}px`;
    if (this.total === 0) {
      clear(this.list);
      this.rowEls = new Map();
      this.list.append(this.emptyState());
      return;
    }
    const old = this.rowEls;
    const shown = new Map();
    const free = [];
    for (const [index, li] of old) {
      if (index < first || index >= last) free.push(li);
    }
    for (let i = first; i < last; i++) {
      const row = this.rowAt(i);
      if (!row) this.fetchPage(Math.floor(i / PAGE_SIZE), this.generation).catch(() => {});
      const li = old.get(i) || free.pop() || this.list.appendChild(this.newRow());
      this.fill(li, row, i);
      shown.set(i, li);
    }
    for (const li of free) li.remove();
    // What is neither a kept row nor a reused one (the empty state).
    if (this.list.childElementCount !== shown.size) {
      for (const el of [...this.list.children]) if (!el._parts) el.remove();
    }
    this.rowEls = shown;
  }

  // A row's elements, made once; fill() writes what it shows.
  newRow() {
    const dot = h("span", { class: "unseen-dot", title: "Changed since you last looked" },
      h("span", { class: "visually-hidden", text: "New: " }));
    const name = h("span", { class: "title-name" });
    const meta = h("span", { class: "title-meta" });
    const badge = h("span", { class: "badge" });
    const remove = h("button", { type: "button", class: "remove-btn", title: "Remove from watchlist" }, "×");
    const li = h("li", { class: "title-row" }, dot, h("div", { class: "row-main" }, name, meta), badge, remove);
    li._parts = { dot, name, meta, badge, remove };
    return li;
  }

  // Shows `t` (or, while its page is on its way, a blank row) at `index`;
  // writes only what differs from what the row already shows, so an
  // unchanged row costs no layout.
  fill(li, t, index) {
    const selected = Boolean(t) && t.id === this.selected;
    const focusable = index === this.activeIndex || (this.activeIndex < 0 && index === 0);
    const state = `${index}|${this.total}|${selected}|${focusable}`;
    if (li._row === t && li._state === state) return;
    li._row = t;
    li._state = state;
    li.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    const p = li._parts;
    if (!t) {
      li.className = "title-row placeholder";
      li.setAttribute("role", "presentation");
      for (const a of ["aria-selected", "aria-posinset", "aria-setsize", "tabindex", "data-id", "data-index"]) li.removeAttribute(a);
      p.dot.hidden = true;
      p.name.textContent = p.meta.textContent = p.badge.textContent = "";
      p.badge.hidden = p.remove.hidden = true;
      return;
    }
    const meta = [t.year, kindLabel(t.kind), t.platform, t.next].filter(Boolean).join(" · ");
    const news = t.latest_news_at ? `news ${formatDate(t.latest_news_at)}` : "";
    const status = STATUS[t.status] || STATUS.unknown;
    li.className = `title-row${selected ? " selected" : ""}${t.unseen ? " unseen" : ""}`;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", selected ? "true" : "false");
    li.setAttribute("aria-posinset", index + 1);
    li.setAttribute("aria-setsize", this.total);
    li.tabIndex = focusable ? 0 : -1;
    li.dataset.id = t.id;
    li.dataset.index = index;
    p.dot.hidden = !t.unseen;
    setText(p.name, t.name);
    setText(p.meta, [meta, news].filter(Boolean).join(" · "));
    p.badge.className = `badge ${status.cls}`;
    setText(p.badge, status.label);
    p.badge.hidden = p.remove.hidden = false;
    p.remove.setAttribute("aria-label", `Remove ${t.name}`);
  }

  onClick(e) {
    const li = e.target.closest("li.title-row");
    if (!li || !this.list.contains(li) || !li._row) return;
    const index = Number(li.dataset.index);
    if (e.target.closest(".remove-btn")) this.onRemove(li._row);
    else this.select(li._row.id, index, true);
  }

  emptyState() {
    const searching = Boolean(this.query.search) || this.query.filters.size > 0;
    return h("li", { class: "empty", role: "presentation" },
      h("p", { class: "empty-title", text: searching ? "Nothing matches" : "Your watchlist is empty" }),
      h("p", {
        text: searching
          ? "Try another spelling, or add it above."
          : "Add a film or series above. Sequel Radar will read the news and tell you when its sequel or next season is coming.",
      }));
  }

  select(id, index, open) {
    this.selected = id;
    this.activeIndex = index;
    this.render();
    this.focusIndex(index);
    if (open) this.onOpen(id);
  }

  focusIndex(index) {
    const el = this.list.querySelector(`[data-index="${index}"]`);
    if (el) el.focus({ preventScroll: true });
  }

  scrollIntoView(index) {
    const top = index * ROW_HEIGHT;
    const vp = this.viewport;
    if (top < vp.scrollTop) vp.scrollTop = top;
    else if (top + ROW_HEIGHT > vp.scrollTop + vp.clientHeight) vp.scrollTop = top + ROW_HEIGHT - vp.clientHeight;
  }

  move(delta) {
    if (this.total === 0) return;
    const index = Math.min(this.total - 1, Math.max(0, (this.activeIndex < 0 ? -1 : this.activeIndex) + delta));
    this.activeIndex = index;
    this.scrollIntoView(index);
    this.render();
    this.focusIndex(index);
  }

  onKey(e) {
    if (e.key === "ArrowDown") { this.move(1); e.preventDefault(); }
    else if (e.key === "ArrowUp") { this.move(-1); e.preventDefault(); }
    else if (e.key === "Home") { this.move(-this.total); e.preventDefault(); }
    else if (e.key === "End") { this.move(this.total); e.preventDefault(); }
    else if (e.key === "Enter") {
      const row = this.rowAt(this.activeIndex);
      if (row) this.select(row.id, this.activeIndex, true);
      e.preventDefault();
    }
  }

  focus() {
    if (this.total === 0) return;
    if (this.activeIndex < 0) this.activeIndex = 0;
    this.scrollIntoView(this.activeIndex);
    this.render();
    this.focusIndex(this.activeIndex);
  }
}

// Text is written only when it changed: the same string written again still
// replaces the text node and lays the row out anew.
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}
