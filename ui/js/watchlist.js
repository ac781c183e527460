// The watchlist pane: a virtualised list fed by pages from the shell, so
// 50 rows or 50,000 cost the same to paint. Only the visible rows exist in
// the DOM; the rest are a spacer of the right height.

import * as api from "./api.js";
import { h, clear, statusBadge, kindLabel, formatDate } from "./dom.js";

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
    this.viewport.addEventListener("scroll", () => this.render(), { passive: true });
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
    clear(this.list);
    if (this.total === 0) {
      this.list.append(this.emptyState());
      return;
    }
    for (let i = first; i < last; i++) {
      const row = this.rowAt(i);
      if (!row) {
        this.fetchPage(Math.floor(i / PAGE_SIZE), this.generation).catch(() => {});
        this.list.append(this.placeholder(i));
        continue;
      }
      this.list.append(this.rowElement(row, i));
    }
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

  placeholder(index) {
    const li = h("li", { class: "title-row placeholder", role: "presentation" });
    li.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    return li;
  }

  rowElement(t, index) {
    const selected = t.id === this.selected;
    const meta = [t.year, kindLabel(t.kind), t.platform, t.next].filter(Boolean).join(" · ");
    const news = t.latest_news_at ? `news ${formatDate(t.latest_news_at)}` : "";
    const li = h("li", {
      class: `title-row${selected ? " selected" : ""}${t.unseen ? " unseen" : ""}`,
      role: "option",
      "aria-selected": selected ? "true" : "false",
      "aria-posinset": index + 1,
      "aria-setsize": this.total,
      tabindex: index === this.activeIndex || (this.activeIndex < 0 && index === 0) ? "0" : "-1",
      dataset: { id: t.id, index },
      onclick: (e) => {
        if (e.target.closest(".remove-btn")) return;
        this.select(t.id, index, true);
      },
    },
      t.unseen ? h("span", { class: "unseen-dot", title: "Changed since you last looked" },
        h("span", { class: "visually-hidden", text: "New: " })) : null,
      h("div", { class: "row-main" },
        h("span", { class: "title-name", text: t.name }),
        h("span", { class: "title-meta", text: [meta, news].filter(Boolean).join(" · ") })),
      statusBadge(t.status),
      h("button", {
        type: "button",
        class: "remove-btn",
        "aria-label": `Remove ${t.name}`,
        title: "Remove from watchlist",
        onclick: () => this.onRemove(t),
      }, "×"));
    li.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    return li;
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
