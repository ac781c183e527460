//! What the news pipeline asks of the store beyond recording articles:
//! which titles an article was already read for, so a refresh does not
//! fetch it again, and articles read only from their feed's teaser because
//! the page failed, so a later refresh tries the page again.

use super::error::Result;
use super::Store;
use rusqlite::params;

/// How many times an article page may fail before its teaser is taken as all
/// there is. A page that is gone for good (404, a paywall's error) costs a
/// few requests, spread over refreshes; a server that was down for an hour
/// still gets its article read in full.
pub const PAGE_TRIES: i64 = 3;

impl Store {
    /// Ids of the titles the article at `url` was already read for (empty
    /// when the article is new, or when it was read from its teaser only and
    /// its page deserves another try).
    pub fn article_read_for(&self, url: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.title_id FROM articles a JOIN article_titles t ON t.article_id = a.id
             WHERE a.url = ?1 AND (a.page_failures = 0 OR a.page_failures >= ?2)
             ORDER BY t.title_id",
        )?;
        let ids = stmt
            .query_map(params![url, PAGE_TRIES], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// The page of the article at `url` could not be fetched (again): what
    /// was recorded came from the feed's teaser.
    pub fn note_page_failure(&mut self, url: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE articles SET page_failures = page_failures + 1 WHERE url = ?1",
            [url],
        )?;
        Ok(())
    }

    /// The page of an article read from its teaser has now been fetched:
    /// forgets the teaser's evidence and quotes (and the article's links to
    /// titles) so the whole article is recorded in their place. The status
    /// history keeps its rows. Returns whether there was such an article.
    ///
    /// The titles' derived status is left as it is: recording the article
    /// again, next, derives it from the whole article's evidence, so a
    /// change is told once, against what the teaser had shown.
    pub fn forget_teaser(&mut self, url: &str) -> Result<bool> {
        let tx = self.conn.transaction()?;
        // An article the user dismissed for a title keeps its row and that
        // link, so the dismissal holds (the whole article is not read for
        // that title); the other titles' teaser readings go, so the whole
        // article is read for them. Taken as read in full from now on.
        let kept = tx.execute(
            "UPDATE articles SET page_failures = 0 WHERE url = ?1 AND page_failures > 0
             AND EXISTS (SELECT 1 FROM article_titles l
                WHERE l.article_id = articles.id AND l.dismissed_at IS NOT NULL)",
            [url],
        )?;
        if kept > 0 {
            let id: i64 = tx.query_row("SELECT id FROM articles WHERE url = ?1", [url], |r| {
                r.get(0)
            })?;
            for table in ["evidence", "quotes"] {
                tx.execute(
                    &format!(
                        "DELETE FROM {table} WHERE article_id = ?1 AND title_id IN
                         (SELECT title_id FROM article_titles
                          WHERE article_id = ?1 AND dismissed_at IS NULL)"
                    ),
                    [id],
                )?;
            }
            tx.execute(
                "DELETE FROM article_titles WHERE article_id = ?1 AND dismissed_at IS NULL",
                [id],
            )?;
        }
        let gone = tx.execute(
            "DELETE FROM articles WHERE url = ?1 AND page_failures > 0",
            [url],
        )?;
        tx.commit()?;
        Ok(gone > 0 || kept > 0)
    }
}
