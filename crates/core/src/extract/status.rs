//! From sentences to one answer: which cues speak about this title's next
//! installment (scope), how sure they are (hedges, negation, time), the most
//! advanced claim (or an ending), its evidence, the release date or window and
//! the label of the next installment.

use super::cues::{self, number_word, Cue, Hit};
use super::fold::{Clauses, Folded};
use super::matcher::{number_after, own_number, short_hit_ok, Names};
use super::people::People;
use super::quotes::{self, Found};
use super::release::{self, Release};
use super::sentences::{paragraphs, sentences, Sentence};
use super::{Extraction, Quote, TitleQuery};
use crate::model::{Kind, Status};
use chrono::NaiveDate;

/// A numbered installment named in one sentence.
#[derive(Debug, Clone)]
struct Label {
    n: u32,
    written: String,
}

/// One status claim the article makes.
#[derive(Debug, Clone)]
struct Claim {
    status: Status,
    sentence: usize,
    official: bool,
    old: bool,
    /// "after two seasons", "third and final season": the current season.
    current: Option<u32>,
}

/// What one sentence carries.
#[derive(Debug, Default, Clone)]
struct Facts {
    key_start: usize,
    key_end: usize,
    title: bool,
    labels: Vec<Label>,
    installment: bool,
    old: bool,
    future: bool,
    quote: Option<usize>,
    /// Inside quotation marks nobody involved is credited with.
    unattributed: bool,
    releases: Vec<Release>,
    current: Option<u32>,
}

fn clause_break(s: &str) -> bool {
    s.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}']) || s.contains(" but ")
}

fn words_between(key: &str, a: usize, b: usize) -> usize {
    if b <= a {
        return 0;
    }
    key[a..b].split(' ').filter(|w| !w.is_empty()).count()
}

pub fn read(title: &TitleQuery, text: &str, published: Option<NaiveDate>) -> Extraction {
    let paras = paragraphs(text);
    let sents = sentences(text, &paras);
    let folded = Folded::new(text, Clauses::Drop);
    let key = folded.key.as_str();
    let names = Names::new(title);
    let base = names.keys.first().and_then(|k| own_number(k)).unwrap_or(1);

    let hits = cues::scan(key);
    let people = People::scan(text, &sents);
    let raws = quotes::spans(text, &paras);
    let found = quotes::attribute(text, &paras, &raws, &people);

    // Per sentence facts, hits bucketed by position (both sorted: linear).
    let mut facts: Vec<Facts> = Vec::with_capacity(sents.len());
    let mut sent_hits: Vec<(usize, usize)> = Vec::with_capacity(sents.len());
    let mut hi = 0;
    let mut sorted_hits = hits;
    sorted_hits.sort_by_key(|h| h.start);
    for s in &sents {
        let ks = folded.key_at(s.span.start).saturating_sub(1);
        let ke = folded.key_at(s.span.end).min(key.len());
        while hi < sorted_hits.len() && sorted_hits[hi].start < ks {
            hi += 1;
        }
        let mut hj = hi;
        while hj < sorted_hits.len() && sorted_hits[hj].start < ke {
            hj += 1;
        }
        sent_hits.push((hi, hj));
        facts.push(Facts { key_start: ks, key_end: ke, ..Facts::default() });
    }

    // Title hits.
    let mut mentioned = false;
    for k in &names.keys {
        let pat = format!(" {k} ");
        let mut from = 0;
        while let Some(i) = key[from..].find(&pat) {
            let start = from + i + 1;
            let end = start + k.len();
            from = start;
            let si = facts.partition_point(|f| f.key_end <= start);
            let Some(f) = facts.get(si) else { continue };
            if names.short {
                let (s, e) = folded.orig_range(start, end);
                if !short_hit_ok(text, s, e, &names.written, &key[f.key_start..f.key_end]) {
                    continue;
                }
            }
            mentioned = true;
            let f = &mut facts[si];
            f.title = true;
            if let Some((n, lend)) = number_after(key, end, base) {
                let (os, oe) = folded.orig_range(start, lend);
                let written = text[os..oe].trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
                f.labels.push(Label { n, written });
            }
        }
    }

    // Quotes per sentence.
    for (si, s) in sents.iter().enumerate() {
        let inside = |parts: &[super::sentences::Span]| parts.iter().any(|p| p.start <= s.span.start + 1 && s.span.start < p.end);
        facts[si].quote = found.iter().position(|q| inside(&q.parts));
        if facts[si].quote.is_none() {
            facts[si].unattributed = raws.iter().any(|r| {
                let len: usize = r.parts.iter().map(|p| p.end - p.start).sum();
                inside(&r.parts) && len * 2 > s.span.end - s.span.start
            });
        }
    }

    // Sentence facts from cue hits and words.
    for (si, f) in facts.iter_mut().enumerate() {
        let (a, b) = sent_hits[si];
        for h in &sorted_hits[a..b] {
            match h.cue {
                Cue::Installment => f.installment = true,
                Cue::Old => f.old = true,
                Cue::Future => f.future = true,
                _ => {}
            }
        }
        let skey = &key[f.key_start..f.key_end];
        series_numbers(skey, title.kind, f, &names, base);
        f.releases = release::find(skey, published, |x, y| {
            let (os, oe) = folded.orig_range(f.key_start + x, f.key_start + y);
            text[os..oe].to_string()
        });
    }
    // A quote's lead-in sets its scope and time: "there are conversations about a Purple Hearts 2:".
    let mut quote_scope = vec![false; found.len()];
    let mut quote_old = vec![false; found.len()];
    for (qi, q) in found.iter().enumerate() {
        let lead_key = Folded::new(&text[q.lead.start..q.lead.end], Clauses::Drop);
        let lead_hits = cues::scan(&lead_key.key);
        let title_in_lead = names.keys.iter().any(|k| lead_key.key.contains(&format!(" {k} ")));
        quote_scope[qi] = title_in_lead || lead_hits.iter().any(|h| h.cue == Cue::Installment);
        quote_old[qi] = lead_hits.iter().any(|h| h.cue == Cue::Old);
    }
    for f in &facts {
        if let Some(q) = f.quote {
            if f.installment || f.title || !f.labels.is_empty() {
                quote_scope[q] = true;
            }
        }
    }

    // Claims.
    let mut claims: Vec<Claim> = Vec::new();
    let mut prev_scope = false;
    let mut prev_para = usize::MAX;
    for (si, s) in sents.iter().enumerate() {
        let f = &facts[si];
        if s.para != prev_para {
            prev_scope = false;
            prev_para = s.para;
        }
        if f.unattributed {
            continue;
        }
        let (a, b) = sent_hits[si];
        let hs = &sorted_hits[a..b];
        let has_ref = f.installment || !f.labels.is_empty();
        let other = other_title(text, s, &names, &folded);
        let in_scope = match f.quote {
            Some(q) => quote_scope[q] || has_ref,
            None => (has_ref && !other) || (prev_scope && continues_topic(text, s)),
        };
        prev_scope = in_scope && f.quote.is_none();
        if !in_scope {
            continue;
        }
        let old = f.old || f.quote.is_some_and(|q| quote_old[q]);
        for h in hs {
            let Some(level) = judge(text, key, &folded, s, f, h, hs, title.kind) else { continue };
            let official = f.quote.is_some()
                || hs.iter().any(|x| matches!(cues::phrase(x), "officially" | "announced" | "confirmed" | "announces" | "confirms"));
            claims.push(Claim { status: level, sentence: si, official, old, current: f.current });
        }
    }

    // Decide: an ending ends the ladder unless it is old and newer climbing claims exist.
    let present_climb = claims.iter().any(|c| !c.status.is_ending() && !c.old && c.status != Status::Rumored);
    let ending = claims.iter().find(|c| c.status.is_ending() && !(c.old && present_climb));
    let best = match ending {
        Some(c) => Some(c.clone()),
        None => claims
            .iter()
            .filter(|c| !c.status.is_ending())
            .max_by_key(|c| {
                let f = &facts[c.sentence];
                (c.status.rank().unwrap_or(0), !c.old, c.official, f.title || !f.labels.is_empty(), std::cmp::Reverse(c.sentence))
            })
            .cloned(),
    };

    let status = best.as_ref().map(|c| c.status).unwrap_or(Status::Unknown);
    let evidence = best.as_ref().map(|c| evidence_text(text, &sents[c.sentence], facts[c.sentence].quote.map(|q| &found[q])));
    let official = best.as_ref().is_some_and(|c| c.official);

    // Release: from the winning sentence, else from any in-scope release cue.
    let release = best
        .as_ref()
        .and_then(|c| facts[c.sentence].releases.first().map(|r| r.value.clone()))
        .or_else(|| {
            claims.iter().find_map(|c| facts[c.sentence].releases.iter().find(|r| r.specific).map(|r| r.value.clone()))
        })
        .or_else(|| claims.iter().find_map(|c| facts[c.sentence].releases.first().map(|r| r.value.clone())));

    let any_ref = facts.iter().any(|f| f.installment || !f.labels.is_empty());
    let next = if mentioned || any_ref {
        next_label(title, &names, base, &facts, best.as_ref(), status, any_ref)
    } else {
        None
    };
    let quotes = if mentioned || next.is_some() {
        found.iter().map(|q| Quote { speaker: q.speaker.clone(), role: q.role.clone(), text: q.text.clone(), outlet: q.outlet.clone() }).collect()
    } else {
        Vec::new()
    };
    Extraction {
        title: title.name.clone(),
        mentioned: mentioned || next.is_some() && status != Status::Unknown,
        next,
        status,
        evidence,
        release,
        quotes,
        official,
    }
}

/// Season numbers ("season 3", "third season", British "series 2") and the
/// current season ("after two seasons", "third and final season").
fn series_numbers(skey: &str, kind: Kind, f: &mut Facts, names: &Names, base: u32) {
    let ws: Vec<&str> = skey.split(' ').filter(|w| !w.is_empty()).collect();
    for i in 0..ws.len() {
        let w = ws[i];
        let next = ws.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { ws[i - 1] } else { "" };
        if kind == Kind::Series {
            if (w == "season" || w == "series" && next.bytes().all(|b| b.is_ascii_digit())) && !next.is_empty() {
                if let Some(n) = number_word(next).filter(|n| *n <= 30) {
                    if next.bytes().all(|b| b.is_ascii_digit()) || n >= 2 {
                        f.labels.push(Label { n, written: format!("Season {n}") });
                    }
                }
            }
            if (next == "season" || next == "seasons") && w != "one" && w != "first" {
                if let Some(n) = number_word(w).filter(|_| !w.bytes().all(|b| b.is_ascii_digit())) {
                    if prev == "after" || ws.get(i.wrapping_sub(2)).copied() == Some("after") {
                        f.current = Some(n);
                    } else if next == "season" {
                        f.labels.push(Label { n, written: format!("Season {n}") });
                    }
                }
            }
            // "after a single season", "after just one season", "after one season".
            if w == "after" {
                let span: Vec<&str> = ws[i + 1..(i + 5).min(ws.len())].to_vec();
                if let Some(p) = span.iter().position(|x| *x == "season" || *x == "seasons") {
                    let n = span[..p].iter().find_map(|x| match *x {
                        "single" | "one" | "a" => Some(1),
                        other => number_word(other),
                    });
                    if let Some(n) = n {
                        f.current = Some(n);
                    }
                }
            }
            // "third and final season".
            if w == "and" && next == "final" && ws.get(i + 2) == Some(&"season") {
                if let Some(n) = number_word(prev) {
                    f.current = Some(n);
                }
            }
        } else {
            // "a second Purple Hearts film", "the third film".
            if let Some(n) = number_word(w).filter(|n| *n >= 2 && !w.bytes().all(|b| b.is_ascii_digit())) {
                let noun = ["film", "movie", "installment", "instalment", "entry", "outing", "chapter"];
                if noun.contains(&next) {
                    f.labels.push(Label { n, written: String::new() });
                } else if let Some(k) = names.keys.first() {
                    let rest = ws[i + 1..].join(" ");
                    if rest.starts_with(k.as_str()) && noun.iter().any(|x| rest[k.len()..].trim_start().starts_with(x)) {
                        f.labels.push(Label { n, written: String::new() });
                    }
                }
            }
            let _ = base;
        }
    }
}

/// Whether a sentence with no installment words of its own carries on the
/// previous one's topic ("It is set to ...", "Production begins ...").
fn continues_topic(text: &str, s: &Sentence) -> bool {
    let t = text[s.span.start..s.span.end].trim_start_matches(['"', '\u{201C}']);
    ["It ", "It’s ", "It's ", "The project", "The sequel", "The film ", "The movie ", "Production", "Filming", "Shooting", "The show ", "The series "]
        .iter()
        .any(|p| t.starts_with(p))
}

/// A sentence whose installment words belong to another title: a capitalised
/// name right before "season"/"sequel"/"2" that is not ours, with ours absent.
fn other_title(text: &str, s: &Sentence, names: &Names, _folded: &Folded) -> bool {
    let t = &text[s.span.start..s.span.end];
    let tk = super::fold::key_of(t);
    let padded = format!(" {tk} ");
    if names.keys.iter().any(|k| padded.contains(&format!(" {k} "))) {
        return false;
    }
    // "Netflix also renewed Wednesday for season 3": renewed <Name> for.
    let ws: Vec<&str> = t.split_whitespace().collect();
    for i in 1..ws.len() {
        let w = ws[i].trim_matches(|c: char| !c.is_alphanumeric());
        let lw = w.to_lowercase();
        if matches!(lw.as_str(), "season" | "sequel" | "seasons") {
            let prev = ws[i - 1].trim_end_matches(['’', '\'', 's']);
            let prev_clean = prev.trim_matches(|c: char| !c.is_alphanumeric());
            if prev_clean.chars().next().is_some_and(char::is_uppercase)
                && !matches!(prev_clean, "The" | "A" | "Netflix" | "HBO" | "Hulu" | "Its" | "This" | "New" | "Final" | "Next" | "Second" | "Third" | "Fourth" | "First")
                && i > 1
            {
                return true;
            }
        }
        if matches!(lw.as_str(), "renewed" | "cancelled" | "canceled" | "axed") {
            if let Some(n) = ws.get(i + 1) {
                let n = n.trim_matches(|c: char| !c.is_alphanumeric());
                if n.chars().next().is_some_and(char::is_uppercase) && !matches!(n, "The" | "It" | "For" | "In" | "After") {
                    return true;
                }
            }
        }
    }
    false
}

/// The level one cue hit claims in its sentence, after hedges, negation and
/// tense; None when it claims nothing.
#[allow(clippy::too_many_arguments)]
fn judge(text: &str, key: &str, folded: &Folded, s: &Sentence, f: &Facts, h: &Hit, hs: &[Hit], kind: Kind) -> Option<Status> {
    let is_status = matches!(
        h.cue,
        Cue::Rumored | Cue::InTalks | Cue::Confirmed | Cue::InProduction | Cue::ReleaseCue | Cue::Released | Cue::Cancelled | Cue::Denied | Cue::Final
    );
    if !is_status {
        return None;
    }
    // A longer status phrase covering this one speaks instead ("not interested in making").
    let covered = hs.iter().any(|o| {
        !std::ptr::eq(o, h)
            && o.start <= h.start
            && h.end <= o.end
            && (o.end - o.start) > (h.end - h.start)
            && matches!(o.cue, Cue::Rumored | Cue::InTalks | Cue::Confirmed | Cue::InProduction | Cue::ReleaseCue | Cue::Released | Cue::Cancelled | Cue::Denied | Cue::Final)
    });
    if covered {
        return None;
    }
    let orig_between = |a: usize, b: usize| -> &str {
        let (x, _) = folded.orig_range(a, a);
        let (y, _) = folded.orig_range(b, b);
        if x <= y { text.get(x..y).unwrap_or("") } else { "" }
    };
    let negated = hs.iter().any(|o| {
        o.cue == Cue::Negation && o.end <= h.start && words_between(key, o.end, h.start) <= 3 && !clause_break(orig_between(o.end, h.start))
    }) || hs.iter().any(|o| o.cue == Cue::PostNegation && o.start >= h.end);
    let hedged = hs.iter().any(|o| {
        (o.cue == Cue::Hedge || o.cue == Cue::Rumored && h.cue != Cue::Rumored)
            && (o.end <= h.start && !clause_break(orig_between(o.end, h.start)) || o.start >= h.end && words_between(key, h.end, o.start) <= 1)
            && !(o.start >= h.start && o.end <= h.end)
    });
    let has_date = f.releases.iter().any(|r| r.specific);
    let _ = s;
    let level = match h.cue {
        Cue::Rumored => (!negated).then_some(Status::Rumored)?,
        Cue::InTalks => {
            if negated {
                return None;
            }
            if hedged { Status::Rumored } else { Status::InTalks }
        }
        Cue::Confirmed => {
            if negated {
                return None;
            }
            if hedged { Status::Rumored } else { Status::Confirmed }
        }
        Cue::InProduction => {
            if negated {
                return None;
            }
            if hedged {
                Status::Rumored
            } else if f.future {
                Status::Confirmed
            } else {
                Status::InProduction
            }
        }
        Cue::ReleaseCue => {
            if negated {
                return None;
            }
            if hedged {
                Status::Rumored
            } else if has_date {
                Status::ReleaseDateSet
            } else {
                Status::Confirmed
            }
        }
        Cue::Released => {
            if negated || hedged || f.future || f.labels.is_empty() && !f.installment {
                return None;
            }
            Status::Released
        }
        Cue::Cancelled => {
            if negated || hedged {
                return None;
            }
            Status::Cancelled
        }
        Cue::Denied => {
            if hedged {
                return None;
            }
            if negated {
                return matches!(cues::phrase(h), "ruled out" | "rules out").then_some(Status::Rumored);
            }
            Status::Denied
        }
        Cue::Final => {
            // "will be the final season" is a season that is coming.
            if negated || hedged || f.future || kind == Kind::Movie {
                return None;
            }
            let coming = hs.iter().any(|o| matches!(o.cue, Cue::ReleaseCue | Cue::Confirmed | Cue::InProduction) && !(o.start >= h.start && o.end <= h.end));
            if coming {
                return None;
            }
            Status::Denied
        }
        _ => return None,
    };
    Some(level)
}

fn evidence_text(text: &str, s: &Sentence, quote: Option<&Found>) -> String {
    if let Some(q) = quote {
        if q.text.len() <= 160 {
            return q.text.clone();
        }
    }
    let t = &text[s.span.start..s.span.end];
    t.trim_matches(['"', '\u{201C}', '\u{201D}', ' ']).to_string()
}

fn next_label(title: &TitleQuery, names: &Names, base: u32, facts: &[Facts], best: Option<&Claim>, status: Status, any_ref: bool) -> Option<String> {
    let natural = |n: u32| -> String {
        if title.kind == Kind::Series {
            return format!("Season {n}");
        }
        match names.keys.first().and_then(|k| own_number(k)) {
            Some(own) => {
                let name = title.name.trim();
                let cut = name.rfind(' ').map(|i| &name[..i]).unwrap_or(name);
                let _ = own;
                format!("{cut} {n}")
            }
            None => format!("{} {n}", title.name.trim()),
        }
    };
    let written_for = |n: u32| -> String {
        facts
            .iter()
            .flat_map(|f| f.labels.iter())
            .find(|l| l.n == n && !l.written.is_empty())
            .map(|l| l.written.clone())
            .unwrap_or_else(|| natural(n))
    };
    if title.kind == Kind::Series {
        if let Some(c) = best {
            let f = &facts[c.sentence];
            if let Some(cur) = c.current.or(f.current) {
                return Some(natural(cur + 1));
            }
            if let Some(l) = f.labels.iter().map(|l| l.n).max() {
                return Some(natural(l));
            }
        }
        if let Some(cur) = facts.iter().filter_map(|f| f.current).max() {
            return Some(natural(cur + 1));
        }
        let max = facts.iter().flat_map(|f| f.labels.iter()).map(|l| l.n).max();
        return max.map(natural).or_else(|| (status != Status::Unknown).then(|| natural(2)));
    }
    if let Some(c) = best {
        if let Some(l) = facts[c.sentence].labels.iter().max_by_key(|l| l.n) {
            return Some(written_for(l.n));
        }
    }
    // The number the article names most often.
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for l in facts.iter().flat_map(|f| f.labels.iter()) {
        match counts.iter_mut().find(|(n, _)| *n == l.n) {
            Some(c) => c.1 += 1,
            None => counts.push((l.n, 1)),
        }
    }
    if let Some((n, _)) = counts.iter().max_by_key(|(n, c)| (*c, std::cmp::Reverse(*n))) {
        return Some(written_for(*n));
    }
    (any_ref && status != Status::Unknown || status != Status::Unknown).then(|| natural(base + 1))
}
