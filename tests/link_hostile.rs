//! Hostile fragments: every one must give `Err(LinkError)` with a message, never a panic
//! and never a hang. (How fast is for the benchmarks: `scripts/bench.sh`.)

#[path = "link_fixtures/samples.rs"]
mod samples;

use article_lens::link::raw::{self, field, Item};
use article_lens::link::{
    decode, encode_article, encode_summary, validate_summary, MAX_SUMMARY_ITEMS, MAX_TEXT_CHARS,
};
use article_lens::Summary;
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::time::Duration;

/// Longer than any healthy run needs, even unoptimised on a busy machine: only a hang waits
/// this long.
const HANG: Duration = Duration::from_secs(300);

/// Runs `f` on a thread of its own; panics naming `what` when it has not returned after
/// [`HANG`].
fn without_hanging<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(HANG) {
        Ok(value) => value,
        Err(RecvTimeoutError::Timeout) => panic!("{what}: no answer after {HANG:?}"),
        Err(RecvTimeoutError::Disconnected) => panic!("{what}: panicked"),
    }
}

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Decodes `fragment`, expecting an error; returns its message.
#[track_caller]
fn refused(fragment: &str) -> String {
    let result = std::panic::catch_unwind(|| decode(fragment));
    let shown: String = fragment.chars().take(60).collect();
    match result {
        Err(_) => panic!("decode panicked on {shown:?}"),
        Ok(Ok(f)) => panic!("decode accepted {shown:?} as {f:?}"),
        Ok(Err(e)) => {
            let msg = e.to_string();
            assert!(
                !msg.is_empty() && !msg.contains('\n'),
                "bad message {msg:?}"
            );
            assert_eq!(msg, e.message());
            msg
        }
    }
}

#[track_caller]
fn refused_with(fragment: &str, needle: &str) {
    let msg = refused(fragment);
    assert!(msg.contains(needle), "message {msg:?} lacks {needle:?}");
}

#[test]
fn link_empty_and_prefix_only() {
    refused_with("", "empty");
    refused_with("#", "empty");
    refused_with("a1.", "no data");
    refused_with("#s1.", "no data");
    refused_with("a1", "not an Article Lens link");
    refused_with("hello", "not an Article Lens link");
    refused_with(".", "unknown kind");
    refused_with("##a1.AAAA", "unknown kind");
}

#[test]
fn link_unknown_versions_and_kinds() {
    let payload = &encode_article("text")[3..];
    refused_with(&format!("a9.{payload}"), "cannot open");
    refused_with(&format!("s4.{payload}"), "cannot open");
    refused_with(&format!("a10.{payload}"), "cannot open");
    refused_with(&format!("a0.{payload}"), "cannot open");
    refused_with(&format!("A1.{payload}"), "unknown kind");
    refused_with(&format!("x1.{payload}"), "unknown kind");
    refused_with(&format!("a.{payload}"), "unknown kind");
    refused_with(&format!("a1x.{payload}"), "unknown kind");
    refused_with(&format!("{}.{payload}", "a".repeat(10_000)), "unknown kind");
}

#[test]
fn link_characters_outside_the_alphabet() {
    let link = encode_article("Some text to carry.");
    for bad in ['+', '/', '=', ' ', '%', '.', '#', '\n', 'é', '\0', '🙂'] {
        let mut s = link.clone();
        s.insert(link.len() / 2, bad);
        refused_with(&s, "which links never contain");
        let mut s = link.clone();
        s.push(bad);
        refused_with(&s, "which links never contain");
    }
    // Standard base64 padding.
    refused(&format!("{link}=="));
}

#[test]
fn link_truncated_at_every_position() {
    let article = encode_article("The minister said on Tuesday that prices would rise.");
    let summary = encode_summary(&samples::water());
    for link in [article, summary] {
        for cut in 0..link.len() {
            refused(&link[..cut]);
        }
    }
}

#[test]
fn link_flipped_characters_everywhere() {
    let article = encode_article("“Quotes”, Zürich and 42 per cent.");
    let summary = encode_summary(&samples::unusual());
    for link in [article, summary] {
        for pos in 3..link.len() {
            let old = link.as_bytes()[pos];
            // Three different replacements: low bit, high bit, and a far one.
            let idx = ALPHABET.bytes().position(|c| c == old).unwrap();
            for delta in [1, 32, 17] {
                let new = ALPHABET.as_bytes()[idx ^ delta];
                let mut bytes = link.clone().into_bytes();
                bytes[pos] = new;
                refused(&String::from_utf8(bytes).unwrap());
            }
        }
    }
}

#[test]
fn link_trailing_garbage() {
    let link = encode_article("A short article.");
    for tail in ["A", "x", "AA", "abcdef", "_-_-"] {
        refused_with(&format!("{link}{tail}"), "");
    }
    let link = encode_summary(&samples::water());
    refused(&format!("{link}A"));
    refused(&format!("{link}{}", &link[3..]));
}

#[test]
fn link_swapped_kinds() {
    let article = encode_article("The council met on Monday.");
    let summary = encode_summary(&samples::water());
    refused(&format!("s1.{}", &article[3..]));
    refused(&format!("a1.{}", &summary[3..]));
}

#[test]
fn link_length_header_bombs() {
    // Claiming 4 GB, just over the cap, and far more than the payload could hold.
    refused_with(&raw::article(4 << 30, b"hi"), "more than the limit");
    refused_with(
        &raw::article(u64::from(u32::MAX), b""),
        "more than the limit",
    );
    refused_with(
        &raw::article(MAX_TEXT_CHARS as u64 + 1, b"x"),
        "more than the limit",
    );
    refused_with(&raw::article(4_000_000, b"x"), "far more than");
    refused_with(&raw::article(100_000, b"tiny"), "far more than");
    // Honest about the cap but not about the content: runs out of input quickly.
    refused(&raw::article(20_000, &[b' '; 40]));
    // Fewer characters declared than bytes sent: the rest is garbage.
    refused(&raw::article(2, b"four"));
    // More declared than sent.
    refused(&raw::article(10, b"four"));
}

#[test]
fn link_huge_numbers() {
    refused_with(&raw::article(u64::MAX, b""), "impossibly large number");
    refused_with(&raw::article(1 << 62, b""), "impossibly large number");
    refused_with(
        &raw::summary(&[
            Item::Flag(field::F_SCHEMA_STD, true),
            Item::Number(field::F_COUNT_PLACES, u64::MAX),
        ]),
        "impossibly large number",
    );
}

#[test]
fn link_invalid_utf8_in_text() {
    for bytes in [
        &[0xFFu8][..],
        &[0x80],
        &[0xC0, 0x80],
        &[0xC3],
        &[0xED, 0xA0, 0x80],
        &[0xF4, 0x90, 0x80, 0x80],
        &[0xE2, 0x82],
    ] {
        refused_with(&raw::article(1, bytes), "");
    }
    refused_with(&raw::article(1, &[0xC0, 0x80]), "not valid UTF-8");
}

fn count_bomb(items: Vec<Item>) -> String {
    let mut all = vec![Item::Flag(field::F_SCHEMA_STD, true)];
    all.extend(items);
    raw::summary(&all)
}

#[test]
fn link_nested_count_bombs() {
    // A count above the budget at once.
    refused_with(
        &count_bomb(vec![Item::Number(
            field::F_COUNT_PLACES,
            MAX_SUMMARY_ITEMS as u64 + 1,
        )]),
        "summary items",
    );
    refused_with(
        &count_bomb(vec![Item::Number(field::F_COUNT_PLACES, 1 << 40)]),
        "summary items",
    );
    // Counts that fit one by one but not together: places, then aliases of the first.
    let half = MAX_SUMMARY_ITEMS as u64 / 2 + 1;
    refused_with(
        &count_bomb(vec![
            Item::Number(field::F_COUNT_PLACES, half),
            Item::Flag(field::F_ID_STD, true),
            Item::Str(field::F_NAME, field::H_NAME, "X".into()),
            Item::Number(field::F_PLACE_KIND, 1),
            Item::Number(field::F_COUNTRY, 0),
            Item::Number(field::F_COUNT_ALIASES, half),
        ]),
        "summary items",
    );
    // A string claiming more characters than the cap.
    refused_with(
        &count_bomb(vec![
            Item::Number(field::F_COUNT_PLACES, 1),
            Item::Flag(field::F_ID_STD, true),
            Item::Str(field::F_NAME, field::H_NAME, String::new()),
            Item::Number(field::F_PLACE_KIND, 1),
            Item::Number(field::F_COUNTRY, 0),
            Item::Number(field::F_COUNT_ALIASES, 1),
            Item::Number(field::F_ALIAS, 1 << 33),
        ]),
        "more than the limit",
    );
    // Many short claims: a huge number of empty places, from a link of a few characters.
    refused(&count_bomb(vec![Item::Number(
        field::F_COUNT_PLACES,
        900_000,
    )]));
}

#[test]
fn link_out_of_range_codes() {
    let place = |kind: u64, country: u64| {
        count_bomb(vec![
            Item::Number(field::F_COUNT_PLACES, 1),
            Item::Flag(field::F_ID_STD, true),
            Item::Str(field::F_NAME, field::H_NAME, "Paris".into()),
            Item::Number(field::F_PLACE_KIND, kind),
            Item::Number(field::F_COUNTRY, country),
            Item::Number(field::F_COUNT_ALIASES, 0),
            Item::Number(field::F_COUNT_MENTIONS, 0),
            Item::Number(field::F_COUNT_GOV, 0),
            Item::Number(field::F_COUNT_ACTORS, 0),
            Item::Number(field::F_COUNT_QUOTES, 0),
        ])
    };
    // The well-formed one opens; the others refer to kinds and places that do not exist.
    assert!(decode(&place(1, 0)).is_ok());
    refused_with(&place(6, 0), "unknown place kind");
    refused_with(&place(1000, 0), "unknown place kind");
    refused_with(&place(1, 3), "missing place");
    refused_with(&place(1, 99), "missing place");
}

/// A one-quote summary link of version 2 whose quote kind code is `kind`.
fn quote_kind_link(kind: u64) -> String {
    raw::summary_v2(&[
        Item::Flag(field::F_SCHEMA_STD, true),
        Item::Number(field::F_COUNT_PLACES, 0),
        Item::Number(field::F_COUNT_ACTORS, 0),
        Item::Number(field::F_COUNT_QUOTES, 1),
        Item::Flag(field::F_ID_STD, true),
        Item::Str(field::F_QUOTE_TEXT, b'"', "it would rain".into()),
        Item::Number(field::F_QUOTE_KIND, kind),
        Item::Number(field::F_QUOTE_START, 0),
        Item::Number(field::F_QUOTE_LEN_CODE, 0),
        Item::Number(field::F_SPEAKER_ID, 0),
        Item::Number(field::F_SPEAKER, 0),
        Item::Number(field::F_SPEAKER_KIND, 0),
        Item::Flag(field::F_HAS_CUE, false),
    ])
}

/// A one-actor summary link of version 3 whose gender code is `gender`.
fn gender_link(gender: u64) -> String {
    raw::summary_v3(&[
        Item::Flag(field::F_SCHEMA_STD, true),
        Item::Number(field::F_COUNT_PLACES, 0),
        Item::Number(field::F_COUNT_ACTORS, 1),
        Item::Flag(field::F_ID_STD, true),
        Item::Str(field::F_NAME, b'\n', "Ann Cole".into()),
        Item::Flag(field::F_ACTOR_ORG, false),
        Item::Number(field::F_COUNT_ALIASES, 0),
        Item::Flag(field::F_HAS_ROLE, false),
        Item::Number(field::F_AFFILIATION, 0),
        Item::Number(field::F_ACTOR_GENDER, gender),
        Item::Number(field::F_COUNT_MENTIONS, 0),
        Item::Number(field::F_COUNT_QUOTES, 0),
    ])
}

#[test]
fn link_v3_gender_codes_out_of_range() {
    for (code, gender) in [
        (0, None),
        (1, Some(article_lens::StatedGender::Woman)),
        (2, Some(article_lens::StatedGender::Man)),
    ] {
        match decode(&gender_link(code)) {
            Ok(article_lens::link::Fragment::Summary(s)) => assert_eq!(s.actors[0].gender, gender),
            other => panic!("code {code}: {other:?}"),
        }
    }
    refused_with(&gender_link(3), "unknown gender code");
    refused_with(&gender_link(u64::MAX), "");
}

#[test]
fn link_v2_quote_kinds_out_of_range() {
    for (code, kind) in [
        (0, article_lens::QuoteKind::Direct),
        (1, article_lens::QuoteKind::Partial),
        (2, article_lens::QuoteKind::Indirect),
    ] {
        match decode(&quote_kind_link(code)) {
            Ok(article_lens::link::Fragment::Summary(s)) => assert_eq!(s.quotes[0].kind, kind),
            other => panic!("code {code}: {other:?}"),
        }
    }
    refused_with(&quote_kind_link(3), "unknown quote kind");
    refused_with(&quote_kind_link(1 << 40), "unknown quote kind");
}

/// A version 2 payload is never read as version 1 (nor the reverse): behind the other prefix
/// it is refused, not opened to something else. (A version from before `s2` refuses `s2.`
/// links by their prefix, as this one refuses `s4.`.)
#[test]
fn link_v2_payloads_behind_the_v1_prefix_are_refused() {
    for s in [samples::reported(), samples::unusual_reported()] {
        let link = encode_summary(&s);
        assert!(link.starts_with("s2."), "{link}");
        refused(&format!("s1.{}", &link[3..]));
        refused(&format!("s3.{}", &link[3..]));
        refused_with(&format!("s4.{}", &link[3..]), "cannot open");
    }
    for s in [samples::gendered(), samples::gendered_reported()] {
        let link = encode_summary(&s);
        assert!(link.starts_with("s3."), "{link}");
        refused(&format!("s1.{}", &link[3..]));
        refused(&format!("s2.{}", &link[3..]));
    }
    let link = encode_summary(&samples::water());
    assert!(link.starts_with("s1."), "{link}");
    refused(&format!("s2.{}", &link[3..]));
}

#[test]
fn link_v2_damage_is_refused() {
    let link = encode_summary(&samples::reported());
    for cut in 0..link.len() {
        refused(&link[..cut]);
    }
    for pos in 3..link.len() {
        let old = link.as_bytes()[pos];
        let idx = ALPHABET.bytes().position(|c| c == old).unwrap();
        for delta in [1, 32] {
            let mut bytes = link.clone().into_bytes();
            bytes[pos] = ALPHABET.as_bytes()[idx ^ delta];
            refused(&String::from_utf8(bytes).unwrap());
        }
    }
}

fn invalid_summary_link(edit: impl FnOnce(&mut Summary)) -> String {
    let mut s = samples::water();
    edit(&mut s);
    assert!(validate_summary(&s).is_err());
    encode_summary(&s)
}

#[test]
fn link_invalid_summaries_are_refused() {
    refused_with(
        &invalid_summary_link(|s| s.quotes[0].speaker_id = Some("a99".into())),
        "no actor or place",
    );
    refused_with(
        &invalid_summary_link(|s| s.quotes[1].speaker_id = Some(String::new())),
        "no actor or place",
    );
    refused_with(
        &invalid_summary_link(|s| s.actors[0].mentions[0] = [10, 5]),
        "ends before it starts",
    );
    refused_with(
        &invalid_summary_link(|s| s.quotes[0].span = [40, 2]),
        "ends before it starts",
    );
    refused_with(
        &invalid_summary_link(|s| s.places[0].mentions.push([0, MAX_TEXT_CHARS + 1])),
        "outside any text",
    );
    refused_with(
        &invalid_summary_link(|s| s.actors[1].mentions.push([usize::MAX - 1, usize::MAX])),
        "",
    );
    refused_with(
        &invalid_summary_link(|s| s.places[1].government_mentions.push([7, 3])),
        "ends before it starts",
    );
    refused_with(
        &invalid_summary_link(|s| s.actors[1].id = "a1".into()),
        "used twice",
    );
    refused_with(
        &invalid_summary_link(|s| s.places[0].id = "a2".into()),
        "used twice",
    );
    refused_with(
        &invalid_summary_link(|s| s.quotes[1].id = "q1".into()),
        "used twice",
    );
    refused_with(
        &invalid_summary_link(|s| s.schema = "article-lens/summary@2".into()),
        "unsupported summary schema",
    );
    refused_with(
        &invalid_summary_link(|s| s.schema = String::new()),
        "unsupported summary schema",
    );
}

#[test]
fn link_random_garbage() {
    let mut seed = 0x1234_5678u32;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    for i in 0..150 {
        let len = (next() % 80) as usize;
        let payload: String = (0..len)
            .map(|_| char::from(ALPHABET.as_bytes()[(next() % 64) as usize]))
            .collect();
        let prefix = if i % 2 == 0 { "a1." } else { "s1." };
        refused(&format!("{prefix}{payload}"));
    }
}

#[test]
fn link_long_inputs_are_refused() {
    without_hanging("refusing 1 MB fragments", || {
        refused(&format!("a1.{}", "A".repeat(1_000_000)));
        refused(&format!("s1.{}", "A".repeat(1_000_000)));
        refused(&format!("a1.{}", "_".repeat(1_000_000)));
        refused(&format!("a1.{}!", "Q".repeat(1_000_000)));
    });
}
