//! The agent's key command: makes the key pair once, private half 0600,
//! and prints the same public key every time after.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

#[test]
fn the_key_is_made_once_kept_private_and_its_public_half_printed() {
    let dir = std::env::temp_dir().join(format!("latchkey-agent-key-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("agent.key");
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_latchkey-agent")).arg("key").arg(&path).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let first = run();
    assert_eq!(first.len(), 43, "32 bytes, base64url: {first}");
    assert_eq!(run(), first, "kept, not replaced");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    let private = std::fs::read_to_string(&path).unwrap();
    assert!(!private.contains(&first), "the file holds the private key, not the public one");
    latchkey_writeback::AgentPublicKey::parse(&first).unwrap();
    std::fs::write(&path, "garbage").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_latchkey-agent")).arg("key").arg(&path).output().unwrap();
    assert!(!out.status.success(), "a damaged key file is refused, not replaced");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "garbage");
    std::fs::remove_dir_all(&dir).unwrap();
}
