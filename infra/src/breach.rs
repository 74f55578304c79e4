//! Imports a breached-password corpus in the Pwned Passwords download format
//! into the breach table: 65,536 shards by the hash's first four hex digits,
//! each a binary fuse filter per breach-count tier, one DynamoDB item each.
//!
//! Input: one file of `HASH:COUNT` lines (the whole corpus), or a directory
//! of per-prefix files named by five hex digits (`5BAA6` or `5BAA6.txt`)
//! holding `SUFFIX:COUNT` lines, as the Pwned Passwords downloader writes
//! them. Either way the hashes must come in order, as they are published:
//! the import streams one shard at a time, so its memory stays that of one
//! shard (≈ 30,000 hashes at full scale) whatever the corpus size.
//!
//! The shards are written under a new generation and the manifest is flipped
//! last, so checks see the old corpus or the new one, never a mix; the
//! generation before the previous one is deleted afterwards.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Instant;

use aws_sdk_dynamodb::Client as Dynamo;
use aws_sdk_dynamodb::primitives::Blob;
use aws_sdk_dynamodb::types::{AttributeValue, DeleteRequest, PutRequest, WriteRequest};
use latchkey_adapters::breach::keys;
use latchkey_breach::{Key, SHARDS, Shard, parse_line, shard_name};
use tokio::task::JoinSet;

/// DynamoDB's largest item, less room for the key and numbers.
const ITEM_LIMIT: usize = 400 * 1024 - 1024;
/// Items in one `BatchWriteItem` (DynamoDB's maximum).
const BATCH: usize = 25;
/// Batches in flight at once.
const IN_FLIGHT: usize = 4;
// Pruning deletes the shards of every u16 prefix: that is all of them.
const _: () = assert!(SHARDS == u16::MAX as u32 + 1);

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("could not read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Line { path: PathBuf, line: u64, reason: &'static str },
    #[error("{path}:{line}: the hashes are not in order (the import needs them sorted, as published)")]
    Unsorted { path: PathBuf, line: u64 },
    #[error("{0} holds no per-prefix files (named by five hex digits) and is not a file")]
    NoInput(PathBuf),
    #[error("shard {shard} is {bytes} bytes, over DynamoDB's item limit; raise the minimum count")]
    ShardTooLarge { shard: String, bytes: usize },
    #[error("could not {action} the breach table {table}")]
    Aws {
        action: &'static str,
        table: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("an import task stopped before it finished")]
    Task(#[source] tokio::task::JoinError),
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    pub generation: String,
    /// Distinct 64-bit keys (a few hashes may share one).
    pub entries: u64,
    /// Lines read.
    pub lines: u64,
    /// Shards written (empty prefixes are not).
    pub shards: u32,
    /// Bytes of every filter of every shard.
    pub bytes: u64,
    /// Bytes of the lowest tier alone (all hashes).
    pub lowest_tier_bytes: u64,
    pub seconds: f64,
    /// Generations deleted afterwards.
    pub pruned: Vec<String>,
}

/// The corpus's lines, in order, across one file or many per-prefix files.
struct Corpus {
    files: Vec<(String, PathBuf)>,
}

impl Corpus {
    fn open(input: &Path) -> Result<Self, ImportError> {
        let read = |source| ImportError::Read { path: input.to_owned(), source };
        if std::fs::metadata(input).map_err(read)?.is_file() {
            return Ok(Self { files: vec![(String::new(), input.to_owned())] });
        }
        let mut files = Vec::new();
        for entry in std::fs::read_dir(input).map_err(read)? {
            let path = entry.map_err(read)?.path();
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
            if stem.len() == 5 && stem.bytes().all(|b| b.is_ascii_hexdigit()) {
                files.push((stem.to_ascii_uppercase(), path));
            }
        }
        if files.is_empty() {
            return Err(ImportError::NoInput(input.to_owned()));
        }
        files.sort();
        Ok(Self { files })
    }

    /// Calls `each` with every (key, count), checking the order.
    fn for_each(
        &self,
        mut each: impl FnMut(Key, u32) -> Result<(), ImportError>,
    ) -> Result<u64, ImportError> {
        let mut last = 0u64;
        let mut lines = 0u64;
        for (prefix, path) in &self.files {
            let file = std::fs::File::open(path)
                .map_err(|source| ImportError::Read { path: path.clone(), source })?;
            let reader = BufReader::with_capacity(1 << 20, file);
            for (n, line) in reader.lines().enumerate() {
                let line = line.map_err(|source| ImportError::Read { path: path.clone(), source })?;
                let number = n as u64 + 1;
                if line.trim().is_empty() {
                    continue;
                }
                let (key, count) = parse_line(prefix, &line).map_err(|reason| ImportError::Line {
                    path: path.clone(),
                    line: number,
                    reason,
                })?;
                if key.0 < last {
                    return Err(ImportError::Unsorted { path: path.clone(), line: number });
                }
                last = key.0;
                lines += 1;
                each(key, count)?;
            }
        }
        Ok(lines)
    }
}

fn aws(
    action: &'static str,
    table: &str,
    err: impl std::error::Error + Send + Sync + 'static,
) -> ImportError {
    ImportError::Aws { action, table: table.to_owned(), source: Box::new(err) }
}

type Item = HashMap<String, AttributeValue>;

/// Writes (or deletes) one batch, retrying what DynamoDB leaves unprocessed.
async fn write_batch(
    client: Dynamo,
    table: String,
    mut requests: Vec<WriteRequest>,
) -> Result<(), ImportError> {
    let mut backoff = std::time::Duration::from_millis(50);
    while !requests.is_empty() {
        let out = client
            .batch_write_item()
            .request_items(&table, requests)
            .send()
            .await
            .map_err(|e| aws("write shards to", &table, e))?;
        requests = out.unprocessed_items.and_then(|mut u| u.remove(&table)).unwrap_or_default();
        if !requests.is_empty() {
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(std::time::Duration::from_secs(2));
        }
    }
    Ok(())
}

/// Sends batches with at most [`IN_FLIGHT`] at once.
struct Writer {
    client: Dynamo,
    table: String,
    pending: Vec<WriteRequest>,
    running: JoinSet<Result<(), ImportError>>,
}

impl Writer {
    fn new(client: &Dynamo, table: &str) -> Self {
        Self { client: client.clone(), table: table.to_owned(), pending: Vec::new(), running: JoinSet::new() }
    }

    async fn push(&mut self, request: WriteRequest) -> Result<(), ImportError> {
        self.pending.push(request);
        if self.pending.len() == BATCH {
            self.send().await?;
        }
        Ok(())
    }

    async fn send(&mut self) -> Result<(), ImportError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        while self.running.len() >= IN_FLIGHT
            && let Some(done) = self.running.join_next().await
        {
            done.map_err(ImportError::Task)??;
        }
        let batch = std::mem::take(&mut self.pending);
        self.running.spawn(write_batch(self.client.clone(), self.table.clone(), batch));
        Ok(())
    }

    async fn finish(mut self) -> Result<(), ImportError> {
        self.send().await?;
        while let Some(done) = self.running.join_next().await {
            done.map_err(ImportError::Task)??;
        }
        Ok(())
    }
}

fn shard_key(generation: &str, shard: u16) -> Item {
    HashMap::from([
        ("pk".to_owned(), AttributeValue::S(keys::shard(generation, shard))),
        ("sk".to_owned(), AttributeValue::S(keys::SHARD_SK.to_owned())),
    ])
}

fn manifest_key(sk: &str) -> Item {
    HashMap::from([
        ("pk".to_owned(), AttributeValue::S(keys::MANIFEST.0.to_owned())),
        ("sk".to_owned(), AttributeValue::S(sk.to_owned())),
    ])
}

async fn read_manifest(client: &Dynamo, table: &str, sk: &str) -> Result<Option<Item>, ImportError> {
    let out = client
        .get_item()
        .table_name(table)
        .set_key(Some(manifest_key(sk)))
        .consistent_read(true)
        .send()
        .await
        .map_err(|e| aws("read the manifest of", table, e))?;
    Ok(out.item)
}

fn generation_of(item: &Item, attribute: &str) -> Option<String> {
    match item.get(attribute) {
        Some(AttributeValue::S(g)) => Some(g.clone()),
        _ => None,
    }
}

/// Imports `input` into `table`, saying how far it got through `progress`.
pub async fn import(
    client: &Dynamo,
    table: &str,
    input: &Path,
    source: &str,
    mut progress: impl FnMut(String),
) -> Result<ImportReport, ImportError> {
    let started = Instant::now();
    let corpus = Corpus::open(input)?;
    let current = read_manifest(client, table, keys::MANIFEST.1).await?;
    let stale_pending =
        read_manifest(client, table, "PENDING").await?.and_then(|p| generation_of(&p, "generation"));
    let generation = format!("{:x}", chrono::Utc::now().timestamp_millis());
    let mut pending = manifest_key("PENDING");
    pending.insert("generation".into(), AttributeValue::S(generation.clone()));
    client
        .put_item()
        .table_name(table)
        .set_item(Some(pending))
        .send()
        .await
        .map_err(|e| aws("record the pending import in", table, e))?;

    // The corpus is read on a blocking thread (it is file I/O and filter
    // building); finished shards come back over a bounded channel.
    let (tx, rx) = tokio::sync::mpsc::channel::<(u16, Shard)>(64);
    let reader = tokio::task::spawn_blocking(move || read_shards(&corpus, &tx));
    let mut writer = Writer::new(client, table);
    let totals = write_shards(&mut writer, table, &generation, rx, started, &mut progress).await?;
    let lines = reader.await.map_err(ImportError::Task)??;
    writer.finish().await?;

    let previous = current.as_ref().and_then(|c| generation_of(c, "generation"));
    switch_manifest(client, table, &generation, previous.as_ref(), &totals, source).await?;
    progress(format!("manifest switched to generation {generation}"));

    // The generation before the previous one is no longer read by anyone
    // (warm functions re-read the manifest within a minute, and the previous
    // generation stays); a crashed import's leftovers go too.
    let two_back = current.as_ref().and_then(|c| generation_of(c, "previous"));
    let old = two_back.into_iter().chain(stale_pending.filter(|p| Some(p) != previous.as_ref()));
    let pruned = prune(client, table, old, &mut progress).await?;
    Ok(ImportReport {
        generation,
        entries: totals.entries,
        lines,
        shards: totals.shards,
        bytes: totals.bytes,
        lowest_tier_bytes: totals.lowest,
        seconds: started.elapsed().as_secs_f64(),
        pruned,
    })
}

/// Builds the corpus's shards one at a time, sending each down `tx`; returns the lines read.
fn read_shards(corpus: &Corpus, tx: &tokio::sync::mpsc::Sender<(u16, Shard)>) -> Result<u64, ImportError> {
    let mut shard: Option<u16> = None;
    let mut entries: Vec<(Key, u32)> = Vec::new();
    let flush = |shard: u16, entries: &mut Vec<(Key, u32)>| {
        let built = Shard::build(entries);
        entries.clear();
        // The receiver only goes away when the import failed already.
        let _ = tx.blocking_send((shard, built));
    };
    let lines = corpus.for_each(|key, count| {
        if shard != Some(key.shard()) {
            if let Some(done) = shard {
                flush(done, &mut entries);
            }
            shard = Some(key.shard());
        }
        entries.push((key, count));
        Ok(())
    })?;
    if let Some(done) = shard {
        flush(done, &mut entries);
    }
    Ok(lines)
}

/// What the shards written add up to.
#[derive(Debug, Default)]
struct Totals {
    entries: u64,
    shards: u32,
    bytes: u64,
    /// Bytes of the lowest tier alone.
    lowest: u64,
}

/// Hands each shard `shards` brings to `writer` under `generation`, saying
/// how far it got every 4,096 shards; the last batches may still be in flight.
async fn write_shards(
    writer: &mut Writer,
    table: &str,
    generation: &str,
    mut shards: tokio::sync::mpsc::Receiver<(u16, Shard)>,
    started: Instant,
    progress: &mut impl FnMut(String),
) -> Result<Totals, ImportError> {
    let mut totals = Totals::default();
    let mut next_report = 4096u32;
    while let Some((shard, built)) = shards.recv().await {
        let size = built.encoded_len();
        if size > ITEM_LIMIT {
            return Err(ImportError::ShardTooLarge { shard: shard_name(shard), bytes: size });
        }
        totals.entries += built.entries;
        totals.shards += 1;
        totals.bytes += size as u64;
        totals.lowest += built.tiers.first().map_or(0, |(_, f)| f.encoded_len() as u64);
        let mut item = shard_key(generation, shard);
        item.insert("n".into(), AttributeValue::N(built.entries.to_string()));
        for (tier, filter) in &built.tiers {
            item.insert(tier.attribute(), AttributeValue::B(Blob::new(filter.encode())));
        }
        let put = PutRequest::builder()
            .set_item(Some(item))
            .build()
            .map_err(|e| aws("describe a shard for", table, e))?;
        writer.push(WriteRequest::builder().put_request(put).build()).await?;
        if u32::from(shard) + 1 >= next_report {
            progress(format!(
                "shards up to {} of {SHARDS} ({}%), {} hashes, {:.0} s",
                shard_name(shard),
                (u64::from(shard) + 1) * 100 / u64::from(SHARDS),
                totals.entries,
                started.elapsed().as_secs_f64()
            ));
            // The next multiple of 4,096 shards past this one.
            next_report = (u32::from(shard) + 1) / 4096 * 4096 + 4096;
        }
    }
    Ok(totals)
}

/// Points the manifest at `generation` (noting `previous`) and clears the pending import.
async fn switch_manifest(
    client: &Dynamo,
    table: &str,
    generation: &str,
    previous: Option<&String>,
    totals: &Totals,
    source: &str,
) -> Result<(), ImportError> {
    let mut manifest = manifest_key(keys::MANIFEST.1);
    let n = |v: u64| AttributeValue::N(v.to_string());
    manifest.insert("generation".into(), AttributeValue::S(generation.to_owned()));
    manifest.insert("entries".into(), n(totals.entries));
    manifest.insert("shards".into(), n(u64::from(totals.shards)));
    manifest.insert("bytes".into(), n(totals.bytes));
    manifest.insert("imported_at".into(), AttributeValue::S(chrono::Utc::now().to_rfc3339()));
    manifest.insert("source".into(), AttributeValue::S(source.to_owned()));
    if let Some(previous) = previous {
        manifest.insert("previous".into(), AttributeValue::S(previous.clone()));
    }
    client
        .put_item()
        .table_name(table)
        .set_item(Some(manifest))
        .send()
        .await
        .map_err(|e| aws("switch the manifest of", table, e))?;
    client
        .delete_item()
        .table_name(table)
        .set_key(Some(manifest_key("PENDING")))
        .send()
        .await
        .map_err(|e| aws("clear the pending import in", table, e))?;
    Ok(())
}

/// Deletes every shard of each generation in `old`; returns those generations.
async fn prune(
    client: &Dynamo,
    table: &str,
    old: impl Iterator<Item = String>,
    progress: &mut impl FnMut(String),
) -> Result<Vec<String>, ImportError> {
    let mut pruned = Vec::new();
    for old in old {
        progress(format!("deleting the shards of generation {old}"));
        let mut deleter = Writer::new(client, table);
        for shard in 0..=u16::MAX {
            let key = shard_key(&old, shard);
            let delete = DeleteRequest::builder()
                .set_key(Some(key))
                .build()
                .map_err(|e| aws("describe a shard for", table, e))?;
            deleter.push(WriteRequest::builder().delete_request(delete).build()).await?;
        }
        deleter.finish().await?;
        pruned.push(old);
    }
    Ok(pruned)
}

/// A breach count drawn from 32 uniform random bits by a power law,
/// P(count ≥ k) = 1/k: ⌊1/u⌋ for u uniform in (0, 1].
pub fn synthetic_count(bits: u32) -> u32 {
    let u = (f64::from(bits) + 1.0) / (f64::from(u32::MAX) + 1.0);
    (1.0 / u) as u32
}

/// Writes a synthetic corpus of `count` hashes in the whole-file format,
/// sorted, with breach counts drawn like real ones, a power law (a tenth
/// seen 10 times or more, a hundredth 100 times…): `SHA-1("synthetic-<i>")`
/// for i in 0..count.
pub fn generate(count: u64, out: &Path) -> std::io::Result<()> {
    use sha1::{Digest, Sha1};
    use std::io::Write;
    let mut hashes: Vec<([u8; 20], u32)> = (0..count)
        .map(|i| {
            let digest: [u8; 20] = Sha1::digest(format!("synthetic-{i}").as_bytes()).into();
            // Drawn from the digest itself, so the file is the same every run.
            (digest, synthetic_count(u32::from_be_bytes([digest[16], digest[17], digest[18], digest[19]])))
        })
        .collect();
    hashes.sort_unstable();
    let mut file = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    for (digest, count) in hashes {
        for byte in digest {
            write!(file, "{byte:02X}")?;
        }
        writeln!(file, ":{count}")?;
    }
    file.flush()
}
