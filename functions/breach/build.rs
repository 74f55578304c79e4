//! Builds the shipped breached-password filter from `data/shipped-keys.bin`
//! (derived from public breach lists by `data/derive.py`) at build time, so
//! the functions embed a ready filter and a cold start only copies it.

use std::path::PathBuf;

use xorf::{BinaryFuse16, DmaSerializable};

#[expect(clippy::expect_used, reason = "a build script fails the build with the message of what is missing")]
fn main() {
    let source = "data/shipped-keys.bin";
    println!("cargo:rerun-if-changed={source}");
    let bytes = std::fs::read(source).expect("functions/breach/data/shipped-keys.bin (run data/derive.py)");
    assert!(bytes.len().is_multiple_of(8), "{source} must hold whole little-endian u64 keys");
    let mut keys: Vec<u64> =
        bytes.chunks_exact(8).map(|k| u64::from_le_bytes(k.try_into().expect("8 bytes"))).collect();
    // The filter needs distinct keys; the derivation writes them sorted and distinct already.
    keys.sort_unstable();
    keys.dedup();
    let filter = BinaryFuse16::try_from(&keys).expect("the shipped keys build a binary fuse filter");
    // The same layout as `Filter16::encode` in src/lib.rs: version, descriptor, fingerprints.
    let mut out = vec![1u8];
    let mut descriptor = vec![0u8; BinaryFuse16::DESCRIPTOR_LEN];
    filter.dma_copy_descriptor_to(&mut descriptor);
    out.extend_from_slice(&descriptor);
    for fingerprint in filter.fingerprints.iter() {
        out.extend_from_slice(&fingerprint.to_le_bytes());
    }
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(dir.join("shipped.filter"), out).expect("write the shipped filter");
    // A Rust literal (`include!`d by `shipped_entries`), so the compiler checks it is a number.
    std::fs::write(dir.join("shipped.count.rs"), format!("{}_u64", keys.len()))
        .expect("write the shipped count");
}
