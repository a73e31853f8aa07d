//! Scores the analysis on the annotated articles in `tests/fixtures/articles/` and fails when
//! a figure drops below its floor. The scoring follows the project's evaluation rules: an
//! entity matches a gold entity when they share a normalised form (name or alias); a quote
//! matches when their token F1 is at least 0.6 (a reported statement, kind `indirect`, when its
//! content's token F1 with a gold `reported` entry is at least 0.5); a speaker is right when it names the gold
//! speaker (its name, an alias, or a leading/trailing part of its name).
//!
//! The floors sit a little under the measured figures so that a regression fails loudly;
//! the printed table shows the real numbers (`cargo test --test dev_set -- --nocapture`).

use std::collections::HashMap;

use article_lens::analyze;
use serde_json::Value;
use unicode_fold::norm;

mod unicode_fold {
    /// Casefold, strip diacritics, delete dots and apostrophes, punctuation → space, drop "the ".
    pub fn norm(s: &str, strip_the: bool) -> String {
        let mut out = String::new();
        for c in s.chars() {
            let c = fold_char(c);
            for c in c.chars() {
                if matches!(c, '.' | '\'' | '’' | 'ʼ' | '‘' | '`' | '´') {
                    continue;
                }
                if c.is_alphanumeric() {
                    out.extend(c.to_lowercase());
                } else {
                    out.push(' ');
                }
            }
        }
        let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
        if strip_the {
            if let Some(rest) = joined.strip_prefix("the ") {
                return rest.to_string();
            }
        }
        joined
    }

    fn fold_char(c: char) -> String {
        article_lens::gazetteer::fold(&c.to_string())
            .chars()
            .next()
            .map(|f| {
                if c.is_uppercase() {
                    f.to_uppercase().collect()
                } else {
                    f.to_string()
                }
            })
            .unwrap_or_else(|| c.to_string())
    }
}

fn forms(e: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(n) = e["name"].as_str() {
        out.push(norm(n, true));
    }
    if let Some(a) = e["aliases"].as_array() {
        for x in a {
            if let Some(s) = x.as_str() {
                out.push(norm(s, true));
            }
        }
    }
    out.retain(|f| !f.is_empty());
    out
}

/// Maximum bipartite matching between predicted and gold entities sharing a form.
fn match_entities(preds: &[Value], golds: &[Value]) -> usize {
    let gf: Vec<Vec<String>> = golds.iter().map(forms).collect();
    let adj: Vec<Vec<usize>> = preds
        .iter()
        .map(|p| {
            let pf = forms(p);
            (0..golds.len())
                .filter(|&j| gf[j].iter().any(|f| pf.contains(f)))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; golds.len()];
    fn augment(
        i: usize,
        adj: &[Vec<usize>],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for &j in &adj[i] {
            if !seen[j] {
                seen[j] = true;
                if owner[j].is_none() || augment(owner[j].unwrap(), adj, owner, seen) {
                    owner[j] = Some(i);
                    return true;
                }
            }
        }
        false
    }
    let mut n = 0;
    for i in 0..preds.len() {
        let mut seen = vec![false; golds.len()];
        if augment(i, &adj, &mut owner, &mut seen) {
            n += 1;
        }
    }
    n
}

fn token_f1(a: &[String], b: &[String]) -> f64 {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for t in a {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in b {
        let c = counts.entry(t).or_default();
        if *c > 0 {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        0.0
    } else {
        2.0 * common as f64 / (a.len() + b.len()) as f64
    }
}

fn speaker_ok(pred: Option<&str>, gold: Option<&str>, actors: &[Value]) -> bool {
    let Some(gold) = gold else {
        return pred.is_none_or(str::is_empty);
    };
    let Some(pred) = pred.filter(|p| !p.is_empty()) else {
        return false;
    };
    let g = norm(gold, true);
    let actor = actors.iter().find(|a| forms(a).contains(&g));
    let name: Vec<String> = norm(actor.and_then(|a| a["name"].as_str()).unwrap_or(gold), true)
        .split(' ')
        .map(str::to_string)
        .collect();
    let p: Vec<String> = norm(pred, true).split(' ').map(str::to_string).collect();
    let fs: Vec<Vec<String>> = actor
        .map(forms)
        .unwrap_or_else(|| vec![g.clone()])
        .iter()
        .map(|f| f.split(' ').map(str::to_string).collect())
        .collect();
    !p.is_empty()
        && (fs.contains(&p)
            || (p.len() <= name.len()
                && (name[..p.len()] == p[..] || name[name.len() - p.len()..] == p[..]))
            || fs
                .iter()
                .any(|f| f.len() <= p.len() && p[p.len() - f.len()..] == f[..]))
}

#[derive(Default)]
struct Counts {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        if self.pred + self.gold == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / (self.pred + self.gold) as f64
        }
    }
}

#[test]
fn dev_articles_meet_their_floors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 29, "the annotated articles are missing");
    let (mut person, mut org, mut place, mut quotes) = (
        Counts::default(),
        Counts::default(),
        Counts::default(),
        Counts::default(),
    );
    let (mut attr_ok, mut attr_n, mut e2e_ok) = (0, 0, 0);
    let mut reported = Counts::default();
    let (mut rattr_ok, mut rattr_n) = (0, 0);
    for f in &files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let text = gold["text"].as_str().unwrap();
        let pred: Value = serde_json::to_value(analyze(text)).unwrap();
        let by_kind = |doc: &Value, kind: &str| -> Vec<Value> {
            doc["actors"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["kind"] == kind)
                .cloned()
                .collect()
        };
        for (c, kind) in [(&mut person, "person"), (&mut org, "organization")] {
            let (p, g) = (by_kind(&pred, kind), by_kind(&gold, kind));
            c.tp += match_entities(&p, &g);
            c.pred += p.len();
            c.gold += g.len();
        }
        let (pp, gp) = (
            pred["places"].as_array().unwrap(),
            gold["places"].as_array().unwrap(),
        );
        place.tp += match_entities(pp, gp);
        place.pred += pp.len();
        place.gold += gp.len();

        let actors = gold["actors"].as_array().unwrap();
        let all = pred["quotes"].as_array().unwrap();
        let (pq, pr): (Vec<Value>, Vec<Value>) =
            all.iter().cloned().partition(|q| q["kind"] != "indirect");
        let gq = gold["quotes"].as_array().unwrap();
        let m = match_speech(&pq, gq, 0.6, actors);
        quotes.tp += m.tp;
        attr_ok += m.attr_ok;
        attr_n += m.attr_n;
        e2e_ok += m.e2e_ok;
        quotes.pred += pq.len();
        quotes.gold += gq.len();
        // Reported speech: content token F1 ≥ 0.5, as the evaluation scores it.
        let gr = gold["reported"].as_array().unwrap();
        let m = match_speech(&pr, gr, 0.5, actors);
        reported.tp += m.tp;
        reported.pred += pr.len();
        reported.gold += gr.len();
        rattr_ok += m.attr_ok;
        rattr_n += m.attr_n;
    }
    let attribution = attr_ok as f64 / attr_n.max(1) as f64;
    let end_to_end = e2e_ok as f64 / quotes.gold.max(1) as f64;
    let rattribution = rattr_ok as f64 / rattr_n.max(1) as f64;
    println!(
        "reported speech: F1 {:.3} (P {:.3} R {:.3})  attribution {:.3}",
        reported.f1(),
        reported.tp as f64 / reported.pred.max(1) as f64,
        reported.tp as f64 / reported.gold.max(1) as f64,
        rattribution
    );
    println!(
        "{} articles: persons F1 {:.3}  organizations F1 {:.3}  places F1 {:.3}  quotes F1 {:.3}  attribution {:.3}  end-to-end {:.3}",
        files.len(),
        person.f1(),
        org.f1(),
        place.f1(),
        quotes.f1(),
        attribution,
        end_to_end
    );
    assert!(
        person.f1() >= FLOORS.0,
        "person F1 {:.3} fell below {}",
        person.f1(),
        FLOORS.0
    );
    assert!(
        org.f1() >= FLOORS.1,
        "organization F1 {:.3} fell below {}",
        org.f1(),
        FLOORS.1
    );
    assert!(
        place.f1() >= FLOORS.2,
        "place F1 {:.3} fell below {}",
        place.f1(),
        FLOORS.2
    );
    assert!(
        quotes.f1() >= FLOORS.3,
        "quote F1 {:.3} fell below {}",
        quotes.f1(),
        FLOORS.3
    );
    assert!(
        attribution >= FLOORS.4,
        "attribution {attribution:.3} fell below {}",
        FLOORS.4
    );
    assert!(
        end_to_end >= FLOORS.5,
        "end-to-end {end_to_end:.3} fell below {}",
        FLOORS.5
    );
    assert!(
        reported.f1() >= REPORTED_FLOORS.0,
        "reported speech F1 {:.3} fell below {}",
        reported.f1(),
        REPORTED_FLOORS.0
    );
    assert!(
        rattribution >= REPORTED_FLOORS.1,
        "reported speech attribution {rattribution:.3} fell below {}",
        REPORTED_FLOORS.1
    );
}

/// (reported speech F1, its attribution accuracy) floors over the 29 articles.
const REPORTED_FLOORS: (f64, f64) = (0.86, 0.92);

/// What matching predicted speech to gold found.
struct Matched {
    tp: usize,
    attr_ok: usize,
    attr_n: usize,
    e2e_ok: usize,
}

/// Greedy one-to-one matching of predicted and gold speech by token F1 (best pairs first,
/// at least `threshold`), with speaker checks.
fn match_speech(pq: &[Value], gq: &[Value], threshold: f64, actors: &[Value]) -> Matched {
    let toks = |q: &Value| -> Vec<String> {
        norm(q["text"].as_str().unwrap_or(""), false)
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let ptoks: Vec<_> = pq.iter().map(toks).collect();
    let gtoks: Vec<_> = gq.iter().map(toks).collect();
    let mut pairs = Vec::new();
    for (i, p) in ptoks.iter().enumerate() {
        for (j, g) in gtoks.iter().enumerate() {
            pairs.push((token_f1(p, g), i, j));
        }
    }
    pairs.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap()
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let mut m = Matched {
        tp: 0,
        attr_ok: 0,
        attr_n: 0,
        e2e_ok: 0,
    };
    let (mut used_p, mut used_g) = (vec![false; pq.len()], vec![false; gq.len()]);
    for (f1, i, j) in pairs {
        if f1 < threshold {
            break;
        }
        if used_p[i] || used_g[j] {
            continue;
        }
        used_p[i] = true;
        used_g[j] = true;
        m.tp += 1;
        let right = speaker_ok(pq[i]["speaker"].as_str(), gq[j]["speaker"].as_str(), actors);
        // End to end: found and rightly attributed (a null gold speaker wants null).
        if right {
            m.e2e_ok += 1;
        }
        if gq[j]["speaker"].is_string() {
            m.attr_n += 1;
            if right {
                m.attr_ok += 1;
            }
        }
    }
    m
}

/// (person, organization, place, quote F1, attribution accuracy, end-to-end) floors over the
/// 29 articles.
const FLOORS: (f64, f64, f64, f64, f64, f64) = (0.92, 0.88, 0.92, 0.98, 0.93, 0.92);
