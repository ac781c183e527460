//! What a person with weaker eyes, a keyboard or a screen reader needs from a screen,
//! measured in the page as it is rendered now:
//!
//! - [`App::contrast_problems`]: visible text whose colour against what is really behind
//!   it is under WCAG's 4.5:1 (3:1 for large text), opacity and translucent layers
//!   included;
//! - [`App::unnamed_controls`]: visible buttons, fields and lists a screen reader would
//!   announce without a name;
//! - [`App::focus_ring_problems`]: elements reached with Tab that show no focus ring.
//!
//! Only what a user can reach counts: behind an open modal dialog, nothing.

use fantoccini::key::Key;

use crate::app::App;
use crate::error::{HarnessError, Result};

/// Runs in the page. Returns one line per text that is too faint:
/// `ratio  needed  "text"  colour on background  (selector)`.
const CONTRAST: &str = r#"
const parse = (c) => {
  const m = c.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const over = (top, under) => {
  const a = top[3] + under[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
};
const lum = (c) => {
  const ch = c.slice(0, 3).map((v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
};
// What is painted behind `el`: its own background and its ancestors', composited.
const backdrop = (el) => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const bg = parse(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
    // A modal dialog sits on the top layer: what is behind it is its backdrop.
    if (e.tagName === 'DIALOG') break;
  }
  let colour = parse(getComputedStyle(document.documentElement).backgroundColor);
  if (colour[3] === 0) colour = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
  return colour;
};
const opacity = (el) => {
  let o = 1;
  for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
  return o;
};
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '');
const modal = document.querySelector('dialog[open]');
const scope = modal || document.body;
const problems = [];
const seen = new Set();
const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  const el = node.parentElement;
  if (!text || !el || seen.has(el)) continue;
  seen.add(el);
  if (el.closest(':disabled, [aria-hidden="true"], .visually-hidden')) continue;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) continue;
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
  const style = getComputedStyle(el);
  const bg = backdrop(el);
  const fg = parse(style.color);
  fg[3] *= opacity(el);
  const shown = over(fg, bg);
  const [a, b] = [lum(shown), lum(bg)].sort((x, y) => y - x);
  const ratio = (a + 0.05) / (b + 0.05);
  const size = parseFloat(style.fontSize);
  const bold = Number(style.fontWeight) >= 700;
  const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
  if (ratio < needed) {
    const rgb = (c) => 'rgb(' + c.slice(0, 3).map(Math.round).join(',') + ')';
    problems.push(ratio.toFixed(2) + ' < ' + needed + '  ' + JSON.stringify(text.slice(0, 40))
      + '  ' + rgb(shown) + ' on ' + rgb(bg) + '  (' + name(el) + ')');
  }
}
return problems;
"#;

/// Runs in the page. One line per visible control without an accessible name.
const NAMES: &str = r#"
const modal = document.querySelector('dialog[open]');
const scope = modal || document.body;
const named = (el) => {
  if ((el.getAttribute('aria-label') || '').trim()) return true;
  const by = el.getAttribute('aria-labelledby');
  if (by && by.split(/\s+/).some((id) => (document.getElementById(id)?.textContent || '').trim())) return true;
  if (el.labels && Array.from(el.labels).some((l) => l.textContent.trim())) return true;
  if ((el.getAttribute('title') || '').trim()) return true;
  if (el.tagName === 'BUTTON' && el.textContent.trim()) return true;
  return false;
};
const problems = [];
for (const el of scope.querySelectorAll('button, input, select, textarea, [role=listbox], [role=dialog], dialog, ul[aria-label], nav, [role=group]')) {
  if (el.type === 'hidden') continue;
  if (el !== modal && !el.checkVisibility({ checkVisibilityCSS: true })) continue;
  if (!named(el)) {
    problems.push(el.outerHTML.slice(0, 120));
  }
}
return problems;
"#;

/// Runs in the page on the focused element: [what it is, "" when a focus ring shows or
/// else what it is again].
const RING: &str = r#"
const el = document.activeElement;
if (!el || el === document.body) return ['body', ''];
const what = el.outerHTML.slice(0, 120);
const s = getComputedStyle(el);
const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
const shadow = s.boxShadow && s.boxShadow !== 'none';
return [what, outline || shadow ? '' : what];
"#;

impl App {
    /// Visible text under WCAG AA contrast (4.5:1, large text 3:1), one line each: the
    /// ratio, the text, its colours and the element. Empty when everything is readable.
    pub async fn contrast_problems(&self) -> Result<Vec<String>> {
        self.lines("measuring text contrast", CONTRAST).await
    }

    /// Visible controls (buttons, fields, lists, dialogs) without an accessible name.
    pub async fn unnamed_controls(&self) -> Result<Vec<String>> {
        self.lines("looking for controls without a name", NAMES)
            .await
    }

    /// Presses Tab `presses` times from where the focus is and returns the elements that
    /// got the focus without showing a ring.
    /// Fails if Tab never moved the focus (the check would prove nothing).
    pub async fn focus_ring_problems(&self, presses: usize) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut reached = std::collections::HashSet::new();
        for _ in 0..presses {
            let focused = self
                .client()
                .active_element()
                .await
                .map_err(|e| HarnessError::webdriver("the focused element", e))?;
            focused
                .send_keys(&char::from(Key::Tab).to_string())
                .await
                .map_err(|e| HarnessError::webdriver("pressing Tab", e))?;
            let answer = self
                .run_script("reading the focus ring", RING, vec![])
                .await?;
            reached.insert(answer[0].as_str().unwrap_or_default().to_string());
            let problem = answer[1].as_str().unwrap_or_default();
            if !problem.is_empty() && !problems.iter().any(|p| p == problem) {
                problems.push(problem.to_string());
            }
        }
        if reached.len() < 2 {
            return Err(self
                .unexpected(format!("{presses} presses of Tab did not move the focus"))
                .await);
        }
        Ok(problems)
    }

    async fn lines(&self, what: &str, script: &str) -> Result<Vec<String>> {
        let answer = self.run_script(what, script, vec![]).await?;
        Ok(answer
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect())
    }
}
