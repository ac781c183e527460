//! What to tell the user, and when: the outbox turned into native
//! notifications by the rules the user chose.
//!
//! - [`plan`]: a pure function from pending outbox items, per-title rules,
//!   settings and the clock to a [`Plan`] (show now, drop silently, hold,
//!   list under "While you were away", fold into a digest). Table-tested.
//! - [`settings`]: the user's notification and background settings in the
//!   store, and the "While you were away" list.
//!
//! The shell only carries the plan out: it shows the popups, marks the items
//! delivered and schedules the next look when something is held.

mod plan;
mod settings;

pub use plan::{
    plan, AwayEntry, Plan, Popup, TitleRule, DIGEST_OVER, MAX_DIGEST_LINES, STALE_AFTER_DAYS,
};
pub use settings::{
    add_away, away, clear_away, keep_running, set_keep_running, AlertSettings, QuietHours,
    BACKGROUND_TOLD, KEEP_RUNNING, MAX_AWAY,
};
