//! `latchkey-breach-import`: the breached-password corpus tool.
//!
//! ```text
//! latchkey-breach-import import <file-or-directory> [--source NAME]
//!     Imports a Pwned Passwords download (one HASH:COUNT file, or a directory of
//!     per-prefix files) into the breach table of the stack in the environment.
//! latchkey-breach-import generate <count> <out-file>
//!     Writes a synthetic corpus of <count> sorted hashes, for tests and benchmarks.
//! latchkey-breach-import measure <file> [--non-members N]
//!     Builds the shards in memory and reports bytes per entry, the false
//!     positive rate on N random non-members and the in-process check time.
//! latchkey-breach-import latency [--samples N]
//!     Times sharded checks against the stack in the environment (first read
//!     of a shard, then cached).
//! ```

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use latchkey_adapters::AdapterConfig;
use latchkey_breach::{Filter16, Key, Shard, Tier};
use latchkey_core::model::breach::{BreachKey, BreachThreshold};
use latchkey_core::ports::BreachedPasswords;

type Failure = Box<dyn std::error::Error>;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let result: Result<(), Failure> = match args.first().map(String::as_str) {
        Some("import") if args.len() >= 2 => {
            import(&args[1], &flag("--source").unwrap_or_else(|| args[1].clone())).await
        }
        Some("generate") if args.len() >= 3 => generate(&args[1], &args[2]),
        Some("measure") if args.len() >= 2 => measure(
            &args[1],
            flag("--non-members").map_or(Ok(10_000_000), |n| n.parse()).unwrap_or(10_000_000),
        ),
        Some("latency") => latency(flag("--samples").and_then(|n| n.parse().ok()).unwrap_or(2_000)).await,
        _ => {
            eprintln!(
                "usage: latchkey-breach-import import <file-or-dir> [--source NAME] | generate <count> <out> | measure <file> [--non-members N] | latency [--samples N]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("breach import failed: {}", latchkey_core::model::error::chain(err.as_ref()));
            ExitCode::FAILURE
        }
    }
}

/// The process's peak resident memory (VmHWM), in MiB.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

async fn import(input: &str, source: &str) -> Result<(), Failure> {
    let config = AdapterConfig::from_env()?;
    let sdk = latchkey_adapters::aws::sdk_config(&config).await;
    let client = latchkey_adapters::aws::dynamodb_client(&sdk, &config);
    let table = &config.tables.breach;
    println!("importing {input} into {table} ({})", config.endpoint_url.as_deref().unwrap_or("AWS"));
    let report =
        latchkey_infra::breach::import(&client, table, Path::new(input), source, |line| println!("  {line}"))
            .await?;
    println!(
        "imported {} hashes ({} lines) into {} shards in {:.1} s: {} bytes, {:.2} bytes a hash for all tiers, {:.2} for the lowest; peak memory {:.0} MiB",
        report.entries,
        report.lines,
        report.shards,
        report.seconds,
        report.bytes,
        report.bytes as f64 / report.entries.max(1) as f64,
        report.lowest_tier_bytes as f64 / report.entries.max(1) as f64,
        peak_rss_mib()
    );
    Ok(())
}

fn generate(count: &str, out: &str) -> Result<(), Failure> {
    let count: u64 = count.parse()?;
    let started = Instant::now();
    println!("generating {count} synthetic hashes into {out}");
    latchkey_infra::breach::generate(count, Path::new(out))?;
    println!("done in {:.1} s; peak memory {:.0} MiB", started.elapsed().as_secs_f64(), peak_rss_mib());
    Ok(())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A corpus built into shards in memory.
struct Built {
    /// Each shard's lowest tier, by prefix.
    shards: Vec<Option<Filter16>>,
    entries: u64,
    /// Bytes of every tier of every shard.
    all_tiers: u64,
    /// Bytes of the lowest tiers.
    lowest: u64,
    /// The first 100,000 keys, to check that every member is found.
    sample: Vec<Key>,
}

/// Builds the shards of the whole-file corpus `file`.
fn build_shards(file: &str) -> Result<Built, Failure> {
    use std::io::BufRead;
    let reader = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(file)?);
    let mut shards: Vec<Option<Filter16>> = vec![None; latchkey_breach::SHARDS as usize];
    let (mut entries, mut all_tiers, mut lowest) = (0u64, 0u64, 0u64);
    let mut current: Vec<(Key, u32)> = Vec::new();
    let mut sample: Vec<Key> = Vec::new();
    let mut finish = |batch: &mut Vec<(Key, u32)>| -> Result<(), Failure> {
        let Some(shard) = batch.first().map(|(k, _)| k.shard()) else { return Ok(()) };
        let built = Shard::build(batch);
        entries += built.entries;
        all_tiers += built.encoded_len() as u64;
        // Every entry counts at least once, so a shard of any entries has its lowest tier.
        let (_, low) = built
            .tiers
            .into_iter()
            .find(|(t, _)| *t == Tier::ALL[0])
            .ok_or_else(|| format!("shard {shard:04X} has no lowest tier"))?;
        lowest += low.encoded_len() as u64;
        shards[usize::from(shard)] = Some(low);
        batch.clear();
        Ok(())
    };
    for line in reader.lines() {
        let (key, count) = latchkey_breach::parse_line("", &line?).map_err(|e| format!("{file}: {e}"))?;
        if current.first().is_some_and(|(k, _)| k.shard() != key.shard()) {
            finish(&mut current)?;
        }
        if sample.len() < 100_000 {
            sample.push(key);
        }
        current.push((key, count));
    }
    finish(&mut current)?;
    Ok(Built { shards, entries, all_tiers, lowest, sample })
}

fn measure(file: &str, non_members: u64) -> Result<(), Failure> {
    let started = Instant::now();
    let Built { shards, entries, all_tiers, lowest, sample } = build_shards(file)?;
    let build = started.elapsed().as_secs_f64();
    // Every member is found (no false negatives), checked on a sample.
    let missed = sample
        .iter()
        .filter(|k| !shards[usize::from(k.shard())].as_ref().is_some_and(|f| f.contains(**k)))
        .count();
    // Random 64-bit keys are non-members (a collision with 10⁷ keys is ~10⁻¹²).
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let timing = Instant::now();
    let mut false_positives = 0u64;
    for _ in 0..non_members {
        let key = Key(next());
        if shards[usize::from(key.shard())].as_ref().is_some_and(|f| f.contains(key)) {
            false_positives += 1;
        }
    }
    let sharded_ns = timing.elapsed().as_nanos() as f64 / non_members as f64;
    let shipped = latchkey_breach::shipped();
    let timing = Instant::now();
    let mut hits = 0u64;
    for _ in 0..non_members {
        hits += u64::from(shipped.contains(Key(next())));
    }
    let shipped_ns = timing.elapsed().as_nanos() as f64 / non_members as f64;
    println!(
        "corpus: {entries} distinct hashes; built in {build:.1} s; peak memory {:.0} MiB",
        peak_rss_mib()
    );
    println!(
        "bytes per hash: {:.3} (lowest tier), {:.3} (all five tiers)",
        lowest as f64 / entries as f64,
        all_tiers as f64 / entries as f64
    );
    println!(
        "false positives: {false_positives} of {non_members} non-members = {:.3e} (2^-16 = {:.3e}); missed members: {missed} of {}",
        false_positives as f64 / non_members as f64,
        2f64.powi(-16),
        sample.len()
    );
    println!(
        "in-process check: {sharded_ns:.1} ns/op (in-memory shards), {shipped_ns:.1} ns/op (shipped filter, {} entries, {hits} false positives)",
        latchkey_breach::shipped_entries()
    );
    project_full_scale(&mut next);
    Ok(())
}

/// At full scale a shard holds ~30,500 hashes, where a filter's fixed
/// overhead no longer shows: builds one such shard (same count law) from the
/// keys `next` draws, to project.
fn project_full_scale(next: &mut impl FnMut() -> u64) {
    let per_shard = (2e9 / f64::from(latchkey_breach::SHARDS)) as u64;
    let full: Vec<(Key, u32)> = (0..per_shard)
        .map(|_| {
            let key = next();
            (Key(key), latchkey_infra::breach::synthetic_count((key >> 32) as u32))
        })
        .collect();
    let shard = Shard::build(&full);
    let lowest_full = shard.tiers[0].1.encoded_len() as f64;
    let all_full = shard.encoded_len() as f64;
    println!(
        "projected for 2,000,000,000 hashes ({per_shard} a shard): {:.3} bytes a hash (lowest tier), {:.3} (all tiers); {:.1} KB a shard, {:.1} GB in all",
        lowest_full / per_shard as f64,
        all_full / per_shard as f64,
        all_full / 1e3,
        all_full * f64::from(latchkey_breach::SHARDS) / 1e9
    );
}

async fn latency(samples: usize) -> Result<(), Failure> {
    let config = AdapterConfig::from_env()?;
    let sdk = latchkey_adapters::aws::sdk_config(&config).await;
    let client = latchkey_adapters::aws::dynamodb_client(&sdk, &config);
    let store = latchkey_adapters::breach::DynamoBreaches::new(
        client,
        config.tables.breach.clone(),
        config.tables.directory.clone(),
    );
    let status = store.corpus().await?.ok_or("no corpus is imported into this stack")?;
    println!("corpus: {} hashes in {} shards", status.entries, status.shards);
    let threshold = BreachThreshold::default();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut keys = Vec::with_capacity(samples);
    for _ in 0..samples {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        keys.push(BreachKey::from_value(state));
    }
    let time = |keys: &[BreachKey]| {
        let store = &store;
        let keys = keys.to_vec();
        async move {
            let mut ms = Vec::with_capacity(keys.len());
            for key in keys {
                let started = Instant::now();
                store.lookup(key, threshold).await?;
                ms.push(started.elapsed().as_secs_f64() * 1e3);
            }
            ms.sort_by(f64::total_cmp);
            Ok::<_, Failure>(ms)
        }
    };
    // First touch of each shard: one GetItem (most of 2,000 random keys hit
    // different shards); then the same keys again from the cache.
    let cold = time(&keys).await?;
    let warm_keys: Vec<BreachKey> = keys.iter().copied().take(200).collect();
    time(&warm_keys).await?;
    let warm = time(&warm_keys).await?;
    println!(
        "sharded check, first read of a shard: p50 {:.2} ms, p99 {:.2} ms over {} checks",
        percentile(&cold, 0.5),
        percentile(&cold, 0.99),
        cold.len()
    );
    println!(
        "sharded check, shard cached: p50 {:.4} ms, p99 {:.4} ms over {} checks",
        percentile(&warm, 0.5),
        percentile(&warm, 0.99),
        warm.len()
    );
    Ok(())
}
