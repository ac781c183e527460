//! What the news pipeline asks of the store beyond recording articles:
//! which titles an article was already read for, so a refresh does not
//! fetch it again.

use super::error::Result;
use super::Store;

impl Store {
    /// Ids of the titles the article at `url` was already read for (empty
    /// when the article is new).
    pub fn article_read_for(&self, url: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.title_id FROM articles a JOIN article_titles t ON t.article_id = a.id
             WHERE a.url = ?1 ORDER BY t.title_id",
        )?;
        let ids = stmt
            .query_map([url], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}
