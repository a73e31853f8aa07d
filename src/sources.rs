//! Who is quoted: the sources of one [`Summary`], and their totals over an archive.
//!
//! A *source* is every speaker of at least one quote or reported statement, plus two rows
//! that gather the rest: "anonymous" (the text says the source is unnamed) and
//! "unattributed" (no speaker found). Everything is read from the summary alone: the Sources
//! view, the `sources.csv` export and `article-lens sources` give the same figures for the
//! same summary. Gender is the one the text states ([`Actor::gender`]), never a guess.
//!
//! Words quoted are the words inside quotation marks (direct and partial quotes); reported
//! statements are counted apart, since their words are the reporter's.

use std::collections::HashMap;

use serde::Serialize;

use crate::summary::{Actor, ActorKind, Quote, QuoteKind, SpeakerKind, StatedGender, Summary};

/// What a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Person,
    Organization,
    /// A country or city speaking as its government.
    Government,
    /// Named only by a description the analysis did not tie to an actor ("the ministry").
    Other,
    /// The text says the source is unnamed ("officials said").
    Anonymous,
    /// No speaker was found.
    Unattributed,
}

impl SourceKind {
    /// The word shown to readers and written in tables.
    pub fn word(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Government => "government",
            SourceKind::Other => "other",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Unattributed => "unattributed",
        }
    }

    /// A speaker the text names (anything but anonymous and unattributed).
    pub fn named(self) -> bool {
        !matches!(self, SourceKind::Anonymous | SourceKind::Unattributed)
    }
}

/// Key of the anonymous row.
pub const ANONYMOUS: &str = "anonymous";
/// Key of the unattributed row.
pub const UNATTRIBUTED: &str = "unattributed";

/// The source a quote belongs to: its speaker id, [`ANONYMOUS`], [`UNATTRIBUTED`], or
/// `said:` and the description of a speaker that is no actor.
pub fn source_key(q: &Quote) -> String {
    match (&q.speaker_id, q.speaker_kind, &q.speaker) {
        (Some(id), _, _) => id.clone(),
        (None, Some(SpeakerKind::Anonymous), _) => ANONYMOUS.to_string(),
        (None, _, Some(description)) => format!("said:{}", description.to_lowercase()),
        (None, _, None) => UNATTRIBUTED.to_string(),
    }
}

/// Words in a quote: runs between spaces holding a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// One source of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// [`source_key`] of its quotes: the actor or place id, or a fixed key.
    pub key: String,
    pub name: String,
    pub kind: SourceKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// For persons: the gender the text states; `None` is "not stated".
    pub gender: Option<StatedGender>,
    /// Direct and partial quotes.
    pub quotes: usize,
    /// Reported statements.
    pub reported: usize,
    /// Words inside quotation marks.
    pub words: usize,
    /// `words` as a share of all words quoted in the article (0 when none are).
    pub share: f64,
    /// The same share in thousandths, rounded (for display without floating-point
    /// formatting, which the web build does without).
    #[serde(skip)]
    pub permille: u32,
    /// Position of its first statement, for a stable order.
    pub first: usize,
}

/// The headline figures of a set of sources.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Figures {
    /// Sources the text names (persons, organizations, governments, others).
    pub sources: usize,
    pub named_persons: usize,
    /// Organizations and governments.
    pub organizations: usize,
    /// Statements (quotes and reported) from anonymous sources, as a share of all statements.
    pub anonymous_share: f64,
    /// Statements from anonymous sources.
    pub anonymous: usize,
    /// Persons whom the text calls a woman / a man / neither.
    pub women: usize,
    pub men: usize,
    pub not_stated: usize,
    /// All statements and all quoted words.
    pub statements: usize,
    pub words: usize,
}

/// The sources of one summary: rows (most words quoted first; anonymous and unattributed
/// last) and headline figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sources {
    pub rows: Vec<Source>,
    pub figures: Figures,
}

impl Sources {
    /// The sources of `summary`.
    pub fn of(summary: &Summary) -> Sources {
        let actors: HashMap<&str, &Actor> =
            summary.actors.iter().map(|a| (a.id.as_str(), a)).collect();
        let places: HashMap<&str, &str> = summary
            .places
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .collect();
        let mut rows: Vec<Source> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (n, q) in summary.quotes.iter().enumerate() {
            let key = source_key(q);
            let i = *index.entry(key.clone()).or_insert_with(|| {
                rows.push(new_row(key, q, &actors, &places, n));
                rows.len() - 1
            });
            let row = &mut rows[i];
            if q.kind == QuoteKind::Indirect {
                row.reported += 1;
            } else {
                row.quotes += 1;
                row.words += word_count(&q.text);
            }
        }
        let words: usize = rows.iter().map(|r| r.words).sum();
        for r in &mut rows {
            r.share = share(r.words, words);
            r.permille = permille(r.words, words);
        }
        rows.sort_by(|a, b| {
            (!a.kind.named(), a.kind == SourceKind::Unattributed)
                .cmp(&(!b.kind.named(), b.kind == SourceKind::Unattributed))
                .then(b.words.cmp(&a.words))
                .then((b.quotes + b.reported).cmp(&(a.quotes + a.reported)))
                .then(a.first.cmp(&b.first))
        });
        let figures = figures(&rows);
        Sources { rows, figures }
    }

    /// The rows as `sources.csv` ([`SOURCES_HEADER`]).
    pub fn csv(&self) -> String {
        crate::csv::table(
            SOURCES_HEADER,
            self.rows.iter().map(source_fields).collect(),
        )
    }
}

/// Header row of `sources.csv`.
pub const SOURCES_HEADER: &str =
    "name,kind,role,affiliation,gender,quotes,reported,words_quoted,share_of_words";

fn source_fields(r: &Source) -> Vec<String> {
    vec![
        r.name.clone(),
        r.kind.word().to_string(),
        r.role.clone().unwrap_or_default(),
        r.affiliation.clone().unwrap_or_default(),
        gender_word(r.kind, r.gender).to_string(),
        r.quotes.to_string(),
        r.reported.to_string(),
        r.words.to_string(),
        decimal3(r.permille),
    ]
}

/// `part / whole` in thousandths, rounded half up; 0 when `whole` is 0.
pub fn permille(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        0
    } else {
        ((part as u64 * 2000 + whole as u64) / (whole as u64 * 2)) as u32
    }
}

/// Thousandths as a decimal with three places: 833 → "0.833", 1000 → "1.000".
pub fn decimal3(permille: u32) -> String {
    format!("{}.{:03}", permille / 1000, permille % 1000)
}

/// Thousandths as a whole percentage: 454 → "45%"; "<1%" for a share above 0 that rounds
/// to 0.
pub fn percent(permille: u32) -> String {
    match (permille + 5) / 10 {
        0 if permille > 0 => "<1%".to_string(),
        p => format!("{p}%"),
    }
}

/// "woman", "man", "not stated" for persons; empty for other kinds.
pub fn gender_word(kind: SourceKind, gender: Option<StatedGender>) -> &'static str {
    match (kind, gender) {
        (SourceKind::Person, Some(g)) => g.word(),
        (SourceKind::Person, None) => "not stated",
        _ => "",
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn new_row(
    key: String,
    q: &Quote,
    actors: &HashMap<&str, &Actor>,
    places: &HashMap<&str, &str>,
    first: usize,
) -> Source {
    let mut row = Source {
        name: String::new(),
        kind: SourceKind::Unattributed,
        role: None,
        affiliation: None,
        gender: None,
        quotes: 0,
        reported: 0,
        words: 0,
        share: 0.0,
        permille: 0,
        first,
        key,
    };
    if let Some(a) = q.speaker_id.as_deref().and_then(|id| actors.get(id)) {
        row.name = a.name.clone();
        row.kind = match a.kind {
            ActorKind::Person => SourceKind::Person,
            ActorKind::Organization => SourceKind::Organization,
        };
        row.role = a.role.clone();
        row.affiliation = a.affiliation.clone();
        row.gender = a.gender.filter(|_| a.kind == ActorKind::Person);
    } else if let Some(p) = q.speaker_id.as_deref().and_then(|id| places.get(id)) {
        row.name = p.to_string();
        row.kind = SourceKind::Government;
    } else if row.key == ANONYMOUS {
        row.name = "Anonymous sources".to_string();
        row.kind = SourceKind::Anonymous;
    } else if row.key == UNATTRIBUTED {
        row.name = "Unattributed".to_string();
    } else {
        row.name = q.speaker.clone().unwrap_or_default();
        row.kind = match q.speaker_kind {
            Some(SpeakerKind::Person) => SourceKind::Person,
            Some(SpeakerKind::Organization) => SourceKind::Organization,
            Some(SpeakerKind::Government) => SourceKind::Government,
            _ => SourceKind::Other,
        };
    }
    row
}

fn figures(rows: &[Source]) -> Figures {
    let mut f = Figures::default();
    for r in rows {
        f.statements += r.quotes + r.reported;
        f.words += r.words;
        if r.kind.named() {
            f.sources += 1;
        }
        match r.kind {
            SourceKind::Person => {
                f.named_persons += 1;
                match r.gender {
                    Some(StatedGender::Woman) => f.women += 1,
                    Some(StatedGender::Man) => f.men += 1,
                    None => f.not_stated += 1,
                }
            }
            SourceKind::Organization | SourceKind::Government => f.organizations += 1,
            SourceKind::Anonymous => f.anonymous += r.quotes + r.reported,
            _ => {}
        }
    }
    f.anonymous_share = share(f.anonymous, f.statements);
    f
}

// ---------------------------------------------------------------------------------------
// Archives

/// Which table [`Archive`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// One row per source across articles (same name and kind = same source).
    Source,
    /// One row per kind of source.
    Kind,
    /// One row per stated gender of person sources.
    Gender,
    /// One row per article, in input order.
    Article,
}

impl Table {
    pub fn parse(word: &str) -> Option<Table> {
        Some(match word {
            "source" => Table::Source,
            "kind" => Table::Kind,
            "gender" => Table::Gender,
            "article" => Table::Article,
            _ => return None,
        })
    }

    /// The CSV header of this table.
    pub fn header(self) -> &'static str {
        match self {
            Table::Source => "name,kind,gender,articles,quotes,reported,words_quoted,share_of_words",
            Table::Kind => "kind,sources,quotes,reported,words_quoted,share_of_words",
            Table::Gender => "gender,persons,quotes,reported,words_quoted,share_of_words",
            Table::Article => {
                "id,sources,named_persons,organizations,anonymous_share,women,men,not_stated,statements,words_quoted"
            }
        }
    }
}

/// Totals for one source across an archive.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArchiveSource {
    pub name: String,
    pub kind: SourceKind,
    /// The gender stated in most articles that state one (`None`: not stated, or as often
    /// one as the other).
    pub gender: Option<StatedGender>,
    pub articles: usize,
    pub quotes: usize,
    pub reported: usize,
    pub words: usize,
    pub share: f64,
    #[serde(skip)]
    women: usize,
    #[serde(skip)]
    men: usize,
}

/// A row of the kind or gender table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The kind, or "woman" / "man" / "not stated".
    pub group: String,
    /// Distinct sources in the group.
    pub sources: usize,
    pub quotes: usize,
    pub reported: usize,
    pub words: usize,
    pub share: f64,
}

/// A row of the article table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow {
    pub id: serde_json::Value,
    #[serde(flatten)]
    pub figures: Figures,
}

impl ArticleRow {
    pub fn csv(&self) -> String {
        let f = &self.figures;
        let id = match &self.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        crate::csv::row(&[
            id,
            f.sources.to_string(),
            f.named_persons.to_string(),
            f.organizations.to_string(),
            decimal3(permille(f.anonymous, f.statements)),
            f.women.to_string(),
            f.men.to_string(),
            f.not_stated.to_string(),
            f.statements.to_string(),
            f.words.to_string(),
        ])
    }
}

/// Sources summed over many articles. Memory grows with the number of distinct sources,
/// not with the number of articles: nothing of an article is kept but its sources' totals.
#[derive(Debug, Default)]
pub struct Archive {
    sources: Vec<ArchiveSource>,
    index: HashMap<(String, SourceKind), usize>,
    articles: usize,
}

impl Archive {
    pub fn new() -> Self {
        Archive::default()
    }

    /// Adds one article's summary; returns its row of the article table.
    pub fn add(&mut self, id: serde_json::Value, summary: &Summary) -> ArticleRow {
        let sources = Sources::of(summary);
        self.articles += 1;
        for r in &sources.rows {
            let key = (fold(&r.name), r.kind);
            let i = match self.index.get(&key) {
                Some(&i) => i,
                None => {
                    self.sources.push(ArchiveSource {
                        name: r.name.clone(),
                        kind: r.kind,
                        gender: None,
                        articles: 0,
                        quotes: 0,
                        reported: 0,
                        words: 0,
                        share: 0.0,
                        women: 0,
                        men: 0,
                    });
                    self.index.insert(key, self.sources.len() - 1);
                    self.sources.len() - 1
                }
            };
            let s = &mut self.sources[i];
            s.articles += 1;
            s.quotes += r.quotes;
            s.reported += r.reported;
            s.words += r.words;
            match r.gender {
                Some(StatedGender::Woman) => s.women += 1,
                Some(StatedGender::Man) => s.men += 1,
                None => {}
            }
        }
        ArticleRow {
            id,
            figures: sources.figures,
        }
    }

    /// Number of articles added.
    pub fn articles(&self) -> usize {
        self.articles
    }

    /// Sources across the archive, most words quoted first.
    pub fn by_source(&self) -> Vec<ArchiveSource> {
        let words: usize = self.sources.iter().map(|s| s.words).sum();
        let mut out: Vec<ArchiveSource> = self
            .sources
            .iter()
            .map(|s| {
                let mut s = s.clone();
                s.share = share(s.words, words);
                s.gender = match s.women.cmp(&s.men) {
                    std::cmp::Ordering::Greater => Some(StatedGender::Woman),
                    std::cmp::Ordering::Less => Some(StatedGender::Man),
                    std::cmp::Ordering::Equal => None,
                };
                s
            })
            .collect();
        out.sort_by(|a, b| {
            (!a.kind.named())
                .cmp(&!b.kind.named())
                .then(b.words.cmp(&a.words))
                .then((b.quotes + b.reported).cmp(&(a.quotes + a.reported)))
                .then(a.name.cmp(&b.name))
        });
        out
    }

    /// One row per kind of source.
    pub fn by_kind(&self) -> Vec<Group> {
        self.groups(|s| Some(s.kind.word().to_string()))
    }

    /// One row per stated gender of person sources.
    pub fn by_gender(&self) -> Vec<Group> {
        self.groups(|s| {
            (s.kind == SourceKind::Person).then(|| gender_word(s.kind, s.gender).to_string())
        })
    }

    fn groups(&self, group_of: impl Fn(&ArchiveSource) -> Option<String>) -> Vec<Group> {
        let all = self.by_source();
        let words: usize = all.iter().map(|s| s.words).sum();
        let mut groups: Vec<Group> = Vec::new();
        for s in &all {
            let Some(name) = group_of(s) else { continue };
            let g = match groups.iter().position(|g| g.group == name) {
                Some(i) => &mut groups[i],
                None => {
                    groups.push(Group {
                        group: name,
                        sources: 0,
                        quotes: 0,
                        reported: 0,
                        words: 0,
                        share: 0.0,
                    });
                    groups.last_mut().expect("just pushed")
                }
            };
            g.sources += 1;
            g.quotes += s.quotes;
            g.reported += s.reported;
            g.words += s.words;
        }
        for g in &mut groups {
            g.share = share(g.words, words);
        }
        groups.sort_by(|a, b| b.words.cmp(&a.words).then(a.group.cmp(&b.group)));
        groups
    }

    /// A table other than [`Table::Article`] (whose rows come from [`Archive::add`]) as CSV.
    pub fn csv(&self, table: Table) -> String {
        let words: usize = self.sources.iter().map(|s| s.words).sum();
        let rows: Vec<Vec<String>> = match table {
            Table::Source => self
                .by_source()
                .iter()
                .map(|s| {
                    vec![
                        s.name.clone(),
                        s.kind.word().to_string(),
                        gender_word(s.kind, s.gender).to_string(),
                        s.articles.to_string(),
                        s.quotes.to_string(),
                        s.reported.to_string(),
                        s.words.to_string(),
                        decimal3(permille(s.words, words)),
                    ]
                })
                .collect(),
            Table::Kind | Table::Gender => {
                let groups = if table == Table::Kind {
                    self.by_kind()
                } else {
                    self.by_gender()
                };
                groups
                    .iter()
                    .map(|g| {
                        vec![
                            g.group.clone(),
                            g.sources.to_string(),
                            g.quotes.to_string(),
                            g.reported.to_string(),
                            g.words.to_string(),
                            decimal3(permille(g.words, words)),
                        ]
                    })
                    .collect()
            }
            Table::Article => Vec::new(),
        };
        crate::csv::table(table.header(), rows)
    }

    /// A table other than [`Table::Article`] as JSON lines, one row per line.
    pub fn json_lines(&self, table: Table) -> String {
        let lines: Vec<String> = match table {
            Table::Source => self
                .by_source()
                .iter()
                .map(|s| serde_json::to_string(s).unwrap_or_default())
                .collect(),
            Table::Kind => self
                .by_kind()
                .iter()
                .map(|g| serde_json::to_string(g).unwrap_or_default())
                .collect(),
            Table::Gender => self
                .by_gender()
                .iter()
                .map(|g| serde_json::to_string(g).unwrap_or_default())
                .collect(),
            Table::Article => Vec::new(),
        };
        lines.iter().map(|l| format!("{l}\n")).collect()
    }
}

/// Names compared across articles: case and inner spacing do not matter.
fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
