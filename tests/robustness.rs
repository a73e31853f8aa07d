//! Bad input: a catalogue of texts nobody should paste but somebody will. Each must give a
//! summary (no panic) whose spans are valid (see `tests/invariants/mod.rs`).
//!
//! The second half checks complexity, not speed: for each pathological family, analysing
//! four times the input must take at most about four times as long (`t4 <= 6 × t1 + 15 ms`,
//! each the fastest of three runs, sizes grown until the 1× input takes at least 20 ms so
//! that the check means something in debug and in release builds alike). Times are the CPU
//! time of the analysing thread where the system gives it (Linux), so other work on a busy
//! machine does not count; no time is compared with a fixed budget (those are in
//! `scripts/bench.sh`).
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use article_lens::{analyze, Summary};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// A made-up news paragraph with the usual ingredients: people with titles, organizations,
/// places, direct and partial quotes with reporting verbs.
const PARAGRAPH: &str = "Harbour officials in Valparaiso said on Monday that the strike had \
cost exporters more than $40 million. “We cannot wait another week,” said Marta Quiroga, \
the head of the Chilean Fruit Exporters Association. Transport Minister Daniel Echeverría \
told reporters in Santiago that the government was “ready to talk” but would not accept \
what he called “blackmail”. The International Transport Workers’ Federation, which \
represents dockers in 147 countries, said the walkout would continue. \"Nobody wants this,\" \
a union spokesman told Reuters.\n\n";

/// The tests of this file run one at a time: the complexity checks time the analysis, and
/// a 5 MB analysis on the other core would distort them.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Analyses `text` and checks the invariants.
fn check(text: &str) -> Summary {
    let summary = analyze(text);
    invariants::assert_valid(text, &summary);
    summary
}

/// Runs `f` on a thread with a 1 MiB stack: the stack WebAssembly gets by default, so deep
/// input cannot pass here by leaning on the native 8 MiB main-thread stack.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .expect("spawn a thread")
        .join()
        .expect("analysis panicked (or overflowed a 1 MiB stack)");
}

/// `n` characters of reproducible pseudo-random data (xorshift), as a generator of bytes.
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

/// Every quotation-mark glyph the quote layer knows, both families.
const MARKS: &[char] = &[
    '"', '“', '”', '„', '«', '»', '「', '」', '『', '』', '＂', '\'', '‘', '’', '‚', '‹', '›',
];

// ---------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------

#[test]
fn empty_text() {
    let _serial = serial();
    let s = check("");
    assert!(s.actors.is_empty() && s.quotes.is_empty() && s.places.is_empty());
}

#[test]
fn whitespace_only() {
    let _serial = serial();
    for text in [
        " ",
        "\n",
        "\r\n\r\n",
        "\t \t",
        "\u{a0}\u{2003}\u{3000}",
        "\u{2028}\u{2029}\u{85}",
        &" \n".repeat(10_000),
        &"\r".repeat(10_000),
    ] {
        let s = check(text);
        assert!(s.actors.is_empty() && s.quotes.is_empty() && s.places.is_empty());
    }
}

#[test]
fn five_megabytes_of_news() {
    let _serial = serial();
    let text = PARAGRAPH.repeat(5_000_000 / PARAGRAPH.len() + 1);
    assert!(text.len() >= 5_000_000);
    let s = check(&text);
    assert!(!s.actors.is_empty(), "the repeated paragraph names people");
    assert!(!s.quotes.is_empty(), "the repeated paragraph has quotes");
    assert!(!s.places.is_empty(), "the repeated paragraph names places");
}

#[test]
fn random_bytes_decoded_lossily() {
    let _serial = serial();
    for seed in 1..=8u64 {
        let bytes = random_bytes(20_000, seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        check(&String::from_utf8_lossy(&bytes));
    }
    // Mostly ASCII letters, spaces and punctuation with some invalid sequences mixed in:
    // closer to what a damaged paste looks like, and it reaches the name rules.
    let alphabet = b"AEIOUaeiou bcdfgKLMNPRST .,;:\"'\n\xe2\x80\x9c\xe2\x80\x9d\xff\xc3";
    let bytes: Vec<u8> = random_bytes(50_000, 7)
        .into_iter()
        .map(|b| alphabet[b as usize % alphabet.len()])
        .collect();
    check(&String::from_utf8_lossy(&bytes));
}

#[test]
fn nul_characters() {
    let _serial = serial();
    check("\0");
    check(&"\0".repeat(10_000));
    let with_nuls: String = PARAGRAPH
        .chars()
        .flat_map(|c| [c, '\0'])
        .collect::<String>();
    check(&with_nuls);
    check(&PARAGRAPH.replace(' ', "\0"));
}

#[test]
fn a_single_word_of_100_000_characters() {
    let _serial = serial();
    check(&"a".repeat(100_000));
    check(&"A".repeat(100_000));
    check(&format!("Z{}", "z".repeat(99_999)));
    check(&"Ab".repeat(50_000));
    check(&"é".repeat(100_000));
    check(&format!("{}. {}", "M".repeat(100_000), PARAGRAPH));
    check(&format!(
        "“{}” said {}.",
        "x".repeat(100_000),
        "Q".repeat(100_000)
    ));
}

#[test]
fn ten_thousand_unmatched_quote_marks_of_each_kind() {
    let _serial = serial();
    for &m in MARKS {
        let glued: String = std::iter::repeat_n(m, 10_000).collect();
        check(&glued);
        let spaced: String = std::iter::repeat_n(format!("{m} "), 10_000).collect();
        check(&spaced);
        let before_words: String = std::iter::repeat_n(format!("{m}Word "), 10_000).collect();
        check(&before_words);
        let after_words: String = std::iter::repeat_n(format!("word{m} "), 10_000).collect();
        check(&after_words);
        // One opening mark and an article's worth of text that never closes it.
        check(&format!("{m}{}", PARAGRAPH.repeat(20).replace("\n\n", " ")));
    }
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    let _serial = serial();
    on_small_stack(|| {
        const DEPTH: usize = 10_000;
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("{", "}"),
            ("“", "”"),
            ("‘", "’"),
            ("«", "»"),
            ("\"", "\""),
            ("'", "'"),
            ("“‘", "’”"),
            ("(“", "”)"),
        ] {
            let bare = format!("{}word{}", open.repeat(DEPTH), close.repeat(DEPTH));
            check(&bare);
            let spaced = format!(
                "{} Anna Berg said {}",
                format!("{open}Word ").repeat(DEPTH),
                format!(" end{close}").repeat(DEPTH)
            );
            check(&spaced);
            let unclosed = format!(
                "{}Nobody said anything.",
                format!("{open}Oh ").repeat(DEPTH)
            );
            check(&unclosed);
        }
    });
}

#[test]
fn right_to_left_scripts() {
    let _serial = serial();
    let arabic = "قال وزير الخارجية أحمد منصور يوم الاثنين إن «المحادثات ستستمر» في القاهرة.\n\n";
    let hebrew = "ראש העיר דוד לוי אמר ביום שני: \"לא נוותר\". הפגישה התקיימה בירושלים.\n\n";
    check(arabic);
    check(hebrew);
    check(&arabic.repeat(200));
    check(&hebrew.repeat(200));
    // Mixed with Latin text and bidirectional controls (LRM, RLM, embeddings, isolates).
    let mixed = format!(
        "{PARAGRAPH}\u{200f}{arabic}\u{200e}Minister Karim Haddad said “\u{202b}{hebrew}\u{202c}” \
         in Beirut.\u{2067}טקסט\u{2069} “Fine,” said Noa Cohen.\n\n{PARAGRAPH}"
    );
    check(&mixed);
}

#[test]
fn emoji() {
    let _serial = serial();
    check("😀");
    check(&"👩‍👩‍👧‍👦".repeat(5_000));
    check(&"🇫🇷🇩🇪🏳️‍🌈".repeat(5_000));
    let text =
        format!("🔥 Breaking: Mayor Lena Ortiz 🎉 said “we did it 💪🏽” in Denver 🏔️. {PARAGRAPH}",);
    check(&text);
    check(&PARAGRAPH.replace(' ', " 🙂 "));
}

#[test]
fn combining_marks() {
    let _serial = serial();
    // Decomposed accents, stacked marks and a long run of marks on one base letter.
    check("Jose\u{301} Marti\u{301}nez said “ole\u{301}” in Bogota\u{301}.");
    check(&"Z\u{351}\u{34b}\u{35a}\u{336}a\u{335}\u{31e}".repeat(5_000));
    check(&format!("A{}", "\u{300}".repeat(100_000)));
    check(&"\u{301}".repeat(10_000));
    let decomposed: String = PARAGRAPH
        .chars()
        .flat_map(|c| {
            let mark = c.is_alphabetic().then_some('\u{308}');
            std::iter::once(c).chain(mark)
        })
        .collect();
    check(&decomposed);
}

#[test]
fn zero_width_characters() {
    let _serial = serial();
    for zw in ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'] {
        let z = zw.to_string();
        check(&z);
        check(&z.repeat(10_000));
        check(&format!("{z}{PARAGRAPH}")); // a byte-order mark in front
        check(&PARAGRAPH.replace(' ', &z));
        check(&PARAGRAPH.replace(' ', &format!(" {z}")));
        let inside_words: String = PARAGRAPH.chars().flat_map(|c| [c, zw]).collect::<String>();
        check(&inside_words);
    }
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    let _serial = serial();
    let crlf = PARAGRAPH.replace('\n', "\r\n");
    let cr = PARAGRAPH.replace('\n', "\r");
    let mixed = format!("{crlf}{cr}{PARAGRAPH}\r\n\n\r\r\n{crlf}");
    for text in [crlf.repeat(3), cr.repeat(3), mixed] {
        let s = check(&text);
        // Line ends are not content: the same people, places and quotes as with `\n`.
        let lf = check(&text.replace("\r\n", "\n").replace('\r', "\n"));
        assert_eq!(contents(&s), contents(&lf), "{text:?}");
    }
    check(&"\r\n".repeat(10_000));
    check(&"a\r".repeat(10_000));
    check(&"“\r".repeat(10_000));
}

/// What a summary found, without offsets: actor names, quote texts, place names.
fn contents(s: &Summary) -> (Vec<&str>, Vec<&str>, Vec<&str>) {
    (
        s.actors.iter().map(|a| a.name.as_str()).collect(),
        s.quotes.iter().map(|q| q.text.as_str()).collect(),
        s.places.iter().map(|p| p.name.as_str()).collect(),
    )
}

#[test]
fn replacement_characters_where_lone_surrogates_were() {
    let _serial = serial();
    // A &str cannot hold a lone surrogate; a browser's TextEncoder turns one into U+FFFD.
    let r = '\u{FFFD}';
    check(&r.to_string());
    check(&r.to_string().repeat(10_000));
    check(&PARAGRAPH.replace('e', "\u{FFFD}"));
    check(&format!(
        "President Ana{r} Lopez{r} said “{r}{r}” in {r}Lima. {PARAGRAPH}"
    ));
}

#[test]
fn control_and_unusual_whitespace() {
    let _serial = serial();
    let odd =
        "\u{1}\u{7}\u{8}\u{b}\u{c}\u{1b}\u{7f}\u{9f}\u{a0}\u{1680}\u{2000}\u{202f}\u{205f}\u{3000}";
    check(odd);
    check(&PARAGRAPH.replace(' ', "\u{a0}"));
    check(&PARAGRAPH.replace(' ', "\u{3000}"));
    check(&PARAGRAPH.replace("\n\n", "\u{2029}"));
    check(&PARAGRAPH.replace("\n\n", "\u{2028}\u{2028}"));
    check(&odd.repeat(2_000));
}

#[test]
fn private_use_and_noncharacters() {
    let _serial = serial();
    check(&"\u{E000}\u{F8FF}\u{FFFE}\u{FFFF}\u{10FFFF}\u{1FFFE}".repeat(2_000));
    check(&PARAGRAPH.replace('a', "\u{10FFFF}"));
}

#[test]
fn punctuation_only() {
    let _serial = serial();
    check(&".".repeat(100_000));
    check(&"…".repeat(50_000));
    check(&", ".repeat(50_000));
    check(&"—".repeat(50_000));
    check(&"!?".repeat(50_000));
    check(&"-".repeat(100_000));
    check(&". \n".repeat(30_000));
}

#[test]
fn all_caps_and_capitalised_runs() {
    let _serial = serial();
    check(&PARAGRAPH.to_uppercase());
    check(&"Alpha Beta Gamma Delta ".repeat(10_000));
    check(&"NATO UN EU WHO ".repeat(10_000));
    check(&"Mr. Dr. Mrs. Prof. Gen. ".repeat(10_000));
    check(&"said told added ".repeat(10_000));
    check(&"He said. She said. They said. ".repeat(10_000));
}

#[test]
fn many_quotes_and_speakers() {
    let _serial = serial();
    let text: String = (0..5_000)
        .map(|i| format!("“Point {i},” said {} Smith. ", name(i)))
        .collect();
    let s = check(&text);
    assert!(s.quotes.len() > 1_000);
}

// ---------------------------------------------------------------------------------------
// Complexity: 4× the input must not take much more than 4× the time.
// ---------------------------------------------------------------------------------------

/// A distinct capitalised name for every `i`: "Bak", "Cek", … with letters from `i`.
fn name(mut i: usize) -> String {
    const C: &[u8] = b"BCDFGHKLMNPRSTVZ";
    const V: &[u8] = b"aeiou";
    let mut s = String::new();
    loop {
        s.push(if s.is_empty() {
            C[i % C.len()] as char
        } else {
            (C[i % C.len()] as char).to_ascii_lowercase()
        });
        s.push(V[(i / C.len()) % V.len()] as char);
        i /= C.len() * V.len();
        if i == 0 {
            break;
        }
    }
    s.push('k');
    s
}

/// CPU time the calling thread has used so far: time the other processes of a busy machine
/// take does not count (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`, from the C library the
/// standard library links anyway). `None` where that clock is not known here.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_time() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec; the call writes nothing else.
    let status = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (status == 0).then(|| Duration::new(t.tv_sec as u64, t.tv_nsec as u32))
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

/// How long `f` takes: the thread's CPU time where known, else the wall clock.
fn measure(f: impl FnOnce()) -> Duration {
    match thread_cpu_time() {
        Some(start) => {
            f();
            thread_cpu_time().map_or(Duration::ZERO, |end| end.saturating_sub(start))
        }
        None => {
            let start = Instant::now();
            f();
            start.elapsed()
        }
    }
}

/// Fastest of three analyses of `text`.
fn time(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            measure(|| {
                std::hint::black_box(analyze(std::hint::black_box(text)));
            })
        })
        .min()
        .expect("three runs")
}

/// Largest 1× input of a complexity check: beyond this, caches and page faults rather than
/// the algorithm start to shape the ratio. Quadratic work is still unmistakable below it.
const MAX_SMALL_BYTES: usize = 300_000;

/// Grows `make(n)` until analysing it takes at least 20 ms (or `n` reaches `max_n`), then
/// compares it with `make(4n)`. Measures three times before failing, to ride out a busy machine.
fn assert_linear(family: &str, max_n: usize, make: impl Fn(usize) -> String) {
    analyze("warm up: Paris, said Anna Berg."); // loads the gazetteer and lexicons once
    let mut n = 1;
    let mut small = make(n);
    while n * 2 <= max_n
        && small.len() <= MAX_SMALL_BYTES / 2
        && time(&small) < Duration::from_millis(20)
    {
        n *= 2;
        small = make(n);
    }
    let large = make(4 * n);
    check(&large);
    let slack = Duration::from_millis(15);
    let mut report = String::new();
    for attempt in 1..=3 {
        let t1 = time(&small);
        let t4 = time(&large);
        let ok = t4 <= t1 * 6 + slack;
        report += &format!(
            "{family}: attempt {attempt}: n={n}, {} chars in {t1:?}, {} chars in {t4:?}, ratio {:.2}\n",
            small.chars().count(),
            large.chars().count(),
            t4.as_secs_f64() / t1.as_secs_f64().max(1e-9)
        );
        if ok {
            eprint!("{report}");
            return;
        }
    }
    panic!("superlinear: 4× the input took more than 6× the time\n{report}");
}

#[test]
fn linear_in_news_text() {
    let _serial = serial();
    assert_linear("news paragraphs", 1 << 12, |n| PARAGRAPH.repeat(n));
}

#[test]
fn linear_in_one_unbroken_paragraph() {
    let _serial = serial();
    let flat = PARAGRAPH.replace("\n\n", " ");
    assert_linear("one paragraph", 1 << 12, |n| flat.repeat(n));
}

#[test]
fn linear_in_unmatched_quote_marks() {
    let _serial = serial();
    for m in ['"', '“', '”', '«', '\'', '‘', '’'] {
        assert_linear(&format!("unmatched {m}"), 1 << 18, |n| {
            std::iter::repeat_n(format!("{m}Word "), n).collect()
        });
    }
}

#[test]
fn linear_in_one_unclosed_quote() {
    let _serial = serial();
    let flat = PARAGRAPH.replace("\n\n", " ");
    assert_linear("unclosed quote", 1 << 12, |n| {
        format!("“{}", flat.repeat(n))
    });
}

#[test]
fn linear_in_nesting_depth() {
    let _serial = serial();
    for (open, close) in [("(", ")"), ("“", "”"), ("‘", "’"), ("“‘", "’”")] {
        assert_linear(&format!("nesting {open}{close}"), 1 << 18, |n| {
            format!(
                "{} said Anna Berg {}",
                format!("{open}Word ").repeat(n),
                close.repeat(n)
            )
        });
    }
}

#[test]
fn linear_in_word_length() {
    let _serial = serial();
    assert_linear("one long word", 1 << 22, |n| "a".repeat(n));
    assert_linear("one long capitalised word", 1 << 22, |n| {
        format!("Z{}", "z".repeat(n))
    });
}

#[test]
fn linear_in_capitalised_runs() {
    let _serial = serial();
    // One endless candidate name: capitalised words with no punctuation between them.
    assert_linear("capitalised run", 1 << 18, |n| {
        (0..n).map(|i| name(i) + " ").collect()
    });
    assert_linear("repeated capitalised run", 1 << 18, |n| {
        "Alpha Beta Gamma Delta ".repeat(n)
    });
}

#[test]
fn linear_in_distinct_people() {
    let _serial = serial();
    // Every sentence a new person: merging and coreference see thousands of actors.
    assert_linear("distinct people", 1 << 16, |n| {
        (0..n)
            .map(|i| {
                format!(
                    "{} {} met {} officials. ",
                    name(i),
                    name(i + 7),
                    name(i + 3)
                )
            })
            .collect()
    });
}

#[test]
fn linear_in_quotes_with_speakers() {
    let _serial = serial();
    assert_linear("quotes with speakers", 1 << 16, |n| {
        (0..n)
            .map(|i| {
                format!(
                    "“Point {i},” said {} {}. He added: “More.” ",
                    name(i),
                    name(i + 11)
                )
            })
            .collect()
    });
}

#[test]
fn linear_in_pronoun_chains() {
    let _serial = serial();
    // One named speaker and then only pronouns and descriptions looking back for him.
    assert_linear("pronoun chain", 1 << 16, |n| {
        let mut s = String::from("Foreign Minister Karl Brandt arrived in Vienna. ");
        for i in 0..n {
            s += &format!("“Item {i},” he said. The minister added that “it will pass”. ");
        }
        s
    });
}

#[test]
fn linear_in_places() {
    let _serial = serial();
    assert_linear("places", 1 << 16, |n| {
        "Paris, London, Berlin, Kyiv, Tokyo and Lima. Moscow said. ".repeat(n)
    });
}

#[test]
fn linear_in_short_sentences_and_lines() {
    let _serial = serial();
    assert_linear("short sentences", 1 << 18, |n| "A. B. C. ".repeat(n));
    assert_linear("blank lines", 1 << 18, |n| "x\n\n".repeat(n));
    assert_linear("lone CRs", 1 << 18, |n| "Word\r".repeat(n));
}

#[test]
fn linear_in_random_text() {
    let _serial = serial();
    let alphabet = b"AEIOUaeiou bcdfgKLMNPRST .,;:\"'\n";
    assert_linear("random letters", 1 << 22, |n| {
        random_bytes(n, 99)
            .into_iter()
            .map(|b| alphabet[b as usize % alphabet.len()] as char)
            .collect()
    });
}
