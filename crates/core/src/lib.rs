//! Sequel Radar's engine. Everything the app knows and does lives here; the
//! Tauri shell and the command line only present it and call it.
//!
//! Layers, each with its own error type:
//! - [`store`]: the SQLite file (migrations, watchlist, evidence, quotes, history, outbox).
//! - [`extract`]: one article + one title -> status claim, evidence, quotes, release.
//! - [`cli`]: the `sequel-radar <command>` contract of DESIGN.md.
//! - [`news`]: HTTP fetching, feeds, default sources, per-title news search.
//! - [`refresh`]: one run of the pipeline: sources -> items -> match -> extract -> store.

pub mod alerts;
pub mod cli;
pub mod derive;
pub mod export;
pub mod extract;
pub mod import;
pub mod manual;
pub mod model;
pub mod news;
pub mod paths;
pub mod refresh;
pub mod store;
pub mod text;
