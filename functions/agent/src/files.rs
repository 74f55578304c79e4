//! The agent's own files — its keys, the sync state (every user's mail,
//! mobile and DN), the journal — are created readable by the agent's user
//! alone (mode 0600, whatever the umask), written beside and renamed over so
//! a crash never leaves half of one: the keys and the sync state through
//! [`write_private`], the journal by its own temp-then-rename.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Writes `bytes` to `path` with mode 0600: into a fresh file beside it,
/// synced to disk, then renamed over it (an earlier file with wider
/// permissions is replaced, not reused).
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = path.with_extension("part");
    match std::fs::remove_file(&temporary) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err),
        _ => {}
    }
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&temporary)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&temporary, path)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn a_file_is_written_whole_for_its_owner_only_even_over_a_world_readable_one() {
        let dir = std::env::temp_dir().join(format!("latchkey-agent-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sync-state.json");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, b"[{\"mail\":\"adele@contoso.example\"}]").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"[{\"mail\":\"adele@contoso.example\"}]");
        assert!(!path.with_extension("part").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
