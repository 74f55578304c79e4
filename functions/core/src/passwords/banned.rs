//! The banned-password check, after Entra password protection's published
//! algorithm: normalise, fuzzy-match banned terms, substring-match personal
//! terms, then score what is left.
//!
//! A password is only rejected when it is *mostly* made of known terms, so
//! `ContoS0Bl@nkf9!` survives a ban on "contoso" and "blank" (2 terms + 3
//! other characters = 5 points) while `C0ntos0Blank12` does not (2 + 2 = 4).

use std::collections::BTreeSet;
use std::sync::OnceLock;

/// A password needs this many points to pass.
pub const MIN_SCORE: usize = 5;

/// The built-in global list, derived from zxcvbn's frequency-ranked leaked
/// passwords by `data/derive-global-list.py` (see that script for how).
const GLOBAL_TERMS: &str = include_str!("../../data/global-banned-terms.txt");

/// Where a matched term came from; each gives its own reason to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TermSource {
    /// Latchkey's list of commonly used passwords.
    Global,
    /// The organisation's own banned words.
    Custom,
    /// The user's own name or username, or the organisation's name.
    Personal,
}

/// One term found in a password.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MatchedTerm {
    pub source: TermSource,
    /// The normalised term as it stands in its list (never the password's text).
    pub term: String,
}

/// The verdict on one password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BannedCheck {
    pub score: usize,
    /// Terms counted in the score, one entry per distinct term.
    pub matched: Vec<MatchedTerm>,
}

impl BannedCheck {
    pub fn passed(&self) -> bool {
        self.score >= MIN_SCORE
    }
}

/// The terms a password is checked against.
#[derive(Debug, Clone, Default)]
pub struct BannedTerms<'a> {
    /// The organisation's custom banned words (fuzzy-matched like global terms).
    pub custom: &'a [String],
    /// First name, last name, username, organisation name (substring-matched).
    pub personal: Vec<&'a str>,
}

/// Lower-cases and undoes the character substitutions people use to dress up
/// a weak password. Entra's set, plus the common ones it leaves out.
pub fn normalise(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '0' => 'o',
            '1' | '|' => 'l',
            '$' | '5' => 's',
            '@' | '4' => 'a',
            '3' => 'e',
            '7' => 't',
            '8' => 'b',
            '9' => 'g',
            '!' => 'i',
            other => other,
        })
        .collect()
}

fn global_terms() -> &'static [String] {
    static TERMS: OnceLock<Vec<String>> = OnceLock::new();
    TERMS.get_or_init(|| {
        GLOBAL_TERMS.lines().map(str::trim).filter(|l| !l.is_empty()).map(normalise).collect()
    })
}

/// How many terms the built-in list holds (reported by `/v1/config/public`).
pub fn global_term_count() -> usize {
    global_terms().len()
}

/// A span of the normalised password that one term covers.
#[derive(Debug, Clone)]
struct Hit {
    start: usize,
    end: usize,
    term: MatchedTerm,
}

/// Checks a password (already NFKC-normalised) against the global list, the
/// custom list and the personal terms, and scores it.
pub fn check(password: &str, terms: &BannedTerms<'_>) -> BannedCheck {
    let text: Vec<char> = normalise(password).chars().collect();
    let mut hits = Vec::new();
    for term in global_terms() {
        fuzzy_hits(&text, term, TermSource::Global, &mut hits);
    }
    for term in terms.custom {
        let term = normalise(term.trim());
        if term.chars().count() >= 4 {
            fuzzy_hits(&text, &term, TermSource::Custom, &mut hits);
        }
    }
    for term in &terms.personal {
        let term: String = normalise(term).chars().filter(|c| !c.is_whitespace()).collect();
        if term.chars().count() >= 4 {
            exact_hits(&text, &term, &mut hits);
        }
    }
    score(text.len(), hits)
}

/// Picks non-overlapping hits, longest first (so "password" beats "sword"
/// inside it), and scores: one point a term, one point each other character.
fn score(len: usize, mut hits: Vec<Hit>) -> BannedCheck {
    hits.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.term.source.cmp(&b.term.source).reverse())
            .then(a.start.cmp(&b.start))
    });
    let mut covered = vec![false; len];
    let mut picked = 0;
    let mut matched = BTreeSet::new();
    for hit in hits {
        if covered[hit.start..hit.end].iter().any(|&c| c) {
            continue;
        }
        covered[hit.start..hit.end].iter_mut().for_each(|c| *c = true);
        picked += 1;
        matched.insert(hit.term);
    }
    let rest = covered.iter().filter(|&&c| !c).count();
    BannedCheck { score: picked + rest, matched: matched.into_iter().collect() }
}

fn exact_hits(text: &[char], term: &str, hits: &mut Vec<Hit>) {
    let term: Vec<char> = term.chars().collect();
    if term.len() > text.len() {
        return;
    }
    for start in 0..=text.len() - term.len() {
        if text[start..start + term.len()] == term[..] {
            hits.push(Hit {
                start,
                end: start + term.len(),
                term: MatchedTerm { source: TermSource::Personal, term: term.iter().collect() },
            });
        }
    }
}

/// Finds every window of the text within edit distance 1 of the term: same
/// length with one substitution, one shorter (a deletion) or one longer (an
/// insertion). Windows under 4 characters are not considered, so that short
/// terms cannot swallow ordinary text.
fn fuzzy_hits(text: &[char], term: &str, source: TermSource, hits: &mut Vec<Hit>) {
    let term: Vec<char> = term.chars().collect();
    let m = term.len();
    if m == 0 || m > text.len() + 1 {
        return;
    }
    // Cheap prefilter: a window within distance 1 shares the term's first or
    // second character at its start.
    for width in [m, m.saturating_sub(1), m + 1] {
        if width < 4 || width > text.len() {
            continue;
        }
        for start in 0..=text.len() - width {
            let window = &text[start..start + width];
            if window[0] != term[0] && window[0] != term[1.min(m - 1)] && window[1] != term[0] {
                continue;
            }
            if within_one_edit(window, &term) {
                hits.push(Hit {
                    start,
                    end: start + width,
                    term: MatchedTerm { source, term: term.iter().collect() },
                });
            }
        }
    }
}

/// True when `a` becomes `b` with at most one substitution, insertion or deletion.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => short.iter().zip(long).filter(|(x, y)| x != y).count() <= 1,
        1 => {
            let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
            short[prefix..] == long[prefix + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn custom() -> Vec<String> {
        vec!["contoso".into(), "blank".into()]
    }

    #[test]
    fn entra_example_with_two_custom_terms_is_rejected() {
        let custom = custom();
        let terms = BannedTerms { custom: &custom, personal: vec![] };
        let verdict = check("C0ntos0Blank12", &terms);
        assert_eq!(verdict.score, 4);
        assert!(!verdict.passed());
        let found: Vec<_> = verdict.matched.iter().map(|m| m.term.as_str()).collect();
        assert!(found.contains(&"contoso") && found.contains(&"blank"), "{found:?}");
    }

    #[test]
    fn entra_example_with_enough_other_characters_is_accepted() {
        let custom = custom();
        let terms = BannedTerms { custom: &custom, personal: vec![] };
        let verdict = check("ContoS0Bl@nkf9!", &terms);
        assert_eq!(verdict.score, 5, "{verdict:?}");
        assert!(verdict.passed());
    }

    #[test]
    fn fuzzy_matching_catches_one_typo() {
        let custom = vec!["abcdef".to_string()];
        let terms = BannedTerms { custom: &custom, personal: vec![] };
        for variant in ["abcdef", "abXdef", "abdef", "abcXdef"] {
            let v = check(variant, &terms);
            assert_eq!(v.score, 1, "{variant} should be one term: {v:?}");
        }
        assert_eq!(check("abXYef", &terms).score, 6, "two edits is not a match");
    }

    #[test]
    fn common_passwords_are_rejected_whatever_their_dressing() {
        let terms = BannedTerms::default();
        for weak in ["Password123!", "P@ssw0rd2024", "qwertyuiop1", "Dragon!!!", "iloveyou22"] {
            assert!(!check(weak, &terms).passed(), "{weak} should be rejected");
        }
    }

    #[test]
    fn personal_terms_match_as_substrings() {
        let terms = BannedTerms { custom: &[], personal: vec!["Adele", "Vance", "Contoso Ltd"] };
        let verdict = check("AdeleVance#1", &terms);
        assert_eq!(verdict.score, 4, "{verdict:?}");
        assert!(verdict.matched.iter().all(|m| m.source == TermSource::Personal));
    }

    #[test]
    fn ordinary_strong_passwords_pass() {
        let terms = BannedTerms::default();
        for strong in ["ContoS0Bl@nkf9!", "tr0ub4dor&3-xkcd", "Zq8#vL2m!Rw9", "glacier-mosaic-71-hum"] {
            let v = check(strong, &terms);
            assert!(v.passed(), "{strong} should pass: {v:?}");
        }
    }

    #[test]
    fn global_list_is_large_and_normalised() {
        assert!(global_term_count() >= 1000);
        assert!(global_terms().iter().all(|t| *t == normalise(t)));
        assert!(global_terms().iter().any(|t| t == "password"));
    }

    #[test]
    fn one_edit_distance_is_exact() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_one_edit(&c("kitten"), &c("sitten")));
        assert!(within_one_edit(&c("kitten"), &c("kittens")));
        assert!(within_one_edit(&c("kitten"), &c("kiten")));
        assert!(!within_one_edit(&c("kitten"), &c("sitting")));
    }
}
