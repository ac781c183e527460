//! Every screen, light and dark, small and large: the window follows the desktop's colour
//! scheme, and each main screen (first run, watchlist with the "While you were away" list,
//! title page, edit dialog, add-an-article preview, settings, import) is saved at 800x600
//! and 1920x1080 for a person to look at:
//! target/e2e-screenshots/themes_{light,dark}-<screen>-<width>x<height>.png.
//!
//! On each of them, what anyone would notice is checked in the page: text readable against
//! what is behind it (WCAG AA contrast), every control named for a screen reader, nothing
//! wider than the window, and a focus ring on everything Tab reaches.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_core::model::{Kind, NewTitle, Status};
use sequel_radar_core::store::{NewArticle, NewEvidence, NewQuote, NewSource, Store};
use sequel_radar_e2e::notify_server::corpus;
use sequel_radar_e2e::{setup, App, DataDir, Result, Theme};

const WAIT: Duration = Duration::from_secs(20);
const SIZES: [(u32, u32); 2] = [(800, 600), (1920, 1080)];

/// A title and what the news said about it.
struct Story<'a> {
    name: &'a str,
    year: i32,
    kind: Kind,
    platform: Option<&'a str>,
    status: Status,
    next: &'a str,
    release: Option<&'a str>,
    sentence: &'a str,
    outlet: &'a str,
    published: &'a str,
    quote: Option<(&'a str, &'a str, &'a str)>,
}

const STORIES: &[Story] = &[
    Story {
        name: "The Lord of the Rings: The Rings of Power",
        year: 2022,
        kind: Kind::Series,
        platform: Some("Prime Video"),
        status: Status::InProduction,
        next: "The Rings of Power season 3",
        release: None,
        sentence: "Production on the third season is underway in the UK.",
        outlet: "Deadline",
        published: "2025-01-20",
        quote: None,
    },
    Story {
        name: "Mindhunter",
        year: 2017,
        kind: Kind::Series,
        platform: Some("Netflix"),
        status: Status::Cancelled,
        next: "Mindhunter season 3",
        release: None,
        sentence: "Netflix has no plans to make a third season of Mindhunter.",
        outlet: "The Hollywood Reporter",
        published: "2023-08-10",
        quote: None,
    },
    Story {
        name: "Dune",
        year: 2021,
        kind: Kind::Movie,
        platform: None,
        status: Status::ReleaseDateSet,
        next: "Dune: Part Three",
        release: Some("2026-12-18"),
        sentence: "Dune: Part Three will open in theaters on December 18, 2026.",
        outlet: "Variety",
        published: "2025-02-03",
        quote: None,
    },
    // The latest news: the window opens on it.
    Story {
        name: "Purple Hearts",
        year: 2022,
        kind: Kind::Movie,
        platform: Some("Netflix"),
        status: Status::InTalks,
        next: "Purple Hearts 2",
        release: None,
        sentence: "There are conversations. That's all I'll say.",
        outlet: "Variety",
        published: "2025-03-17",
        quote: Some((
            "Sofia Carson",
            "star",
            "There are conversations. That's all I'll say.",
        )),
    },
];

/// A watchlist with news of every kind, and two sources: one that works and one that fails.
fn fill(data: &DataDir) {
    let mut store = Store::open(&data.path()).unwrap();
    store
        .add_title(NewTitle {
            name: "Amélie".into(),
            year: Some(2001),
            ..NewTitle::default()
        })
        .unwrap();
    for (i, story) in STORIES.iter().enumerate() {
        let t = store
            .add_title(NewTitle {
                name: story.name.into(),
                year: Some(story.year),
                kind: story.kind,
                platform: story.platform.map(Into::into),
                ..NewTitle::default()
            })
            .unwrap();
        let article = NewArticle {
            url: format!("https://news.example/{i}"),
            outlet: Some(story.outlet.into()),
            published: Some(story.published.into()),
            ..NewArticle::default()
        };
        let evidence = NewEvidence {
            status: story.status,
            sentence: story.sentence.into(),
            official: i % 2 == 1,
            next: Some(story.next.into()),
            release: story.release.map(Into::into),
        };
        let quotes: Vec<NewQuote> = story
            .quote
            .iter()
            .map(|(speaker, role, text)| NewQuote {
                speaker: (*speaker).into(),
                role: Some((*role).into()),
                text: (*text).into(),
                outlet: Some(story.outlet.into()),
            })
            .collect();
        store
            .record_article(
                t.id,
                &article,
                &[evidence],
                &quotes,
                &format!("{}T10:00:00.000Z", story.published),
            )
            .unwrap();
    }
    // Loopback, nothing listens: the check fails at once and never leaves the machine.
    store
        .add_source(NewSource {
            url: "http://127.0.0.1:9/feed.xml".into(),
            name: Some("Entertainment Weekly".into()),
            kind: None,
        })
        .unwrap();
}

/// Saves the screen at each size and returns what is wrong with it there.
async fn screen(app: &App, name: &str) -> Result<Vec<String>> {
    screen_after(app, name, None).await
}

/// [`screen`], running `script` in the page after each resize (to scroll, say).
async fn screen_after(app: &App, name: &str, script: Option<&str>) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for (width, height) in SIZES {
        app.resize(width, height).await?;
        if let Some(script) = script {
            app.run_script(name, script, vec![]).await?;
        }
        app.screenshot_step(&format!("{name}-{width}x{height}"))
            .await?;
        let at = format!("{name} at {width}x{height}");
        for p in app.contrast_problems().await? {
            problems.push(format!("{at}: contrast {p}"));
        }
        for p in app.unnamed_controls().await? {
            problems.push(format!("{at}: no accessible name: {p}"));
        }
        for p in overflow(app).await? {
            problems.push(format!("{at}: {p}"));
        }
    }
    Ok(problems)
}

/// What sticks out of the window or of the open dialog, sideways.
async fn overflow(app: &App) -> Result<Vec<String>> {
    let answer = app
        .run_script(
            "measuring overflow",
            "const out = [];
             const page = document.scrollingElement;
             if (page.scrollWidth > innerWidth) out.push('the page scrolls sideways: ' + page.scrollWidth + ' > ' + innerWidth);
             const d = document.querySelector('dialog[open]');
             if (d) {
               const box = d.getBoundingClientRect();
               if (box.right > innerWidth || box.left < 0 || box.bottom > innerHeight) out.push('the dialog is larger than the window');
               if (d.scrollWidth > d.clientWidth + 1) out.push('the dialog scrolls sideways: ' + d.scrollWidth + ' > ' + d.clientWidth);
             }
             return out;",
            vec![],
        )
        .await?;
    Ok(answer
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect())
}

async fn open_row(app: &App, name: &str) -> Result<()> {
    app.run_script(
        "open a title",
        "for (const r of document.querySelectorAll('.title-row')) \
         if (r.querySelector('.title-name').textContent === arguments[0]) r.click();",
        vec![name.into()],
    )
    .await?;
    app.wait_until(&format!("{name}'s page"), WAIT, || async {
        Ok(app.text("#title-heading").await? == name)
    })
    .await
}

async fn screens(theme: Theme) -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let e2e = e2e.with_theme(theme);
    let test = format!("themes_{}", theme.name());
    let mut problems = Vec::new();

    // First run: an empty data folder.
    let data = DataDir::new()?;
    let app = e2e.launch(&data, &test).await?;
    assert_eq!(
        app.prefers_dark().await?,
        theme == Theme::Dark,
        "the page sees the desktop's scheme"
    );
    let background = app
        .run_script(
            "the page's background",
            "return getComputedStyle(document.documentElement).backgroundColor;",
            vec![],
        )
        .await?;
    let dark_page = background
        .as_str()
        .and_then(|c| c.trim_start_matches("rgb(").split(',').next())
        .and_then(|red| red.trim().parse::<u8>().ok())
        .is_some_and(|red| red < 128);
    assert_eq!(
        dark_page,
        theme == Theme::Dark,
        "the page is drawn in that scheme ({background})"
    );
    problems.extend(screen(&app, "first-run").await?);
    // A screen reader hears how the news check goes, and only that: the live region
    // holds the status text, not the buttons beside it or a whole page.
    let live = app
        .run_script(
            "reading the live regions",
            "return [document.getElementById('refresh-text').closest('[aria-live]')?.id ?? null,
                     Array.from(document.querySelectorAll('[aria-live]'))
                       .filter((r) => r.querySelector('button, input, select, h2'))
                       .map((r) => r.id || r.className)];",
            vec![],
        )
        .await?;
    assert_eq!(live[0], "refresh-text", "the status is announced");
    assert_eq!(live[1], serde_json::json!([]), "live regions with controls");
    app.click("#search").await?;
    for p in app.focus_ring_problems(16).await? {
        problems.push(format!("first-run: no focus ring on {p}"));
    }

    // A watchlist with news, written from outside (as the command line would), read at
    // the next start.
    fill(&data);
    let app = app.relaunch().await?;
    app.wait_for("#away", WAIT).await?;
    app.wait_for("#title-heading", WAIT).await?;
    problems.extend(screen(&app, "watchlist").await?);

    open_row(&app, "Purple Hearts").await?;
    app.wait_for("figure.quote", WAIT).await?;
    problems.extend(screen(&app, "title").await?);
    app.click("#title-threshold").await?;
    for p in app.focus_ring_problems(6).await? {
        problems.push(format!("title: no focus ring on {p}"));
    }

    app.click("#title-edit").await?;
    app.wait_for("dialog[open] .field-grid", WAIT).await?;
    problems.extend(screen(&app, "edit").await?);
    app.click("dialog[open] .dialog-actions button:first-child")
        .await?;
    app.wait_gone("dialog", WAIT).await?;

    app.click("#title-add-article").await?;
    app.wait_for("dialog[open] textarea", WAIT).await?;
    app.run_script(
        "paste the article",
        "const t = document.querySelector('dialog textarea'); t.value = arguments[0]; \
         t.dispatchEvent(new Event('input'));",
        vec![corpus("000-purple-hearts-2.txt")?.into()],
    )
    .await?;
    app.click("dialog[open] .dialog-actions button:nth-child(2)")
        .await?;
    app.wait_for("dialog[open] .preview", WAIT).await?;
    problems.extend(screen(&app, "add-article").await?);
    app.click("dialog[open] .dialog-actions button:first-child")
        .await?;
    app.wait_gone("dialog", WAIT).await?;

    app.click("#open-settings").await?;
    app.wait_for("dialog.settings #notify-status", WAIT).await?;
    app.wait_for("dialog.settings .source", WAIT).await?;
    problems.extend(screen(&app, "settings").await?);
    app.click("#source-url").await?;
    for p in app.focus_ring_problems(12).await? {
        problems.push(format!("settings: no focus ring on {p}"));
    }
    problems.extend(
        screen_after(
            &app,
            "settings-end",
            Some("const d = document.querySelector('dialog.settings'); d.scrollTop = d.scrollHeight;"),
        )
        .await?,
    );
    app.click("dialog.settings .dialog-actions button").await?;
    app.wait_gone("dialog", WAIT).await?;

    app.click("#open-import").await?;
    app.wait_for("#import-file", WAIT).await?;
    problems.extend(screen(&app, "import").await?);

    assert!(
        problems.is_empty(),
        "{} problem(s) a user would see:\n{}",
        problems.len(),
        problems.join("\n")
    );
    Ok(())
}

#[tokio::test]
async fn light_screens() -> Result<()> {
    screens(Theme::Light).await
}

#[tokio::test]
async fn dark_screens() -> Result<()> {
    screens(Theme::Dark).await
}
