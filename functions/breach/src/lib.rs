//! Breached-password filters.
//!
//! A password is known by a 64-bit *key*: the first 8 bytes (big-endian) of
//! the SHA-1 of its UTF-8 text, the hash the Pwned Passwords corpus is
//! published in. Sets of keys are held as binary fuse filters with 16-bit
//! fingerprints (false positives ≈ 2⁻¹⁶, ≈ 2.25 bytes a key, no false
//! negatives). The corpus is split into [`SHARDS`] shards by the key's top 16
//! bits (the hash's first four hex digits), so that one check reads one
//! shard; each shard holds one filter per breach-count [`Tier`].
//!
//! Nothing here knows where shards are stored; the adapters read them and the
//! import tool writes them.

use std::sync::OnceLock;

use xorf::{BinaryFuse16, BinaryFuse16Ref, DmaSerializable, Filter, FilterRef};

/// How many shards the imported corpus is split into (one per 16-bit prefix).
pub const SHARDS: u32 = 1 << 16;

/// The first byte of every encoded filter; a reader refuses any other.
const FORMAT_VERSION: u8 = 1;
const DESCRIPTOR_LEN: usize = BinaryFuse16::DESCRIPTOR_LEN;
// `Filter16::decode` reads a seed (8 bytes) and three u32s from the descriptor.
const _: () = assert!(DESCRIPTOR_LEN >= 20);

/// A 64-bit key of a password's SHA-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(pub u64);

impl Key {
    /// The key of a SHA-1 digest.
    pub fn of_sha1(digest: &[u8; 20]) -> Self {
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        Key(u64::from_be_bytes(first))
    }

    /// The key of a SHA-1 written in hex (40 digits, either case), as the
    /// Pwned Passwords files write it; `None` unless it is exactly that.
    pub fn of_hex(hash: &str) -> Option<Self> {
        if hash.len() != 40 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(&hash[..16], 16).ok().map(Key)
    }

    /// The shard this key lives in: its top 16 bits.
    pub fn shard(self) -> u16 {
        (self.0 >> 48) as u16
    }
}

/// A shard's name: its prefix as four upper-case hex digits, as in the corpus.
pub fn shard_name(shard: u16) -> String {
    format!("{shard:04X}")
}

/// A breach-count threshold: a shard holds one filter per tier, of the
/// hashes seen at least that many times. Organisations refuse passwords
/// seen at least as often as the tier they choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tier(u32);

impl Tier {
    /// The tiers every shard holds, lowest first. Powers of ten keep the
    /// choice meaningful (breach counts span nine orders of magnitude) and the
    /// storage small: each tier is a fraction of the one below it.
    pub const ALL: [Tier; 5] = [Tier(1), Tier(10), Tier(100), Tier(1_000), Tier(10_000)];

    /// The tier for exactly `count`, if it is one.
    pub fn of(count: u32) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.0 == count)
    }

    pub fn count(self) -> u32 {
        self.0
    }

    /// The attribute name a shard stores this tier's filter under (`t1`, `t10`, …).
    pub fn attribute(self) -> String {
        format!("t{}", self.0)
    }
}

/// An encoded filter that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("the filter is {0} bytes, too short for its header")]
    Short(usize),
    #[error("the filter's format version is {0}; this build reads version {FORMAT_VERSION}")]
    Version(u8),
    #[error("the filter's fingerprints do not match its descriptor")]
    Inconsistent,
}

/// A binary fuse filter with 16-bit fingerprints, owned, checked on decode so
/// that a damaged shard is an error and never a panic or a wrong answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter16 {
    descriptor: [u8; DESCRIPTOR_LEN],
    fingerprints: Vec<u16>,
}

impl Filter16 {
    /// Builds the filter of `keys` (repeats are dropped).
    #[expect(
        clippy::expect_used,
        reason = "xorf fails only when 1,000 tries with fresh seeds all fail, which distinct keys make vanishingly unlikely"
    )]
    pub fn build(mut keys: Vec<u64>) -> Self {
        keys.sort_unstable();
        keys.dedup();
        let filter = BinaryFuse16::try_from(&keys).expect("a binary fuse filter builds from distinct keys");
        let mut descriptor = [0u8; DESCRIPTOR_LEN];
        filter.dma_copy_descriptor_to(&mut descriptor);
        Self { descriptor, fingerprints: filter.fingerprints.into_vec() }
    }

    /// Whether `key` is (probably) in the set: never a false negative.
    pub fn contains(&self, key: Key) -> bool {
        BinaryFuse16Ref::from_dma(&self.descriptor, bytemuck::cast_slice(&self.fingerprints)).contains(&key.0)
    }

    /// Bytes the filter takes encoded.
    pub fn encoded_len(&self) -> usize {
        1 + DESCRIPTOR_LEN + 2 * self.fingerprints.len()
    }

    /// Version byte, descriptor, fingerprints (little-endian u16s).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.encoded_len());
        out.push(FORMAT_VERSION);
        out.extend_from_slice(&self.descriptor);
        for fingerprint in &self.fingerprints {
            out.extend_from_slice(&fingerprint.to_le_bytes());
        }
        out
    }

    /// Reads what [`Filter16::encode`] wrote, refusing anything whose
    /// fingerprint array is not the length its descriptor implies (which is
    /// what keeps `contains` within bounds).
    pub fn decode(bytes: &[u8]) -> Result<Self, FormatError> {
        if bytes.len() < 1 + DESCRIPTOR_LEN {
            return Err(FormatError::Short(bytes.len()));
        }
        if bytes[0] != FORMAT_VERSION {
            return Err(FormatError::Version(bytes[0]));
        }
        let mut descriptor = [0u8; DESCRIPTOR_LEN];
        descriptor.copy_from_slice(&bytes[1..=DESCRIPTOR_LEN]);
        let body = &bytes[1 + DESCRIPTOR_LEN..];
        if !body.len().is_multiple_of(2) {
            return Err(FormatError::Inconsistent);
        }
        // The three u32s after the u64 seed; the descriptor's length is a
        // constant at least that long (asserted where it is declared).
        let word = |at: usize| {
            u32::from_le_bytes([descriptor[at], descriptor[at + 1], descriptor[at + 2], descriptor[at + 3]])
        };
        let (segment_length, mask, segment_count_length) = (word(8), word(12), word(16));
        // The layout xorf builds: 3-wise segments, a power-of-two segment
        // length, and `segment_count + 2` segments of fingerprints.
        let expected = u64::from(segment_count_length) + 2 * u64::from(segment_length);
        if !segment_length.is_power_of_two()
            || mask != segment_length - 1
            || segment_count_length == 0
            || !segment_count_length.is_multiple_of(segment_length)
            || expected != (body.len() / 2) as u64
        {
            return Err(FormatError::Inconsistent);
        }
        let fingerprints = body.chunks_exact(2).map(|f| u16::from_le_bytes([f[0], f[1]])).collect();
        Ok(Self { descriptor, fingerprints })
    }
}

/// The filter shipped with the functions, built at build time from the most
/// common passwords of public breaches (`data/SOURCES.md`).
#[expect(
    clippy::expect_used,
    reason = "the bytes are the build script's own output in the layout decode reads, embedded at compile time; a unit test decodes them"
)]
pub fn shipped() -> &'static Filter16 {
    static SHIPPED: OnceLock<Filter16> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        Filter16::decode(include_bytes!(concat!(env!("OUT_DIR"), "/shipped.filter")))
            .expect("the build script writes a valid filter")
    })
}

/// How many distinct passwords the shipped filter was built from.
pub fn shipped_entries() -> u64 {
    // The build script writes the count as a Rust integer literal, so the
    // compiler checks it.
    include!(concat!(env!("OUT_DIR"), "/shipped.count.rs"))
}

/// One shard built from its entries: a filter per tier, each holding the
/// keys seen at least that tier's count of times. Empty tiers are left out
/// (a reader takes a missing tier as empty): at 10 million hashes most
/// shards have no hash seen 10,000 times, and an empty filter still costs
/// 45 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    pub tiers: Vec<(Tier, Filter16)>,
    /// Distinct keys in the lowest tier.
    pub entries: u64,
}

impl Shard {
    /// Builds a shard from `(key, breach count)` pairs.
    pub fn build(entries: &[(Key, u32)]) -> Self {
        let tiers = Tier::ALL
            .into_iter()
            .filter_map(|tier| {
                let keys: Vec<u64> =
                    entries.iter().filter(|(_, count)| *count >= tier.0).map(|(k, _)| k.0).collect();
                (!keys.is_empty()).then(|| (tier, Filter16::build(keys)))
            })
            .collect();
        let mut distinct: Vec<u64> = entries.iter().map(|(k, _)| k.0).collect();
        distinct.sort_unstable();
        distinct.dedup();
        Self { tiers, entries: distinct.len() as u64 }
    }

    /// Encoded bytes of every tier.
    pub fn encoded_len(&self) -> usize {
        self.tiers.iter().map(|(_, f)| f.encoded_len()).sum()
    }
}

/// One line of the Pwned Passwords download: `HASH:COUNT` (whole-corpus
/// file) or `SUFFIX:COUNT` under a per-prefix file named by the first five hex
/// digits. Returns the key and count, or why the line is not one.
pub fn parse_line(prefix: &str, line: &str) -> Result<(Key, u32), &'static str> {
    let line = line.trim_end_matches(['\r', '\n']);
    let (hash, count) = line.split_once(':').ok_or("no ':' between hash and count")?;
    let full: String;
    let hash = if prefix.is_empty() {
        hash
    } else {
        full = format!("{prefix}{hash}");
        &full
    };
    let key = Key::of_hex(hash).ok_or("the hash is not 40 hex digits")?;
    let count = count.trim().parse::<u32>().map_err(|_| "the count is not a whole number")?;
    if count == 0 {
        return Err("the count is zero");
    }
    Ok((key, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rand::Rng;

    #[test]
    fn the_key_is_the_first_eight_bytes_of_the_hash_big_endian() {
        // SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8.
        let key = Key::of_hex("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8").unwrap();
        assert_eq!(key, Key(0x5BAA_61E4_C9B9_3F3F));
        assert_eq!(shard_name(key.shard()), "5BAA");
        assert_eq!(Key::of_hex("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"), Some(key));
        assert_eq!(Key::of_hex("5BAA61E4"), None);
        assert_eq!(Key::of_hex(&"G".repeat(40)), None);
    }

    #[test]
    fn the_shipped_filter_holds_the_most_common_passwords() {
        let filter = shipped();
        // SHA-1("password") and SHA-1("123456"): in every breach list.
        assert!(filter.contains(Key::of_hex("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8").unwrap()));
        assert!(filter.contains(Key::of_hex("7C4A8D09CA3762AF61E59520943DC26494F8941B").unwrap()));
        assert!(shipped_entries() > 70_000, "{}", shipped_entries());
        let bytes_per_entry = filter.encoded_len() as f64 / shipped_entries() as f64;
        assert!(bytes_per_entry < 2.5, "{bytes_per_entry}");
    }

    #[test]
    fn filters_have_no_false_negatives_and_few_false_positives() {
        let mut rng = rand::thread_rng();
        let keys: Vec<u64> = (0..50_000).map(|_| rng.r#gen()).collect();
        let filter = Filter16::build(keys.clone());
        assert!(keys.iter().all(|k| filter.contains(Key(*k))));
        let false_positives = (0..200_000).filter(|_| filter.contains(Key(rng.r#gen()))).count();
        // 2⁻¹⁶ of 200,000 is about 3; 30 would be ten times the design rate.
        assert!(false_positives < 30, "{false_positives}");
    }

    #[test]
    fn small_and_empty_sets_encode_and_decode() {
        for size in [0usize, 1, 2, 3, 10, 100, 1_000] {
            let keys: Vec<u64> = (0..size as u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15)).collect();
            let filter = Filter16::build(keys.clone());
            let decoded = Filter16::decode(&filter.encode()).expect("decodes");
            assert_eq!(decoded, filter);
            assert!(keys.iter().all(|k| decoded.contains(Key(*k))), "size {size}");
        }
    }

    #[test]
    fn damaged_filters_are_refused_not_trusted() {
        let encoded = Filter16::build((1..500).collect()).encode();
        assert_eq!(Filter16::decode(&encoded[..10]), Err(FormatError::Short(10)));
        let mut other_version = encoded.clone();
        other_version[0] = 9;
        assert_eq!(Filter16::decode(&other_version), Err(FormatError::Version(9)));
        assert_eq!(Filter16::decode(&encoded[..encoded.len() - 2]), Err(FormatError::Inconsistent));
        assert_eq!(Filter16::decode(&encoded[..encoded.len() - 1]), Err(FormatError::Inconsistent));
        let mut bad_mask = encoded.clone();
        bad_mask[13] ^= 1;
        assert_eq!(Filter16::decode(&bad_mask), Err(FormatError::Inconsistent));
    }

    #[test]
    fn a_shard_answers_each_tier_by_count() {
        let entries = [(Key(1), 1), (Key(2), 9), (Key(3), 10), (Key(4), 150), (Key(5), 20_000)];
        let shard = Shard::build(&entries);
        assert_eq!(shard.entries, 5);
        let tier = |count| &shard.tiers.iter().find(|(t, _)| t.count() == count).unwrap().1;
        assert!(tier(1).contains(Key(1)) && tier(1).contains(Key(2)));
        assert!(tier(10).contains(Key(3)) && !tier(10).contains(Key(2)));
        assert!(tier(100).contains(Key(4)) && !tier(100).contains(Key(3)));
        assert!(tier(10_000).contains(Key(5)) && !tier(10_000).contains(Key(4)));
        let small = Shard::build(&[(Key(1), 3)]);
        assert_eq!(small.tiers.len(), 1, "empty tiers are not stored");
    }

    #[test]
    fn pwned_lines_parse_in_both_layouts() {
        let whole = parse_line("", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:9545824").unwrap();
        let split = parse_line("5BAA6", "1E4C9B93F3F0682250B6CF8331B7EE68FD8:9545824\r\n").unwrap();
        assert_eq!(whole, split);
        assert_eq!(whole.1, 9_545_824);
        assert!(parse_line("", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8").is_err());
        assert!(parse_line("", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:many").is_err());
        assert!(parse_line("", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD:1").is_err());
        assert!(parse_line("", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:0").is_err());
    }

    #[test]
    fn tiers_are_the_powers_of_ten_only() {
        assert_eq!(Tier::of(100).map(Tier::count), Some(100));
        assert_eq!(Tier::of(50), None);
        assert_eq!(Tier(1_000).attribute(), "t1000");
    }

    proptest! {
        #[test]
        fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            if let Ok(filter) = Filter16::decode(&bytes) {
                let _ = filter.contains(Key(42));
            }
        }
    }
}
